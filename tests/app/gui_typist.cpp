// The child process of tst_gui_workspace::draftSurvivesAKill: the probitas client (the same MainWindow and
// workspace that app/gui/main.cpp shows, from probitas_gui) opened on --store, unlocked with --identity
// and the passphrase in PROBITAS_PASSPHRASE (never an argument), a new declaration started, and --text
// typed into its observations with key events. Once the autosave has reached the store it prints
// "draft-saved" and goes on typing, one key every 100 ms, until the test kills it with SIGKILL.
//
// The shipped executable has no hook to be driven from outside; this one differs from it only in who types.
#include "BuiltInData.h"
#include "CryptoInit.h"
#include "DeclarantWorkspace.h"
#include "DeclarationWizard.h"
#include "MainWindow.h"

#include <QApplication>
#include <QComboBox>
#include <QCommandLineParser>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QTabWidget>
#include <QTest>
#include <QTimer>
#include <cstdio>
#include <cstdlib>

using namespace probitas;

namespace {

[[noreturn]] void die(const QString& message)
{
    std::fprintf(stderr, "gui_typist: %s\n", qPrintable(message));
    std::exit(1);
}

} // namespace

int main(int argc, char* argv[])
{
    QApplication application(argc, argv);
    QCommandLineParser parser;
    const QCommandLineOption storeOption("store", "store", "PATH");
    const QCommandLineOption demoOption("demo", "demo folder", "DIR");
    const QCommandLineOption identityOption("identity", "identity file", "FILE");
    const QCommandLineOption textOption("text", "what to type", "TEXT");
    parser.addOptions({storeOption, demoOption, identityOption, textOption});
    parser.process(application);
    if (!crypto::initialize() || !loadBuiltInData()) {
        die("cannot initialise");
    }

    MainWindow window;
    window.resize(1280, 800);
    window.show();
    QObject::connect(&window, &MainWindow::storeReady, &window, [&] {
        auto* identity = window.findChild<QComboBox*>("identity");
        const int index = identity->findData(parser.value(identityOption));
        if (index < 0) {
            die("no such identity in demo.json");
        }
        identity->setCurrentIndex(index);
        window.findChild<QLineEdit*>("passphrase")->setText(qEnvironmentVariable("PROBITAS_PASSPHRASE"));
        QTest::keyClick(window.findChild<QLineEdit*>("passphrase"), Qt::Key_Return);
    });
    QObject::connect(&window, &MainWindow::unlocked, &window, [&] {
        gui::DeclarantWorkspace* workspace = window.declarantWorkspace();
        if (!workspace) {
            die("not a declarant");
        }
        workspace->tabs()->setCurrentIndex(2);
        workspace->findChild<QPushButton*>("startNew")->click();
        DeclarationWizard* wizard = workspace->wizard();
        if (!wizard) {
            die("no wizard");
        }
        wizard->setCurrentStep(0);
        auto* observations = wizard->findChild<QPlainTextEdit*>("observations");
        observations->setFocus();
        QObject::connect(workspace->drafts(), &gui::SaveDraftCommand::saved, workspace,
                         [observations](bool ok, const QString& problem) {
                             if (!ok) {
                                 die("the draft was not saved: " + problem);
                             }
                             static bool reported = false;
                             if (reported) {
                                 return;
                             }
                             reported = true;
                             std::printf("draft-saved\n");
                             std::fflush(stdout);
                             // Still typing when the kill comes: the part not yet saved is what a kill
                             // may cost (less than SaveDraftCommand::kDelayMs of typing).
                             auto* more = new QTimer(observations);
                             QObject::connect(more, &QTimer::timeout, observations,
                                              [observations] { QTest::keyClick(observations, Qt::Key_X); });
                             more->start(100);
                         });
        QTest::keyClicks(observations, parser.value(textOption));
    });
    window.start(parser.value(storeOption), parser.value(demoOption));
    return QApplication::exec();
}
