#pragma once

#include <QProgressBar>
#include <QString>

namespace probitas::gui {

// A bar that says work is under way, for how long unknown: named for the tests (`objectName`) and for screen
// readers (`accessibleName`, what is being done). Shown until its owner hides it.
inline QProgressBar* makeBusyBar(QWidget* parent, const QString& objectName, const QString& accessibleName)
{
    auto* bar = new QProgressBar(parent);
    bar->setObjectName(objectName);
    bar->setRange(0, 0);
    bar->setAccessibleName(accessibleName);
    return bar;
}

} // namespace probitas::gui
