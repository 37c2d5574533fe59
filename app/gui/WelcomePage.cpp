#include "WelcomePage.h"

#include <QCommandLinkButton>
#include <QLabel>
#include <QVBoxLayout>

namespace probitas::gui {

WelcomePage::WelcomePage(QWidget* parent)
    : QWidget(parent)
{
    setObjectName(QStringLiteral("page.welcome"));
    auto* outer = new QHBoxLayout(this);
    outer->addStretch(1);
    auto* column = new QVBoxLayout;
    column->addStretch(1);
    auto* title =
        new QLabel(tr("<h2>Welcome to Probitas</h2>"
                      "<p>Probitas keeps the declarations of interests and of assets of magistrates, "
                      "signed by their author and sealed for the authorities the law names.</p>"
                      "<p>No register is open on this computer yet. What would you like to do?</p>"),
                   this);
    title->setObjectName(QStringLiteral("welcomeText"));
    title->setWordWrap(true);
    column->addWidget(title);

    auto* demo = new QCommandLinkButton(
        tr("&Try the demonstration"),
        tr("A fictitious court and its people, their identities and passphrases ready: to see how Probitas "
           "works. Nothing in it is real, and nothing real belongs in it."),
        this);
    demo->setObjectName(QStringLiteral("tryDemo"));
    column->addWidget(demo);
    auto* open = new QCommandLinkButton(tr("&Open the organisation's register"),
                                        tr("Your court or ministry has one: a file it shares, or its server. "
                                           "You also need your identity file, "
                                           "which its administrator gave you."),
                                        this);
    open->setObjectName(QStringLiteral("openRegister"));
    column->addWidget(open);
    auto* create = new QCommandLinkButton(
        tr("&Create the organisation's register"),
        tr("For its administrator: the organisation's certification authority (a new one, or the one you "
           "have), your own identity, then the register and the law it follows."),
        this);
    create->setObjectName(QStringLiteral("createRegister"));
    column->addWidget(create);
    column->addStretch(2);
    outer->addLayout(column, 4);
    outer->addStretch(1);

    connect(demo, &QCommandLinkButton::clicked, this, &WelcomePage::demoChosen);
    connect(open, &QCommandLinkButton::clicked, this, &WelcomePage::openChosen);
    connect(create, &QCommandLinkButton::clicked, this, &WelcomePage::createChosen);
}

} // namespace probitas::gui
