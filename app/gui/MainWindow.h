#pragma once

#include <QMainWindow>

namespace probitas {

// The probitas main window. In this version it holds the obligations calculator; the declarant's,
// authority's and auditor's workspaces come with the store.
class MainWindow : public QMainWindow
{
    Q_OBJECT

public:
    explicit MainWindow(QWidget* parent = nullptr);
};

} // namespace probitas
