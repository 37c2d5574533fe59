#pragma once

#include <QDialog>
#include <QString>

class QComboBox;
class QSpinBox;

namespace probitas::gui {

// "Préférences…": the interface's language (from the next start), the idle delay before the window locks,
// and the store opened at start. Each is a QSettings value, never a secret; the keys are below.
class PreferencesDialog : public QDialog
{
    Q_OBJECT

public:
    static constexpr const char* kLanguageKey = "interface/language";       // "fr" (default) or "en"
    static constexpr const char* kIdleLockKey = "security/idleLockMinutes"; // 10 by default; 0: never
    static constexpr const char* kStoreAtStartKey = "stores/atStart";       // "": the last one opened
    static constexpr int kDefaultIdleLockMinutes = 10;

    // `recentStores`: what "the store opened at start" may name, besides the last one opened.
    PreferencesDialog(const QStringList& recentStores, QWidget* parent = nullptr);

    // The settings as stored, with their defaults.
    static QString language();
    static int idleLockMinutes();
    static QString storeAtStart();

    // Writes the choices (on OK).
    void save() const;

private:
    QComboBox* m_language;
    QSpinBox* m_idleLock;
    QComboBox* m_storeAtStart;
};

} // namespace probitas::gui
