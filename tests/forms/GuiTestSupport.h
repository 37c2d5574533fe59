#pragma once

// Helpers shared by the GUI tests: find widgets by object name, type and choose as a person would, load the
// sample declarations, and save screenshots as test artifacts.
#include "Declaration.h"
#include "FormDefinition.h"

#include <QComboBox>
#include <QDialog>
#include <QDialogButtonBox>
#include <QDir>
#include <QFile>
#include <QLineEdit>
#include <QPushButton>
#include <QTest>
#include <QWidget>
#include <algorithm>

namespace probitas::testing {

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

} // namespace probitas::testing
