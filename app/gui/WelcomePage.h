#pragma once

#include <QWidget>

namespace probitas::gui {

// The first start, when no register is open on this computer yet: trying the demonstration, opening the
// organisation's register (a file it shares, or its server), or creating it (its administrator).
class WelcomePage : public QWidget
{
    Q_OBJECT

public:
    explicit WelcomePage(QWidget* parent = nullptr);

signals:
    void demoChosen();
    void openChosen();
    void createChosen();
};

} // namespace probitas::gui
