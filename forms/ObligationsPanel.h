#pragma once

#include "Compliance.h"
#include "Profile.h"

#include <QWidget>
#include <optional>
#include <vector>

class QComboBox;
class QDateEdit;
class QCheckBox;
class QLabel;
class QTableWidget;

namespace probitas {

// "Mes obligations": the magistrate describes their situation and sees every declaration due, to whom, by
// when and under which article, recomputed as they type, each with the filing that met it (when, on time
// or how late, the receipt) or still due; overdue ones are highlighted. A
// substantial change (new functions, new interests) dated here calls for the complementary declarations.
class ObligationsPanel : public QWidget
{
    Q_OBJECT

public:
    explicit ObligationsPanel(QWidget* parent = nullptr);

    enum Column {
        KindColumn,
        EventColumn,
        RecipientsColumn,
        DueColumn,
        BasisColumn,
        FilingColumn, // the filing that met it (when, how late, the receipt), or still due
        ColumnCount
    };

    void setProfile(const Profile& profile);
    // Only the official posting's fields (status, formation, court, seat, rank, installed_on, ceased_on):
    // for the administrator stating a posting, where the magistrate's own dates and the obligations table
    // have no place.
    void setPostingOnly(bool postingOnly);
    // What the magistrate has filed: an obligation one of them answers (as the authorities' dashboard
    // matches them) is shown filed, on that date, and never as overdue.
    void setFilings(std::vector<Filing> filings);
    // The regime applied is the store's (store::obligationsRegime): named with why, no longer chosen.
    void setRegime(const QString& regimeId, const QString& why);
    // What the table shows: the obligations of the situation described, and how each stands against the
    // filings (Compliance.h's standings), in the same order.
    const std::vector<Obligation>& obligations() const { return m_obligationsShown; }
    const std::vector<ObligationStanding>& obligationStandings() const { return m_standings; }
    // "filed on 02/03/2026, on time; receipt held", "to file by 15/03/2026", "not filed, overdue by 3 days".
    static QString standingText(const Obligation& obligation, const ObligationStanding& standing);
    // The situation as described now; nullopt while it cannot be read (an unknown seat).
    std::optional<Profile> profile() const { return m_profile; }
    int obligationCount() const;

    // What is not filed and overdue, or due within 30 days (remindersOf), in the table's order: said above
    // it.
    const std::vector<Reminder>& reminders() const { return m_reminderList; }
    int overdueCount() const;

signals:
    void obligationsChanged(int count);
    void remindersChanged(int overdue, int dueSoon);

private:
    void refillSeats();
    void updateEnabledFields();
    void recompute();
    void showReminders(QDate today);

    QComboBox* m_status;
    QComboBox* m_formation;
    QComboBox* m_courtType;
    QComboBox* m_seat;
    QComboBox* m_rank;
    QDateEdit* m_installedOn;
    QCheckBox* m_hasCessation;
    QDateEdit* m_ceasedOn;
    QCheckBox* m_hasLastDsp;
    QDateEdit* m_lastDspOn;
    QCheckBox* m_deDroit;
    QCheckBox* m_hasChange;
    QDateEdit* m_changedOn;
    QComboBox* m_regime;
    QLabel* m_message;
    QLabel* m_reminders = nullptr;
    bool m_postingOnly = false;
    std::vector<Reminder> m_reminderList;
    QTableWidget* m_table;
    QLabel* m_regimeLabel = nullptr;
    QLabel* m_regimeText = nullptr;
    std::vector<Obligation> m_obligationsShown;
    std::vector<ObligationStanding> m_standings;
    std::optional<Profile> m_profile;
    std::vector<Filing> m_filings;
};

} // namespace probitas
