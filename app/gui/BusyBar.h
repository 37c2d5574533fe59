#pragma once

#include <QProgressBar>
#include <QString>
#include <QStyle>
#include <QWidget>

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

// A banner across a tab: what the person must not miss. As tall as its text: the spare height belongs to
// what follows.
inline void setBannerColours(QWidget* bar, const QString& colours)
{
    bar->setStyleSheet(QStringLiteral("#%1 { %2 }").arg(bar->objectName(), colours));
    // Polished again at once: a banner already polished would keep its first colours.
    bar->style()->unpolish(bar);
    bar->style()->polish(bar);
    bar->update();
}

inline QWidget* makeBanner(const QString& objectName, const QString& colours, QWidget* parent)
{
    auto* bar = new QWidget(parent);
    bar->setObjectName(objectName);
    bar->setAttribute(Qt::WA_StyledBackground);
    bar->setSizePolicy(QSizePolicy::Preferred, QSizePolicy::Maximum);
    setBannerColours(bar, colours);
    return bar;
}

} // namespace probitas::gui
