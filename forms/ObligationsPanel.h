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

// "Mes obligations" in its first form: the magistrate describes their situation and sees every declaration
// due, to whom, by when and under which article, recomputed as they type. Overdue ones are highlighted. A
// substantial change (new functions, new interests) dated here calls for the complementary declarations.
class ObligationsPanel : public QWidget
{
    Q_OBJECT

public:
    explicit ObligationsPanel(QWidget* parent = nullptr);

    void setProfile(const Profile& profile);
    // Only the official posting's fields (status, formation, court, seat, rank, installed_on, ceased_on):
    // for the administrator stating a posting, where the magistrate's own dates and the obligations table
    // have no place.
    void setPostingOnly(bool postingOnly);
    // What the magistrate has filed: an obligation one of them answers (as the authorities' dashboard
    // matches them) is shown filed, on that date, and never as overdue.
    void setFilings(std::vector<Filing> filings);
    // The situation as described now; nullopt while it cannot be read (an unknown seat).
    std::optional<Profile> profile() const { return m_profile; }
    int obligationCount() const;

signals:
    void obligationsChanged(int count);

private:
    void refillSeats();
    void updateEnabledFields();
    void recompute();

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
    QCheckBox* m_hasChange;
    QDateEdit* m_changedOn;
    QComboBox* m_regime;
    QLabel* m_message;
    QTableWidget* m_table;
    QLabel* m_regimeLabel = nullptr;
    std::optional<Profile> m_profile;
    std::vector<Filing> m_filings;
};

} // namespace probitas
