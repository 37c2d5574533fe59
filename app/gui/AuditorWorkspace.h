#pragma once

#include "AuditorCommands.h"

#include <QWidget>
#include <functional>

class QComboBox;
class QLabel;
class QLineEdit;
class QProgressBar;
class QProgressDialog;
class QPushButton;
class QTabWidget;
class QTableView;
class QTableWidget;

namespace probitas::gui {

class AuditLogModel;
class AuditLogFilter;

// The auditor's workspace: the declarations' metadata (never content, nothing to open), the audit log with
// filters, and three actions: verify the chain, export the verifiable bundle, export the anonymised
// statistics. Slow work runs off the GUI thread through the auditor's commands, with progress shown; so does
// loading what it shows, which fills the log batch by batch.
class AuditorWorkspace : public QWidget
{
    Q_OBJECT

public:
    AuditorWorkspace(Session& session, QWidget* parent = nullptr);
    ~AuditorWorkspace() override;

    QTabWidget* tabs() const { return m_tabs; }
    // Reloads the declarations and the audit log off the GUI thread; loaded() tells when it is done.
    void refresh();
    bool isLoading() const;
    void verifyChain();
    void exportBundle();
    void exportStatistics();
    // Shows the audit entries about the declaration on `row` of the declarations' table.
    void showEntriesOf(int row);

    // For tests: the export actions ask these instead of a QFileDialog when set.
    std::function<QString()> bundlePathProvider;
    std::function<QString()> statisticsPathProvider;

signals:
    void loaded(bool ok);
    void chainVerified(bool whole);
    void bundleExported(bool ok);
    void statisticsExported(bool ok);

private:
    QWidget* makeDeclarationsTab();
    QWidget* makeLogTab();
    void onBatch(const AuditorBatch& batch);
    void onLoaded(const Status& status);
    void applyFilter();
    void updateCount();
    static QString loadingText(int loaded, int total);
    void showMessage(const QString& text, bool problem);
    void onBundleFinished(const Result<store::BundleSummary>& summary);

    Session& m_session;
    LoadAuditorDataCommand* m_load;
    VerifyChainCommand* m_verify;
    ExportBundleCommand* m_export;
    ExportStatisticsCommand* m_statistics;
    QTabWidget* m_tabs;
    QLabel* m_message;
    QProgressBar* m_loading;
    QProgressBar* m_busy;
    QPushButton* m_verifyButton;
    QPushButton* m_exportButton;
    QPushButton* m_statisticsButton;
    QTableWidget* m_declarations = nullptr;
    QTableView* m_log = nullptr;
    AuditLogModel* m_logModel = nullptr;
    AuditLogFilter* m_logFilter = nullptr;
    QLineEdit* m_filterText = nullptr;
    QComboBox* m_filterAction = nullptr;
    QLabel* m_logCount = nullptr;
    QProgressDialog* m_progress = nullptr;
    QList<store::DeclarationRecord> m_records;
    int m_loadedTotal = 0; // entries in the log being loaded
};

} // namespace probitas::gui
