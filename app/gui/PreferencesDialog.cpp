#include "PreferencesDialog.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLocale>
#include <QSettings>
#include <QSpinBox>
#include <QVBoxLayout>
#include <algorithm>

namespace probitas::gui {

PreferencesDialog::PreferencesDialog(const QStringList& recentStores, QWidget* parent)
    : QDialog(parent)
{
    setObjectName(QStringLiteral("preferencesDialog"));
    setWindowTitle(tr("Preferences"));
    auto* layout = new QVBoxLayout(this);
    auto* form = new QFormLayout;
    m_language = new QComboBox(this);
    m_language->setObjectName(QStringLiteral("language"));
    // Each language in its own words, as people look for theirs.
    m_language->addItem(QStringLiteral("Français"), QStringLiteral("fr"));
    m_language->addItem(QStringLiteral("English"), QStringLiteral("en"));
    m_language->setCurrentIndex(std::max(0, m_language->findData(language())));
    form->addRow(tr("&Language:"), m_language);
    auto* languageNote = new QLabel(tr("The new language applies when Probitas starts again."), this);
    languageNote->setWordWrap(true);
    form->addRow(QString(), languageNote);

    m_idleLock = new QSpinBox(this);
    m_idleLock->setObjectName(QStringLiteral("idleLockMinutes"));
    m_idleLock->setRange(0, 240);
    m_idleLock->setSuffix(tr(" min"));
    m_idleLock->setSpecialValueText(tr("Never"));
    m_idleLock->setValue(idleLockMinutes());
    form->addRow(tr("Lock after &inactivity:"), m_idleLock);
    auto* lockNote = new QLabel(tr("Ctrl+L locks at once. The window also locks with the session, and "
                                   "before the computer sleeps."),
                                this);
    lockNote->setWordWrap(true);
    form->addRow(QString(), lockNote);

    m_storeAtStart = new QComboBox(this);
    m_storeAtStart->setObjectName(QStringLiteral("storeAtStart"));
    m_storeAtStart->addItem(tr("The last store opened"), QString());
    for (const QString& store : recentStores) {
        m_storeAtStart->addItem(store, store);
    }
    const QString atStart = storeAtStart();
    if (!atStart.isEmpty() && m_storeAtStart->findData(atStart) < 0) {
        m_storeAtStart->addItem(atStart, atStart);
    }
    m_storeAtStart->setCurrentIndex(std::max(0, m_storeAtStart->findData(atStart)));
    form->addRow(tr("&Store opened at start:"), m_storeAtStart);
    layout->addLayout(form);

    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    layout->addWidget(buttons);
}

QString PreferencesDialog::language()
{
    const QString fallback =
        QLocale::system().language() == QLocale::English ? QStringLiteral("en") : QStringLiteral("fr");
    return QSettings().value(QLatin1String(kLanguageKey), fallback).toString();
}

int PreferencesDialog::idleLockMinutes()
{
    return std::max(0, QSettings().value(QLatin1String(kIdleLockKey), kDefaultIdleLockMinutes).toInt());
}

QString PreferencesDialog::storeAtStart()
{
    return QSettings().value(QLatin1String(kStoreAtStartKey)).toString();
}

void PreferencesDialog::save() const
{
    QSettings settings;
    settings.setValue(QLatin1String(kLanguageKey), m_language->currentData().toString());
    settings.setValue(QLatin1String(kIdleLockKey), m_idleLock->value());
    settings.setValue(QLatin1String(kStoreAtStartKey), m_storeAtStart->currentData().toString());
}

} // namespace probitas::gui
