#include "AuditorWorkspace.h"

#include "AuditActions.h"
#include "BusyBar.h"
#include "Clock.h"
#include "Jurisdictions.h"
#include "Obligations.h"

#include <QAbstractTableModel>
#include <QComboBox>
#include <QDate>
#include <QDir>
#include <QFileDialog>
#include <QHBoxLayout>
#include <QHash>
#include <QHeaderView>
#include <QJsonDocument>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QProgressBar>
#include <QProgressDialog>
#include <QPushButton>
#include <QSortFilterProxyModel>
#include <QStandardPaths>
#include <QTabWidget>
#include <QTableView>
#include <QTableWidget>
#include <QVBoxLayout>
#include <algorithm>

namespace probitas::gui {

namespace {

// What each audit action means, for people; unknown actions show their id.
QString actionLabel(const QString& action)
{
    static const std::pair<const char*, const char*> labels[] = {
        {"file", QT_TRANSLATE_NOOP("probitas::gui::AuditorWorkspace", "filed")},
        {"open", QT_TRANSLATE_NOOP("probitas::gui::AuditorWorkspace", "opened")},
        {"open-failed", QT_TRANSLATE_NOOP("probitas::gui::AuditorWorkspace", "opening failed")},
        {"denied", QT_TRANSLATE_NOOP("probitas::gui::AuditorWorkspace", "refused")},
        {"forward", QT_TRANSLATE_NOOP("probitas::gui::AuditorWorkspace", "forwarded")},
        {"export", QT_TRANSLATE_NOOP("probitas::gui::AuditorWorkspace", "envelope exported")},
        {"acknowledge", QT_TRANSLATE_NOOP("probitas::gui::AuditorWorkspace", "acknowledged")},
        {"procedure", QT_TRANSLATE_NOOP("probitas::gui::AuditorWorkspace", "procedure recorded")},
        {"procedure-close", QT_TRANSLATE_NOOP("probitas::gui::AuditorWorkspace", "procedure closed")},
        {"purge", QT_TRANSLATE_NOOP("probitas::gui::AuditorWorkspace", "destroyed (retention)")},
        {"export-bundle", QT_TRANSLATE_NOOP("probitas::gui::AuditorWorkspace", "audit bundle exported")},
        {"directory-anchor", QT_TRANSLATE_NOOP("probitas::gui::AuditorWorkspace",
                                               "store founded: trust anchors and administrator")},
        {"directory-add", QT_TRANSLATE_NOOP("probitas::gui::AuditorWorkspace", "added to the directory")},
        {"directory-renew", QT_TRANSLATE_NOOP("probitas::gui::AuditorWorkspace", "certificate renewed")},
        {"directory-remove",
         QT_TRANSLATE_NOOP("probitas::gui::AuditorWorkspace", "removed from the directory")},
        {"entretien-schedule",
         QT_TRANSLATE_NOOP("probitas::gui::AuditorWorkspace", "convened to the ethics interview")},
        {"entretien-record",
         QT_TRANSLATE_NOOP("probitas::gui::AuditorWorkspace", "ethics interview recorded")},
        {"entretien-open", QT_TRANSLATE_NOOP("probitas::gui::AuditorWorkspace", "ethics interview opened")},
        {"entretien-acknowledge",
         QT_TRANSLATE_NOOP("probitas::gui::AuditorWorkspace", "ethics interview acknowledged")},
        {"entretien-invite",
         QT_TRANSLATE_NOOP("probitas::gui::AuditorWorkspace", "invited to modify the declaration")},
        {"entretien-invitation-answered",
         QT_TRANSLATE_NOOP("probitas::gui::AuditorWorkspace", "modified as invited")},
        {"avis-request",
         QT_TRANSLATE_NOOP("probitas::gui::AuditorWorkspace", "opinion of the collège requested")},
        {"avis-record", QT_TRANSLATE_NOOP("probitas::gui::AuditorWorkspace", "opinion of the collège given")},
        {"avis-open", QT_TRANSLATE_NOOP("probitas::gui::AuditorWorkspace", "opinion of the collège opened")},
        {"directory-posting", QT_TRANSLATE_NOOP("probitas::gui::AuditorWorkspace", "posting recorded")},
        {"posting-request",
         QT_TRANSLATE_NOOP("probitas::gui::AuditorWorkspace", "change of posting requested")},
        {"posting-reject", QT_TRANSLATE_NOOP("probitas::gui::AuditorWorkspace", "change of posting refused")},
        {"reseal", QT_TRANSLATE_NOOP("probitas::gui::AuditorWorkspace", "sealed again after a renewal")},
        {"checkpoint", QT_TRANSLATE_NOOP("probitas::gui::AuditorWorkspace", "trail head vouched for")},
        {"export-pdf", QT_TRANSLATE_NOOP("probitas::gui::AuditorWorkspace", "exported as PDF")},
        {"export-hatvp", QT_TRANSLATE_NOOP("probitas::gui::AuditorWorkspace", "exported as HATVP XML")},
        {"control-request",
         QT_TRANSLATE_NOOP("probitas::gui::AuditorWorkspace", "HATVP control: explanations requested")},
        {"control-answer",
         QT_TRANSLATE_NOOP("probitas::gui::AuditorWorkspace", "HATVP control: declarant's answer")},
        {"control-injonction",
         QT_TRANSLATE_NOOP("probitas::gui::AuditorWorkspace", "HATVP control: injonction")},
        {"control-tax-returns",
         QT_TRANSLATE_NOOP("probitas::gui::AuditorWorkspace", "HATVP control: tax returns requested")},
        {"control-conclude",
         QT_TRANSLATE_NOOP("probitas::gui::AuditorWorkspace", "HATVP control: concluded")},
        {"control-open", QT_TRANSLATE_NOOP("probitas::gui::AuditorWorkspace", "HATVP control opened")},
    };
    for (const auto& [id, label] : labels) {
        if (action == QLatin1String(id)) {
            return AuditorWorkspace::tr(label);
        }
    }
    return action;
}

QString recipientsLabel(const QStringList& authorityIds)
{
    QStringList labels;
    for (const QString& id : authorityIds) {
        labels << authorityLabel(id, JurisdictionDirectory::builtIn());
    }
    return labels.join(QStringLiteral(", "));
}

// Sorts by the value behind the text (a date shown as dd/MM/yyyy sorts as a date).
class SortableItem : public QTableWidgetItem
{
public:
    using QTableWidgetItem::QTableWidgetItem;
    bool operator<(const QTableWidgetItem& other) const override
    {
        const QVariant mine = data(Qt::UserRole + 1);
        const QVariant theirs = other.data(Qt::UserRole + 1);
        if (mine.isValid() && theirs.isValid()) {
            return QVariant::compare(mine, theirs) == QPartialOrdering::Less;
        }
        return QTableWidgetItem::operator<(other);
    }
};

QString when(const QDateTime& at)
{
    return QLocale().toString(at.toLocalTime(), QStringLiteral("dd/MM/yyyy HH:mm:ss"));
}

// The workspace's wording, handed to the load command: it runs on the worker thread and only formats.
constexpr int kFiledOnColumn = 4; // of declarationCells

QStringList declarationCells(const store::DeclarationRecord& record)
{
    return {record.declarant,
            kindLabel(record.kind),
            eventLabel(record.event),
            recipientsLabel(record.recipients),
            QLocale().toString(record.filedAt.toLocalTime().date(), QLocale::ShortFormat),
            declarationStatusLabel(record.status),
            record.id};
}

QString declarationLabel(const store::DeclarationRecord& record)
{
    return AuditorWorkspace::tr("%1 — %2").arg(record.declarant, kindLabel(record.kind));
}

// In AuditLogModel's column order.
QStringList logCells(const store::AuditEntry& entry, const QHash<QString, QString>& names,
                     const QHash<QString, QString>& declarations)
{
    return {QString::number(entry.sequence),
            when(entry.at),
            actionLabel(entry.action),
            names.value(entry.actorId, entry.actorId),
            declarations.value(entry.declarationId, entry.declarationId),
            QString::fromUtf8(QJsonDocument(entry.details).toJson(QJsonDocument::Compact))};
}

} // namespace

// The audit log as a table: a model over rows laid out once (AuditLogRow), so a trail of 100,000 entries
// costs no item per cell and no formatting when it is sorted or filtered. It fills batch by batch while
// loading.
class AuditLogModel : public QAbstractTableModel
{
public:
    enum Column { Sequence, Time, Action, Actor, Declaration, Details, ColumnCount };

    using QAbstractTableModel::QAbstractTableModel;

    void clear()
    {
        beginResetModel();
        m_rows.clear();
        endResetModel();
    }
    void append(const QList<AuditLogRow>& rows)
    {
        if (rows.isEmpty()) {
            return;
        }
        beginInsertRows({}, int(m_rows.size()), int(m_rows.size() + rows.size()) - 1);
        m_rows.append(rows);
        endInsertRows();
    }
    const AuditLogRow& row(int row) const { return m_rows.at(row); }

    int rowCount(const QModelIndex& parent = {}) const override
    {
        return parent.isValid() ? 0 : int(m_rows.size());
    }
    int columnCount(const QModelIndex& parent = {}) const override
    {
        return parent.isValid() ? 0 : ColumnCount;
    }

    QVariant data(const QModelIndex& index, int role) const override
    {
        if (!index.isValid() ||
            (role != Qt::DisplayRole && role != Qt::ToolTipRole && role != Qt::UserRole)) {
            return {};
        }
        const AuditLogRow& row = m_rows.at(index.row());
        // UserRole: what sorting and the tests compare (the sequence, the time, the action's id).
        if (role == Qt::UserRole) {
            switch (index.column()) {
            case Sequence:
                return row.entry.sequence;
            case Time:
                return row.entry.at;
            case Action:
                return row.entry.action;
            case Declaration:
                return row.entry.declarationId;
            default:
                break;
            }
        }
        if (role == Qt::ToolTipRole && index.column() == Declaration) {
            return row.entry.declarationId;
        }
        return row.cells.value(index.column());
    }

    QVariant headerData(int section, Qt::Orientation orientation, int role) const override
    {
        if (orientation != Qt::Horizontal || role != Qt::DisplayRole) {
            return QAbstractTableModel::headerData(section, orientation, role);
        }
        switch (section) {
        case Sequence:
            return AuditorWorkspace::tr("No.");
        case Time:
            return AuditorWorkspace::tr("Time");
        case Action:
            return AuditorWorkspace::tr("Action");
        case Actor:
            return AuditorWorkspace::tr("By");
        case Declaration:
            return AuditorWorkspace::tr("Declaration");
        case Details:
            return AuditorWorkspace::tr("Details");
        default:
            return {};
        }
    }

private:
    QList<AuditLogRow> m_rows;
};

// Keeps the entries of one action (or all) whose text contains the filter, in any column.
class AuditLogFilter : public QSortFilterProxyModel
{
public:
    using QSortFilterProxyModel::QSortFilterProxyModel;

    void setFilter(const QString& text, const QString& action)
    {
        m_text = text.trimmed();
        m_action = action;
        invalidateFilter();
    }

protected:
    bool filterAcceptsRow(int sourceRow, const QModelIndex& sourceParent) const override
    {
        Q_UNUSED(sourceParent)
        const AuditLogRow& row = static_cast<const AuditLogModel*>(sourceModel())->row(sourceRow);
        if (!m_action.isEmpty() && row.entry.action != m_action) {
            return false;
        }
        if (m_text.isEmpty() || row.entry.declarationId.contains(m_text, Qt::CaseInsensitive)) {
            return true;
        }
        return std::any_of(row.cells.begin(), row.cells.end(), [this](const QString& cell) {
            return cell.contains(m_text, Qt::CaseInsensitive);
        });
    }

private:
    QString m_text;
    QString m_action;
};

AuditorWorkspace::AuditorWorkspace(Session& session, QWidget* parent)
    : QWidget(parent)
    , m_session(session)
    , m_load(new LoadAuditorDataCommand(session.store->connection().location(), session.identity,
                                        {declarationCells, declarationLabel, logCells}, this))
    , m_verify(new VerifyChainCommand(session.store->connection().location(), this))
    , m_export(new ExportBundleCommand(session.store->connection().location(), session.identity, this))
    , m_statistics(
          new ExportStatisticsCommand(session.store->connection().location(), session.identity, this))
{
    setObjectName(QStringLiteral("auditorWorkspace"));
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);

    auto* intro = new QLabel(tr("<b>Audit</b> — the declarations' metadata and the audit trail. An auditor "
                                "never reads a declaration's content."),
                             this);
    intro->setWordWrap(true);
    layout->addWidget(intro);

    auto* actions = new QHBoxLayout;
    m_verifyButton = new QPushButton(tr("&Verify the chain"), this);
    m_verifyButton->setObjectName(QStringLiteral("verifyChain"));
    m_verifyButton->setToolTip(tr("Checks every link and every signature of the audit trail."));
    m_exportButton = new QPushButton(tr("Export the audit &bundle…"), this);
    m_exportButton->setObjectName(QStringLiteral("exportBundle"));
    m_exportButton->setToolTip(tr("A folder anyone can verify: metadata, envelope hashes, receipts, the "
                                  "audit trail and the certificates, signed by you. Never any content."));
    m_statisticsButton = new QPushButton(tr("Export the &statistics…"), this);
    m_statisticsButton->setObjectName(QStringLiteral("exportStatistics"));
    m_statisticsButton->setToolTip(
        tr("Anonymised counts per jurisdiction and year, for the CSM's veille déontologique (CSV)."));
    actions->addWidget(m_verifyButton);
    actions->addWidget(m_exportButton);
    actions->addWidget(m_statisticsButton);
    actions->addStretch();
    layout->addLayout(actions);

    auto* status = new QHBoxLayout;
    m_busy = makeBusyBar(this, QStringLiteral("auditorBusy"), tr("Working"));
    m_busy->setMaximumWidth(160);
    m_busy->hide();
    // Reading a long trail takes a while: the window stays usable and shows how far the log has come.
    m_loading = new QProgressBar(this);
    m_loading->setObjectName(QStringLiteral("auditorLoading"));
    m_loading->setAccessibleName(tr("Loading the audit log"));
    // Wide enough for its text with six-digit counts, in any language.
    m_loading->setMinimumWidth(m_loading->fontMetrics().horizontalAdvance(loadingText(999999, 999999)) + 48);
    m_loading->hide();
    m_message = new QLabel(this);
    m_message->setObjectName(QStringLiteral("auditorMessage"));
    m_message->setWordWrap(true);
    m_message->setTextInteractionFlags(Qt::TextSelectableByMouse);
    status->addWidget(m_loading);
    status->addWidget(m_busy);
    status->addWidget(m_message, 1);
    layout->addLayout(status);

    m_tabs = new QTabWidget(this);
    m_tabs->setObjectName(QStringLiteral("auditorTabs"));
    m_tabs->addTab(makeDeclarationsTab(), tr("&Declarations"));
    m_tabs->addTab(makeLogTab(), tr("Audit &log"));
    layout->addWidget(m_tabs, 1);

    connect(m_load, &LoadAuditorDataCommand::batchReady, this, &AuditorWorkspace::onBatch);
    connect(m_load, &LoadAuditorDataCommand::finished, this, &AuditorWorkspace::onLoaded);
    connect(m_verifyButton, &QPushButton::clicked, this, &AuditorWorkspace::verifyChain);
    connect(m_exportButton, &QPushButton::clicked, this, &AuditorWorkspace::exportBundle);
    connect(m_statisticsButton, &QPushButton::clicked, this, &AuditorWorkspace::exportStatistics);
    connect(m_verify, &VerifyChainCommand::finished, this, [this](const Result<store::AuditReport>& report) {
        m_busy->hide();
        m_verifyButton->setEnabled(true);
        if (!report) {
            showMessage(tr("The audit trail cannot be verified: %1").arg(report.error().message), true);
            emit chainVerified(false);
            return;
        }
        if (report->firstBad != 0) {
            showMessage(tr("The audit trail is broken: %1").arg(report->problem), true);
            emit chainVerified(false);
            return;
        }
        showMessage(tr("The audit trail is whole: %1 entries, every signature verified. Head: %2")
                        .arg(report->checked)
                        .arg(store::AuditAnchor{report->checked, report->headHash}.toString()),
                    false);
        emit chainVerified(true);
    });
    connect(m_export, &ExportBundleCommand::progressed, this, [this](qint64 done, qint64 total) {
        if (m_progress && total > 0) {
            m_progress->setRange(0, 1000);
            m_progress->setValue(int(done * 1000 / total));
        }
    });
    connect(m_export, &ExportBundleCommand::finished, this, &AuditorWorkspace::onBundleFinished);
    connect(m_statistics, &ExportStatisticsCommand::finished, this,
            [this](const Result<store::Statistics>& statistics) {
                m_busy->hide();
                m_statisticsButton->setEnabled(true);
                if (!statistics) {
                    showMessage(tr("The statistics were not exported: %1").arg(statistics.error().message),
                                true);
                    emit statisticsExported(false);
                    return;
                }
                showMessage(tr("Statistics exported: %n line(s). Figures about fewer than 3 magistrates are "
                               "withheld (\"<3\").",
                               nullptr, int(statistics->rows.size())),
                            false);
                emit statisticsExported(true);
            });
    refresh();
}

AuditorWorkspace::~AuditorWorkspace() = default;

QWidget* AuditorWorkspace::makeDeclarationsTab()
{
    auto* page = new QWidget(this);
    auto* layout = new QVBoxLayout(page);
    m_declarations = new QTableWidget(0, 7, page);
    m_declarations->setObjectName(QStringLiteral("auditorDeclarations"));
    m_declarations->setHorizontalHeaderLabels({tr("Declarant"), tr("Declaration"), tr("Event"),
                                               tr("Filed to"), tr("Filed on"), tr("Status"), tr("Id")});
    m_declarations->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_declarations->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_declarations->setSelectionMode(QAbstractItemView::SingleSelection);
    m_declarations->verticalHeader()->hide();
    m_declarations->horizontalHeader()->setStretchLastSection(true);
    m_declarations->setWordWrap(false);
    layout->addWidget(m_declarations);
    auto* hint = new QLabel(tr("Double-click a declaration to see its audit entries."), page);
    hint->setObjectName(QStringLiteral("declarationsHint"));
    layout->addWidget(hint);
    connect(m_declarations, &QTableWidget::cellDoubleClicked, this,
            [this](int row, int) { showEntriesOf(row); });
    return page;
}

QWidget* AuditorWorkspace::makeLogTab()
{
    auto* page = new QWidget(this);
    auto* layout = new QVBoxLayout(page);
    auto* filters = new QHBoxLayout;
    m_filterText = new QLineEdit(page);
    m_filterText->setObjectName(QStringLiteral("logFilter"));
    m_filterText->setPlaceholderText(tr("A name, a declaration or its id, a word of the details…"));
    m_filterText->setClearButtonEnabled(true);
    m_filterAction = new QComboBox(page);
    m_filterAction->setObjectName(QStringLiteral("logAction"));
    m_filterAction->setSizeAdjustPolicy(QComboBox::AdjustToContents); // filled once the log is read
    m_logCount = new QLabel(page);
    m_logCount->setObjectName(QStringLiteral("logCount"));
    auto* filterLabel = new QLabel(tr("F&ilter:"), page);
    filterLabel->setBuddy(m_filterText);
    auto* actionLabelWidget = new QLabel(tr("&Action:"), page);
    actionLabelWidget->setBuddy(m_filterAction);
    filters->addWidget(filterLabel);
    filters->addWidget(m_filterText, 1);
    filters->addWidget(actionLabelWidget);
    filters->addWidget(m_filterAction);
    filters->addWidget(m_logCount);
    layout->addLayout(filters);

    m_logModel = new AuditLogModel(page);
    m_logFilter = new AuditLogFilter(page);
    m_logFilter->setSourceModel(m_logModel);
    m_logFilter->setSortRole(Qt::UserRole);
    m_log = new QTableView(page);
    m_log->setObjectName(QStringLiteral("auditLog"));
    m_log->setModel(m_logFilter);
    m_log->setSortingEnabled(true);
    m_log->sortByColumn(AuditLogModel::Sequence, Qt::DescendingOrder);
    m_log->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_log->verticalHeader()->hide();
    m_log->horizontalHeader()->setStretchLastSection(true);
    // Columns fit the rows in view: measuring the default 1,000 rows stalled the window for 200 ms.
    m_log->horizontalHeader()->setResizeContentsPrecision(0);
    m_log->setWordWrap(false);
    layout->addWidget(m_log);
    connect(m_filterText, &QLineEdit::textChanged, this, &AuditorWorkspace::applyFilter);
    connect(m_filterAction, &QComboBox::currentIndexChanged, this, &AuditorWorkspace::applyFilter);
    return page;
}

void AuditorWorkspace::refresh()
{
    m_loading->setRange(0, 0); // busy until the worker knows how many entries there are
    m_loading->show();
    m_logCount->setText(tr("Loading the audit log…"));
    m_load->run();
}

bool AuditorWorkspace::isLoading() const
{
    return m_load->isRunning();
}

void AuditorWorkspace::onBatch(const AuditorBatch& batch)
{
    if (!batch.first) {
        m_logModel->append(batch.rows);
        m_loading->setValue(m_logModel->rowCount());
        if (m_logModel->rowCount() == int(batch.rows.size())) {
            m_log->resizeColumnsToContents(); // on the first rows: the newest entries
        }
        updateCount();
        return;
    }
    m_records = batch.declarations;
    m_declarations->setSortingEnabled(false);
    m_declarations->setRowCount(int(m_records.size()));
    for (int row = 0; row < int(m_records.size()); ++row) {
        const QStringList& cells = batch.declarationCells.at(row);
        for (int column = 0; column < int(cells.size()); ++column) {
            auto* item = new SortableItem(cells.at(column));
            item->setData(Qt::UserRole, row);
            item->setToolTip(cells.at(column));
            if (column == kFiledOnColumn) {
                item->setData(Qt::UserRole + 1, m_records.at(row).filedAt);
            }
            m_declarations->setItem(row, column, item);
        }
    }
    m_declarations->setSortingEnabled(true);
    m_declarations->sortByColumn(kFiledOnColumn, Qt::DescendingOrder); // the newest filings first
    m_declarations->resizeColumnsToContents(); // after sorting: the header's arrow takes room too

    const QString chosen = m_filterAction->currentData().toString();
    {
        const QSignalBlocker blocker(m_filterAction);
        m_filterAction->clear();
        m_filterAction->addItem(tr("All actions"), QString());
        for (const QString& id : batch.actions) {
            m_filterAction->addItem(actionLabel(id), id);
        }
        m_filterAction->setCurrentIndex(std::max(0, m_filterAction->findData(chosen)));
    }
    m_logModel->clear();
    m_loadedTotal = int(batch.totalEntries);
    m_loading->setRange(0, std::max(1, m_loadedTotal));
    m_loading->setValue(0);
    applyFilter();
}

void AuditorWorkspace::onLoaded(const Status& status)
{
    m_loading->hide();
    if (!status) {
        showMessage(status.error().message, true);
    }
    updateCount();
    emit loaded(status.ok());
}

void AuditorWorkspace::applyFilter()
{
    m_logFilter->setFilter(m_filterText->text(), m_filterAction->currentData().toString());
    updateCount();
}

QString AuditorWorkspace::loadingText(int loaded, int total)
{
    // QProgressBar's %v and %m ignore the locale: French writes 40 014.
    return tr("Audit log: %1 of %2 entries").arg(QLocale().toString(loaded), QLocale().toString(total));
}

void AuditorWorkspace::updateCount()
{
    const QLocale locale;
    m_loading->setFormat(loadingText(m_logModel->rowCount(), m_loadedTotal));
    m_logCount->setText(
        isLoading()
            ? tr("%1 of %2 entries (loading…)")
                  .arg(locale.toString(m_logFilter->rowCount()), locale.toString(m_loadedTotal))
            : tr("%1 of %2 entries")
                  .arg(locale.toString(m_logFilter->rowCount()), locale.toString(m_logModel->rowCount())));
}

void AuditorWorkspace::showEntriesOf(int row)
{
    const QTableWidgetItem* item = m_declarations->item(row, 0);
    if (!item) {
        return;
    }
    m_filterText->setText(m_records.at(item->data(Qt::UserRole).toInt()).id);
    m_filterAction->setCurrentIndex(0);
    m_tabs->setCurrentIndex(1);
}

void AuditorWorkspace::showMessage(const QString& text, bool problem)
{
    m_message->setStyleSheet(problem ? QStringLiteral("color: #b02a37;") : QStringLiteral("color: #146c43;"));
    m_message->setText(text);
}

void AuditorWorkspace::verifyChain()
{
    if (m_verify->isRunning()) {
        return;
    }
    m_verifyButton->setEnabled(false);
    m_busy->show();
    showMessage(tr("Verifying every link and every signature of the audit trail…"), false);
    m_verify->run();
}

void AuditorWorkspace::exportBundle()
{
    if (m_export->isRunning()) {
        return;
    }
    const QString suggested = QDir(QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation))
                                  .filePath(tr("audit-bundle-%1").arg(Clock::today().toString(Qt::ISODate)));
    const QString directory =
        bundlePathProvider
            ? bundlePathProvider()
            : QFileDialog::getSaveFileName(this, tr("New folder for the audit bundle"), suggested);
    if (directory.isEmpty()) {
        return;
    }
    m_exportButton->setEnabled(false);
    delete m_progress;
    m_progress = new QProgressDialog(tr("Exporting the audit bundle…"), tr("Cancel"), 0, 0, this);
    m_progress->setObjectName(QStringLiteral("bundleProgress"));
    m_progress->setWindowTitle(tr("Audit bundle"));
    m_progress->setWindowModality(Qt::WindowModal);
    m_progress->setMinimumDuration(300);
    m_progress->setAutoClose(false);
    m_progress->setAutoReset(false);
    connect(m_progress, &QProgressDialog::canceled, m_export, &ExportBundleCommand::cancel);
    showMessage(tr("Exporting the audit bundle into %1…").arg(QDir::toNativeSeparators(directory)), false);
    m_export->run(directory);
}

void AuditorWorkspace::onBundleFinished(const Result<store::BundleSummary>& summary)
{
    m_exportButton->setEnabled(true);
    if (m_progress) {
        m_progress->hide();
        m_progress->deleteLater();
        m_progress = nullptr;
    }
    if (!summary) {
        const bool cancelled = summary.error().code == QLatin1String(store::bundle::Cancelled);
        showMessage(cancelled ? tr("Export cancelled: nothing was written.")
                              : tr("The audit bundle was not exported: %1").arg(summary.error().message),
                    !cancelled);
        emit bundleExported(false);
        return;
    }
    showMessage(tr("Audit bundle exported into %1 (declarations: %2, envelopes: %3, receipts: %4, audit "
                   "entries: %5), signed by you. Head: %6")
                    .arg(QDir::toNativeSeparators(summary->directory))
                    .arg(summary->declarations)
                    .arg(summary->envelopes)
                    .arg(summary->receipts)
                    .arg(summary->entries)
                    .arg(summary->head.toString()),
                false);
    refresh(); // the export is in the trail now
    emit bundleExported(true);
}

void AuditorWorkspace::exportStatistics()
{
    if (m_statistics->isRunning()) {
        return;
    }
    const QString suggested =
        QDir(QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation))
            .filePath(tr("statistics-%1.csv").arg(Clock::today().toString(Qt::ISODate)));
    const QString path = statisticsPathProvider
                             ? statisticsPathProvider()
                             : QFileDialog::getSaveFileName(this, tr("Export the statistics"), suggested,
                                                            tr("CSV files (*.csv)"));
    if (path.isEmpty()) {
        return;
    }
    m_statisticsButton->setEnabled(false);
    m_busy->show();
    showMessage(tr("Computing the statistics…"), false);
    m_statistics->run(path);
}

} // namespace probitas::gui
