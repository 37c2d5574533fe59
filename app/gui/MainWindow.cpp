#include "MainWindow.h"

#include "ObligationsPanel.h"

#include <QApplication>
#include <QLabel>
#include <QMenuBar>
#include <QMessageBox>
#include <QStatusBar>
#include <QVBoxLayout>

namespace probitas {

MainWindow::MainWindow(QWidget* parent)
    : QMainWindow(parent)
{
    setObjectName(QStringLiteral("mainWindow"));
    setWindowTitle(tr("Probitas — declarations of magistrates"));

    auto* central = new QWidget(this);
    auto* layout = new QVBoxLayout(central);
    auto* heading = new QLabel(tr("<h2>My obligations</h2><p>Describe your situation: Probitas lists every "
                                  "declaration the law requires of you, to whom it goes, by when, and under "
                                  "which article.</p>"),
                               central);
    heading->setWordWrap(true);
    layout->addWidget(heading);
    auto* panel = new ObligationsPanel(central);
    layout->addWidget(panel, 1);
    setCentralWidget(central);

    QMenu* fileMenu = menuBar()->addMenu(tr("&File"));
    fileMenu->addAction(tr("&Quit"), QKeySequence::Quit, qApp, &QApplication::quit);
    QMenu* helpMenu = menuBar()->addMenu(tr("&Help"));
    helpMenu->addAction(tr("&About Probitas"), this, [this] {
        QMessageBox::about(
            this, tr("About Probitas"),
            tr("<p><b>Probitas</b> %1</p><p>Declarations of interests (art. 7-2) and of assets "
               "(art. 7-3) of the ordonnance n° 58-1270 of 22 December 1958.</p>")
                .arg(QApplication::applicationVersion()));
    });

    connect(panel, &ObligationsPanel::obligationsChanged, this,
            [this](int count) { statusBar()->showMessage(tr("%n declaration(s) due", nullptr, count)); });
    resize(1100, 720);
}

} // namespace probitas
