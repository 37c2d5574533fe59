#pragma once

#include "AuthorityCommands.h"

#include <QWidget>
#include <functional>
#include <map>
#include <memory>
#include <vector>

class QComboBox;
class QLabel;
class QLineEdit;
class QListWidget;
class QProgressBar;
class QPushButton;
class QSortFilterProxyModel;
class QStandardItemModel;
class QTableView;

namespace probitas {
class CountsChart;
struct ReminderLetter;
} // namespace probitas

namespace probitas::gui {

struct ComplianceReading;

// The compliance dashboard of an authority: every magistrate under it (from the store's directory, or from
// an imported roster), each declaration they owe it, whether it was filed and how many days late, and
// whether the entretien was held; filtered, sorted, charted, exported to CSV and PDF. On a server store, what
// it shows is read in the background (the session's worker), complianceBusy shown meanwhile. Writes the
// reminder letters to the magistrates shown whose declarations are overdue, each recorded in the trail first.
class ComplianceDashboard : public QWidget
{
    Q_OBJECT

public:
    enum Column {
        MagistrateColumn,
        KindColumn,
        EventColumn,
        DueColumn,
        FiledColumn,
        DaysLateColumn,
        StateColumn,
        EntretienColumn,
        FunctionColumn,
        CourtColumn,
        ColumnCount
    };

    explicit ComplianceDashboard(Session& session, QWidget* parent = nullptr);

    // Recomputes from the current source at Clock::today() (nothing more while a reading is under way).
    void refresh();
    void useDirectory();
    // All or nothing: a roster with a bad row changes nothing and lists the bad lines. True when imported
    // (on a server, once its lines are accepted: its matching with the directory is said when it is done).
    bool importRoster(const QString& path);
    // A reading of the store is under way.
    bool isReading() const { return m_reading > 0; }

    QTableView* table() const { return m_table; }
    QSortFilterProxyModel* proxy() const { return m_proxy; }
    CountsChart* chart() const { return m_chart; }
    QListWidget* rosterProblems() const { return m_problems; }
    QLineEdit* search() const { return m_search; }
    QComboBox* stateFilter() const { return m_state; }
    QComboBox* kindFilter() const { return m_kind; }
    const ComplianceReport& report() const { return m_report; }
    // What is shown, in the order shown: what the exports write.
    ComplianceTable visibleTable() const;
    Status exportCsv(const QString& path) const;
    Status exportPdf(const QString& path) const;

    // One letter per magistrate shown (the filter applies) with a declaration not filed past its deadline and
    // known to the directory, in the order shown, dated Clock::today(): what "Reminder letters…" writes.
    std::vector<ReminderLetter> reminderLetters() const;
    // Writes them in `folder`, one after the other: each recorded in the audit trail (on the session's
    // worker on a server), then written as relance-<name>-<date>.pdf; the progress shown meanwhile. Stops at
    // the first refusal or failure, said in the message line. reminderLettersDone says the end.
    void writeReminderLetters(const QString& folder);
    bool isWritingReminders() const { return m_reminders != nullptr; }
    QPushButton* reminderButton() const { return m_reminderButton; }

    // For tests: asked instead of a QFileDialog when set (title, suggested file name).
    std::function<QString(const QString& title, const QString& suggestedName)> openPathProvider;
    std::function<QString(const QString& title, const QString& suggestedName)> savePathProvider;
    // For tests: asked instead of a QFileDialog for the folder of the reminder letters when set.
    std::function<QString(const QString& title)> folderProvider;

signals:
    // The reminder letters are done: `written` of them in `folder`; `error` says why it stopped, if it did.
    void reminderLettersDone(int written, const QString& folder, const QString& error);

private:
    // Which magistrates a reading follows: those followed now, the directory's, or an imported roster's.
    enum class Source { Kept, Directory, Roster };
    // Reads from the store (in the background on a server), then hands the reading to `done`.
    void read(Source source, const std::vector<RosterEntry>& roster,
              std::function<void(const ComplianceReading&)> done);
    void showReading(const ComplianceReading& reading);
    void fill();
    void refreshCounts();
    void chooseRoster();
    void exportAs(bool pdf);
    void chooseReminderFolder();
    void writeNextReminder();
    void finishReminders(const QString& error);
    void updateReminderButton();
    void setMessage(const QString& text, bool error = false, const QString& detail = {});

    Session& m_session;
    std::vector<FollowedMagistrate> m_magistrates;
    QString m_sourceName; // empty: the directory
    ComplianceReport m_report;
    std::map<QString, store::EntretienRecord> m_entretiens; // the latest of each declaration

    QLabel* m_source;
    QListWidget* m_problems;
    QLineEdit* m_search;
    QComboBox* m_kind;
    QComboBox* m_state;
    QStandardItemModel* m_model;
    QSortFilterProxyModel* m_proxy;
    QTableView* m_table;
    CountsChart* m_chart;
    QLabel* m_counts;
    QLabel* m_message;
    QProgressBar* m_busy;
    QPushButton* m_reminderButton;
    QProgressBar* m_reminderProgress;
    struct ReminderRun;
    std::shared_ptr<ReminderRun> m_reminders; // the letters being written; null when none are
    int m_reading = 0;                        // readings under way
    QString m_regime; // the store's, as the last reading found it; empty: the rules' default
};

} // namespace probitas::gui
