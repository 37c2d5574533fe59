#pragma once

#include <QWidget>

class QComboBox;
class QDateEdit;
class QCheckBox;
class QLabel;
class QTableWidget;

namespace probitas {

struct Profile;

// "Mes obligations" in its first form: the magistrate describes their situation and sees every declaration
// due, to whom, by when and under which article, recomputed as they type. Overdue ones are highlighted.
class ObligationsPanel : public QWidget
{
    Q_OBJECT

public:
    explicit ObligationsPanel(QWidget* parent = nullptr);

    void setProfile(const Profile& profile);
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
    QComboBox* m_regime;
    QLabel* m_message;
    QTableWidget* m_table;
};

} // namespace probitas
