#pragma once

// Helpers shared by the GUI tests: find widgets by object name, type and choose as a person would, load the
// sample declarations, and save screenshots as test artifacts.
#include "Declaration.h"
#include "FormDefinition.h"

#include <QAbstractButton>
#include <QComboBox>
#include <QDialog>
#include <QDialogButtonBox>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QKeySequence>
#include <QLabel>
#include <QLineEdit>
#include <QMenuBar>
#include <QProcess>
#include <QPushButton>
#include <QSet>
#include <QTabBar>
#include <QTest>
#include <QWidget>
#include <algorithm>
#include <map>

namespace probitas::testing {

// The text of a PDF (poppler's pdftotext -layout), pages separated by form feeds, compatibility forms
// (ligatures, no-break spaces) folded (NFKC); the PDF is kept beside the screenshots as `keptPrefix` and its
// name, for people to look at. Empty when pdftotext fails.
inline QString pdfText(const QString& path, const QString& keptPrefix)
{
    const QString artifacts = qEnvironmentVariable("PROBITAS_TEST_ARTIFACTS", QDir::tempPath());
    const QString kept = QDir(artifacts).filePath(keptPrefix + QFileInfo(path).fileName());
    QFile::remove(kept);
    QFile::copy(path, kept);
    QProcess process;
    process.start(QStringLiteral("pdftotext"), {QStringLiteral("-layout"), path, QStringLiteral("-")});
    if (!process.waitForFinished(30000) || process.exitCode() != 0) {
        return QString();
    }
    return QString::fromUtf8(process.readAllStandardOutput()).normalized(QString::NormalizationForm_KC);
}

inline void saveScreenshot(QWidget& widget, const QString& name)
{
    const QString directory = qEnvironmentVariable("PROBITAS_TEST_ARTIFACTS", QDir::tempPath());
    QDir().mkpath(directory);
    // Layouts settle in posted events: let them run so the picture is what a person would see.
    QCoreApplication::processEvents();
    // At a device pixel ratio other than 1 (QT_SCALE_FACTOR=2), the same picture under its own name.
    const qreal ratio = widget.devicePixelRatioF();
    const QString suffix = ratio == 1.0 ? QString() : QStringLiteral("-dpr%1").arg(ratio);
    const QString path = QDir(directory).filePath(name + suffix + QStringLiteral(".png"));
    QVERIFY2(widget.grab().save(path), qPrintable(path));
}

inline const FormDefinition& definitionOf(const char* schema)
{
    const FormDefinition* definition = FormCatalog::builtIn().find(QString::fromLatin1(schema));
    Q_ASSERT(definition);
    return *definition;
}

inline const FormDefinition& interets()
{
    return definitionOf("fr.probitas.interets/2017-1");
}

inline const FormDefinition& patrimoine()
{
    return definitionOf("fr.probitas.patrimoine/2017-1");
}

inline Declaration sample(const QString& file)
{
    QFile input(QStringLiteral(PROBITAS_TEST_DATA_DIR "/") + file);
    if (!input.open(QIODevice::ReadOnly)) {
        qFatal("cannot read %s", qPrintable(input.fileName()));
    }
    auto declaration = DeclarationCodec::decode(input.readAll());
    if (!declaration) {
        qFatal("%s: %s", qPrintable(file), qPrintable(declaration.error().message));
    }
    return *declaration;
}

template <typename T> T* child(QWidget& parent, const QString& name)
{
    auto* found = parent.findChild<T*>(name);
    if (!found) {
        qWarning("no %s named %s", T::staticMetaObject.className(), qPrintable(name));
    }
    return found;
}

// Types into a line edit as a person would, then leaves it (which formats quantities).
inline void type(QWidget& parent, const QString& name, const QString& text)
{
    auto* edit = child<QLineEdit>(parent, name);
    QVERIFY(edit);
    edit->setFocus();
    edit->selectAll();
    // QTest types Latin-1 only: accented text goes in as a paste would.
    if (std::all_of(text.begin(), text.end(), [](QChar c) { return c.unicode() < 128; })) {
        QTest::keyClicks(edit, text);
    } else {
        edit->insert(text);
    }
    emit edit->editingFinished();
}

inline void choose(QWidget& parent, const QString& name, const QString& choiceId)
{
    auto* combo = child<QComboBox>(parent, name);
    QVERIFY(combo);
    const int index = combo->findData(choiceId);
    QVERIFY2(index >= 0, qPrintable(choiceId));
    combo->setCurrentIndex(index);
}

inline void clickOk(QDialog& dialog)
{
    auto* ok = dialog.findChild<QDialogButtonBox*>()->button(QDialogButtonBox::Ok);
    QTest::mouseClick(ok, Qt::LeftButton);
}

// Alt+letter shared by two controls of the same screen (visible and enabled): Qt then only moves the
// focus between them. Named "Alt+A: &Aide / &Ajouter…".
inline QSet<QString> mnemonicConflicts(QWidget* window)
{
    std::map<QString, QStringList> owners;
    const auto add = [&owners](const QString& text) {
        const QKeySequence mnemonic = QKeySequence::mnemonic(text);
        if (!mnemonic.isEmpty()) {
            owners[mnemonic.toString()] << text;
        }
    };
    for (QWidget* widget : window->findChildren<QWidget*>()) {
        if (!widget->isVisible() || !widget->isEnabled() || widget->window() != window) {
            continue;
        }
        if (auto* button = qobject_cast<QAbstractButton*>(widget)) {
            add(button->text());
        } else if (auto* label = qobject_cast<QLabel*>(widget); label && label->buddy()) {
            add(label->text());
        } else if (auto* tabs = qobject_cast<QTabBar*>(widget)) {
            for (int tab = 0; tab < tabs->count(); ++tab) {
                add(tabs->tabText(tab));
            }
        } else if (auto* menus = qobject_cast<QMenuBar*>(widget)) {
            for (QAction* action : menus->actions()) {
                add(action->text());
            }
        }
    }
    QSet<QString> conflicts;
    for (const auto& [sequence, texts] : owners) {
        if (texts.size() > 1) {
            conflicts << sequence + ": " + texts.join(" / ");
        }
    }
    return conflicts;
}

} // namespace probitas::testing
