#include "ComplianceDashboard.h"

#include "BusyBar.h"
#include "Clock.h"
#include "CountsChart.h"
#include "DocumentPdf.h"
#include "EntretienCommands.h"
#include "Jurisdictions.h"
#include "Obligations.h"
#include "ReminderLetterPdf.h"
#include "TextFolding.h"

#include <QComboBox>
#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QFileDialog>
#include <QFileInfo>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QLocale>
#include <QProgressBar>
#include <QPushButton>
#include <QSortFilterProxyModel>
#include <QStandardItemModel>
#include <QTableView>
#include <QTimer>
#include <QVBoxLayout>
#include <algorithm>
#include <set>

namespace probitas::gui {

namespace {

constexpr int SortRole = Qt::UserRole + 1;
constexpr int StateRole = Qt::UserRole + 2;
constexpr int KindRole = Qt::UserRole + 3;
constexpr int SearchRole = Qt::UserRole + 4;
constexpr int RowRole = Qt::UserRole + 5; // the row's index in the report

QString stateLabel(const ComplianceRow& row)
{
    switch (row.state) {
    case ComplianceState::NotYetDue:
        return ComplianceDashboard::tr("not yet due");
    case ComplianceState::Outstanding:
        return ComplianceDashboard::tr("not filed, late");
    case ComplianceState::FiledOnTime:
        return ComplianceDashboard::tr("filed on time");
    case ComplianceState::FiledLate:
        return ComplianceDashboard::tr("filed late");
    }
    return {};
}

// The abbreviations every magistrate uses; the full name is the cell's tooltip.
QString kindShort(DeclarationKind kind)
{
    return kind == DeclarationKind::Interets ? ComplianceDashboard::tr("DI") : ComplianceDashboard::tr("DSP");
}

QString dateText(QDate date)
{
    return date.isValid() ? QLocale().toString(date, QStringLiteral("dd/MM/yyyy")) : QStringLiteral("—");
}

// Shows only the rows that match the search text, the kind and the state chosen.
class ComplianceFilter : public QSortFilterProxyModel
{
public:
    using QSortFilterProxyModel::QSortFilterProxyModel;

    void setCriteria(const QString& search, const QString& kind, const QString& state)
    {
        m_search = text::fold(search);
        m_kind = kind;
        m_state = state;
        invalidateFilter();
    }

protected:
    bool filterAcceptsRow(int sourceRow, const QModelIndex& sourceParent) const override
    {
        const QModelIndex first = sourceModel()->index(sourceRow, 0, sourceParent);
        if (!m_search.isEmpty() && !first.data(SearchRole).toString().contains(m_search)) {
            return false;
        }
        if (!m_kind.isEmpty() && first.data(KindRole).toString() != m_kind) {
            return false;
        }
        if (m_state.isEmpty()) {
            return true;
        }
        const QString state = first.data(StateRole).toString();
        if (m_state == QLatin1String("late")) {
            return state == QLatin1String("late") || state == QLatin1String("outstanding");
        }
        if (m_state == QLatin1String("not-filed")) {
            return state == QLatin1String("outstanding") || state == QLatin1String("not-yet-due");
        }
        if (m_state == QLatin1String("filed")) {
            return state == QLatin1String("late") || state == QLatin1String("on-time");
        }
        return state == m_state;
    }

private:
    QString m_search;
    QString m_kind;
    QString m_state;
};

} // namespace

ComplianceDashboard::ComplianceDashboard(Session& session, QWidget* parent)
    : QWidget(parent)
    , m_session(session)
{
    setObjectName(QStringLiteral("complianceDashboard"));
    auto* layout = new QVBoxLayout(this);

    auto* sourceRow = new QHBoxLayout;
    m_source = new QLabel(this);
    m_source->setObjectName(QStringLiteral("complianceSource"));
    m_source->setWordWrap(true);
    sourceRow->addWidget(m_source, 1);
    auto* importButton = new QPushButton(tr("&Import a roster (CSV)…"), this);
    importButton->setObjectName(QStringLiteral("importRoster"));
    importButton->setToolTip(tr("A list of the magistrates of the jurisdiction: the columns are described in "
                                "the documentation (docs/compliance.md)."));
    sourceRow->addWidget(importButton);
    auto* directoryButton = new QPushButton(tr("Use the &directory"), this);
    directoryButton->setObjectName(QStringLiteral("useDirectory"));
    sourceRow->addWidget(directoryButton);
    layout->addLayout(sourceRow);

    m_problems = new QListWidget(this);
    m_problems->setObjectName(QStringLiteral("rosterProblems"));
    m_problems->setAccessibleName(tr("Lines of the roster that were refused"));
    m_problems->setStyleSheet(QStringLiteral("QListWidget { background: #f8d7da; color: #58151c; }"));
    m_problems->hide();
    layout->addWidget(m_problems);

    auto* filters = new QHBoxLayout;
    m_search = new QLineEdit(this);
    m_search->setObjectName(QStringLiteral("complianceSearch"));
    m_search->setPlaceholderText(tr("Search a magistrate or a court…"));
    m_search->setClearButtonEnabled(true);
    filters->addWidget(m_search, 2);
    m_kind = new QComboBox(this);
    m_kind->setObjectName(QStringLiteral("complianceKind"));
    m_kind->addItem(tr("All declarations"), QString());
    m_kind->addItem(capitalized(kindLabel(DeclarationKind::Interets)), kindId(DeclarationKind::Interets));
    m_kind->addItem(capitalized(kindLabel(DeclarationKind::Patrimoine)), kindId(DeclarationKind::Patrimoine));
    filters->addWidget(m_kind, 1);
    m_state = new QComboBox(this);
    m_state->setObjectName(QStringLiteral("complianceState"));
    m_state->addItem(tr("Every state"), QString());
    m_state->addItem(tr("Late (filed late or not filed)"), QStringLiteral("late"));
    m_state->addItem(tr("Not filed, late"), QStringLiteral("outstanding"));
    m_state->addItem(tr("Not filed"), QStringLiteral("not-filed"));
    m_state->addItem(tr("Filed"), QStringLiteral("filed"));
    m_state->addItem(tr("Filed on time"), QStringLiteral("on-time"));
    m_state->addItem(tr("Not yet due"), QStringLiteral("not-yet-due"));
    filters->addWidget(m_state, 1);
    layout->addLayout(filters);

    m_model = new QStandardItemModel(0, ColumnCount, this);
    // The columns a chef de juridiction reads first come first; the court, usually the same for all, last.
    m_model->setHorizontalHeaderLabels({tr("Magistrate"), tr("Declaration"), tr("Event"), tr("Due"),
                                        tr("Filed on"), tr("Days late"), tr("State"), tr("Entretien"),
                                        tr("Function"), tr("Court")});
    m_model->horizontalHeaderItem(EntretienColumn)
        ->setToolTip(tr("The ethics interview that follows the filing of the declaration of interests "
                        "(art. 7-2 I): scheduled, held, its fiche acknowledged."));
    auto* filter = new ComplianceFilter(this);
    m_proxy = filter;
    m_proxy->setSourceModel(m_model);
    m_proxy->setSortRole(SortRole);

    m_table = new QTableView(this);
    m_table->setObjectName(QStringLiteral("complianceTable"));
    m_table->setModel(m_proxy);
    m_table->setSortingEnabled(true);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->verticalHeader()->hide();
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_table->setWordWrap(false);
    m_table->setAccessibleName(tr("Declarations owed to this authority"));
    m_table->sortByColumn(MagistrateColumn, Qt::AscendingOrder);
    // The entretien déontologique follows the DI (art. 7-2); the HATVP receives only DSPs.
    m_table->setColumnHidden(EntretienColumn, session.person.authorityId == store::authorities::Hatvp);
    layout->addWidget(m_table, 1);
    // The counts under the table: the table keeps the whole width.
    auto* summary = new QHBoxLayout;
    m_chart = new CountsChart(this);
    m_chart->setFixedSize(420, 190);
    summary->addWidget(m_chart);
    m_counts = new QLabel(this);
    m_counts->setObjectName(QStringLiteral("complianceCounts"));
    m_counts->setWordWrap(true);
    m_counts->setAlignment(Qt::AlignLeft | Qt::AlignTop);
    summary->addWidget(m_counts, 1);
    layout->addLayout(summary);

    auto* bottom = new QHBoxLayout;
    m_busy = makeBusyBar(this, QStringLiteral("complianceBusy"), tr("Reading the filings from the server"));
    m_busy->setMaximumWidth(120);
    m_busy->setTextVisible(false);
    m_busy->hide();
    bottom->addWidget(m_busy);
    m_message = new QLabel(this);
    m_message->setObjectName(QStringLiteral("complianceMessage"));
    m_message->setWordWrap(true);
    m_message->setTextInteractionFlags(Qt::TextSelectableByMouse);
    bottom->addWidget(m_message, 1);
    auto* csv = new QPushButton(tr("Export as C&SV…"), this);
    csv->setObjectName(QStringLiteral("exportCsv"));
    csv->setToolTip(tr("Exports the rows shown, in the order shown."));
    auto* pdf = new QPushButton(tr("Export as &PDF…"), this);
    pdf->setObjectName(QStringLiteral("exportCompliancePdf"));
    pdf->setToolTip(tr("Exports the rows shown, the counts and the chart."));
    m_reminderProgress = new QProgressBar(this);
    m_reminderProgress->setObjectName(QStringLiteral("reminderProgress"));
    m_reminderProgress->setAccessibleName(tr("Reminder letters written"));
    m_reminderProgress->setFormat(tr("%v / %m letters"));
    m_reminderProgress->setMaximumWidth(180);
    m_reminderProgress->hide();
    bottom->addWidget(m_reminderProgress);
    m_reminderButton = new QPushButton(tr("R&eminder letters…"), this);
    m_reminderButton->setObjectName(QStringLiteral("reminderLetters"));
    m_reminderButton->setEnabled(false);
    bottom->addWidget(m_reminderButton);
    bottom->addWidget(csv);
    bottom->addWidget(pdf);
    layout->addLayout(bottom);

    auto applyFilter = [this, filter] {
        filter->setCriteria(m_search->text(), m_kind->currentData().toString(),
                            m_state->currentData().toString());
        refreshCounts();
    };
    connect(m_search, &QLineEdit::textChanged, this, applyFilter);
    connect(m_kind, &QComboBox::currentIndexChanged, this, applyFilter);
    connect(m_state, &QComboBox::currentIndexChanged, this, applyFilter);
    connect(importButton, &QPushButton::clicked, this, &ComplianceDashboard::chooseRoster);
    connect(directoryButton, &QPushButton::clicked, this, &ComplianceDashboard::useDirectory);
    connect(csv, &QPushButton::clicked, this, [this] { exportAs(false); });
    connect(pdf, &QPushButton::clicked, this, [this] { exportAs(true); });
    connect(m_reminderButton, &QPushButton::clicked, this, &ComplianceDashboard::chooseReminderFolder);

    useDirectory();
}

// What the dashboard shows, read from one store (the session's worker's, on a server): the magistrates
// followed (read again when the source changes), what they filed to this authority, and the entretiens.
struct ComplianceReading
{
    Result<std::vector<FollowedMagistrate>> magistrates = std::vector<FollowedMagistrate>();
    Result<ComplianceReport> report = ComplianceReport();
    QList<store::EntretienRecord> entretiens; // none when they cannot be read
    QDate today;                              // the day it is computed for
    QString regime;                           // the store's, which a roster is checked under
};

void ComplianceDashboard::read(Source source, const std::vector<RosterEntry>& roster,
                               std::function<void(const ComplianceReading&)> done)
{
    // On a server, read in the background: the dashboard says it is being read meanwhile.
    m_busy->setVisible(m_session.worker != nullptr);
    ++m_reading;
    const crypto::Identity identity = m_session.identity;
    const store::Person authority = m_session.person;
    const std::vector<FollowedMagistrate> kept = m_magistrates;
    const QDate today = Clock::today();
    runOnStore<ComplianceReading>(
        m_session.worker.get(), *m_session.store, this,
        [source, roster, identity, authority, kept, today](store::Store& store) -> Result<ComplianceReading> {
            ComplianceReading reading;
            reading.today = today;
            if (auto regime = store.directory().regime()) {
                reading.regime = regime->regime;
            }
            reading.magistrates = source == Source::Directory
                                      ? ComplianceCommand::fromDirectory(store, authority)
                                  : source == Source::Roster ? ComplianceCommand::fromRoster(store, roster)
                                                             : Result<std::vector<FollowedMagistrate>>(kept);
            if (!reading.magistrates) {
                return reading;
            }
            reading.report =
                ComplianceCommand::run(store, identity, authority.authorityId, *reading.magistrates, today);
            if (!reading.report) {
                return reading;
            }
            if (auto entretiens = store.entretiens().list(identity, QString())) {
                reading.entretiens = std::move(entretiens).value();
            }
            return reading;
        },
        [this, done = std::move(done)](const Result<ComplianceReading>& reading) {
            m_busy->setVisible(--m_reading > 0);
            if (!reading->regime.isEmpty()) {
                m_regime = reading->regime;
            }
            done(*reading);
        });
}

void ComplianceDashboard::useDirectory()
{
    read(Source::Directory, {}, [this](const ComplianceReading& reading) {
        if (!reading.magistrates) {
            setMessage(reading.magistrates.error().message, true);
            return;
        }
        m_magistrates = *reading.magistrates;
        m_sourceName.clear();
        m_problems->hide();
        showReading(reading);
    });
}

bool ComplianceDashboard::importRoster(const QString& path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        setMessage(tr("Cannot read %1: %2").arg(QDir::toNativeSeparators(path), file.errorString()), true);
        return false;
    }
    const RosterImport roster =
        Roster::parse(file.read(Roster::kMaximumBytes + 1), m_session.person.authorityId, m_regime);
    m_problems->clear();
    if (!roster.accepted()) {
        for (const RosterProblem& problem : roster.problems) {
            m_problems->addItem(problem.line > 0 ? tr("Line %1: %2").arg(problem.line).arg(problem.reason)
                                                 : problem.reason);
        }
        // As tall as its lines, up to six.
        const int rows = std::min(m_problems->count(), 6);
        m_problems->setFixedHeight(rows * m_problems->sizeHintForRow(0) + 2 * m_problems->frameWidth() + 4);
        m_problems->show();
        setMessage(tr("%1 was not imported: %n line(s) refused, listed above. Nothing was changed.", nullptr,
                      int(roster.problems.size()))
                       .arg(QFileInfo(path).fileName()),
                   true);
        return false;
    }
    // On a local store the matching is done by the time read() returns; on a server, it is said later.
    auto imported = std::make_shared<bool>(true);
    read(Source::Roster, roster.entries,
         [this, imported, name = QFileInfo(path).fileName()](const ComplianceReading& reading) {
             if (!reading.magistrates) {
                 setMessage(reading.magistrates.error().message, true);
                 *imported = false;
                 return;
             }
             m_problems->hide();
             m_magistrates = *reading.magistrates;
             m_sourceName = name;
             showReading(reading);
             setMessage(tr("%n magistrate(s) imported from %1.", nullptr, int(m_magistrates.size()))
                            .arg(m_sourceName));
         });
    return *imported;
}

void ComplianceDashboard::refresh()
{
    // A reading under way (a new source, a refresh) is as recent, and knows which magistrates to follow.
    if (m_reading > 0) {
        return;
    }
    read(Source::Kept, {}, [this](const ComplianceReading& reading) { showReading(reading); });
}

void ComplianceDashboard::showReading(const ComplianceReading& reading)
{
    if (!reading.report) {
        setMessage(reading.report.error().message, true);
        return;
    }
    m_report = *reading.report;
    m_entretiens = latestEntretiens(reading.entretiens);
    int unmatched = 0;
    for (const FollowedMagistrate& magistrate : m_magistrates) {
        unmatched += magistrate.personId.isEmpty() ? 1 : 0;
    }
    QString source =
        m_sourceName.isEmpty()
            ? tr("<b>%n magistrate(s)</b> owe you declarations, according to the store's directory.", nullptr,
                 int(m_magistrates.size()))
            : tr("<b>%n magistrate(s)</b> from the roster %1.", nullptr, int(m_magistrates.size()))
                  .arg(m_sourceName.toHtmlEscaped());
    if (unmatched > 0) {
        source += QLatin1Char(' ') + tr("%n of them is not in the store's directory: nothing filed can be "
                                        "matched to them.",
                                        nullptr, unmatched)
                                         .toHtmlEscaped();
    }
    source += QLatin1Char(' ') + tr("Situation on %1.").arg(dateText(reading.today)).toHtmlEscaped();
    m_source->setText(source);
    fill();
    if (!m_report.skipped.isEmpty()) {
        setMessage(tr("Left out: %1").arg(m_report.skipped.join(QStringLiteral("; "))), true);
    } else if (m_report.rows.empty()) {
        setMessage(tr("No declaration is owed to this authority."));
    } else {
        setMessage(QString());
    }
}

void ComplianceDashboard::fill()
{
    m_model->removeRows(0, m_model->rowCount());
    for (size_t index = 0; index < m_report.rows.size(); ++index) {
        const ComplianceRow& row = m_report.rows[index];
        QList<QStandardItem*> items;
        auto add = [&items](const QString& text, const QVariant& sortKey) {
            auto* item = new QStandardItem(text);
            item->setData(sortKey, SortRole);
            items << item;
            return item;
        };
        QStandardItem* first = add(row.magistrate, text::fold(row.magistrate));
        first->setData(complianceStateId(row.state), StateRole);
        first->setData(kindId(row.kind), KindRole);
        first->setData(text::fold(row.magistrate + QLatin1Char(' ') + row.court), SearchRole);
        first->setData(qulonglong(index), RowRole);
        add(kindShort(row.kind), kindId(row.kind))->setToolTip(capitalized(kindLabel(row.kind)));
        add(capitalized(eventLabel(row.event)), eventId(row.event));
        add(dateText(row.due), row.due);
        add(dateText(row.filedOn),
            row.filedOn.isValid() ? QVariant(row.filedOn) : QVariant(QDate(9999, 12, 31)));
        QStandardItem* days =
            add(row.daysLate > 0 ? QString::number(row.daysLate) : QStringLiteral("—"), row.daysLate);
        days->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
        QStandardItem* state = add(stateLabel(row), int(row.state));
        // The entretien follows the filing of a DI; a DSP has none, nothing filed has none yet.
        if (const auto found = m_entretiens.find(row.declarationId);
            !row.declarationId.isEmpty() && found != m_entretiens.end()) {
            add(EntretienText::status(found->second), found->second.scheduledAt)
                ->setToolTip(EntretienText::summary(found->second));
        } else if (row.kind == DeclarationKind::Interets && row.filed() &&
                   row.event == DeclarationEvent::Installation) {
            add(tr("not held yet"), QDateTime());
        } else {
            add(QStringLiteral("—"), QDateTime());
        }
        // Often the same on every row, so last, and whole in the tooltip when the window is narrow.
        add(row.function, text::fold(row.function))->setToolTip(row.function);
        add(row.court, text::fold(row.court))->setToolTip(row.court);
        if (row.late()) {
            const QBrush background(QColor(0xf8, 0xd7, 0xda));
            state->setBackground(background);
            days->setBackground(background);
            QFont bold = state->font();
            bold.setBold(row.state == ComplianceState::Outstanding);
            state->setFont(bold);
            days->setFont(bold);
        } else if (row.state == ComplianceState::FiledOnTime) {
            state->setBackground(QBrush(QColor(0xd4, 0xef, 0xdc)));
        }
        m_model->appendRow(items);
    }
    m_table->resizeColumnsToContents();
    refreshCounts();
}

void ComplianceDashboard::refreshCounts()
{
    const ComplianceTable table = visibleTable();
    const ComplianceCounts& counts = table.counts;
    m_chart->setBars({
        {ExportComplianceCommand::tr("Due"), counts.due, QColor(0x5b, 0x7d, 0xb1)},
        {ExportComplianceCommand::tr("Filed"), counts.filed, QColor(0x3b, 0x8e, 0xd0)},
        {ExportComplianceCommand::tr("Late"), counts.late, QColor(0xc0, 0x39, 0x2b)},
        {ExportComplianceCommand::tr("On time"), counts.onTime, QColor(0x2e, 0x8b, 0x57)},
    });
    QString text = tr("%n declaration(s) shown: %1 filed, of which %2 on time; %3 late.", nullptr, counts.due)
                       .arg(counts.filed)
                       .arg(counts.onTime)
                       .arg(counts.late);
    if (m_proxy->rowCount() != m_model->rowCount()) {
        text += QLatin1Char(' ') +
                tr("(%n hidden by the filter)", nullptr, m_model->rowCount() - m_proxy->rowCount());
    }
    m_counts->setText(text);
    updateReminderButton();
}

ComplianceTable ComplianceDashboard::visibleTable() const
{
    ComplianceTable table;
    const QString authority = authorityLabel(m_session.person.authorityId, JurisdictionDirectory::builtIn());
    table.title = tr("%1: declarations owed").arg(authority);
    table.source =
        m_sourceName.isEmpty() ? tr("the store's directory") : tr("the roster %1").arg(m_sourceName);
    QList<int> columns;
    for (int column = 0; column < ColumnCount; ++column) {
        if (!m_table->isColumnHidden(column)) {
            columns << column;
            table.headers << m_model->headerData(column, Qt::Horizontal).toString();
        }
    }
    bool onlyAssets = m_proxy->rowCount() > 0;
    for (int row = 0; row < m_proxy->rowCount(); ++row) {
        QStringList cells;
        for (int column : columns) {
            cells << m_proxy->index(row, column).data().toString();
        }
        table.rows << cells;
        const QString state = m_proxy->index(row, 0).data(StateRole).toString();
        ++table.counts.due;
        table.counts.filed += state == QLatin1String("late") || state == QLatin1String("on-time") ? 1 : 0;
        table.counts.late += state == QLatin1String("late") || state == QLatin1String("outstanding") ? 1 : 0;
        table.counts.onTime += state == QLatin1String("on-time") ? 1 : 0;
        onlyAssets = onlyAssets &&
                     m_proxy->index(row, 0).data(KindRole).toString() == kindId(DeclarationKind::Patrimoine);
    }
    table.noticeKind = onlyAssets ? DeclarationKind::Patrimoine : DeclarationKind::Interets;
    return table;
}

Status ComplianceDashboard::exportCsv(const QString& path) const
{
    return ExportComplianceCommand::writeCsv(visibleTable(), path);
}

Status ComplianceDashboard::exportPdf(const QString& path) const
{
    return ExportComplianceCommand::writePdf(visibleTable(), path);
}

void ComplianceDashboard::chooseRoster()
{
    const QString path = openPathProvider
                             ? openPathProvider(tr("Import a roster"), QString())
                             : QFileDialog::getOpenFileName(this, tr("Import a roster"), QString(),
                                                            tr("CSV files (*.csv *.txt)"));
    if (!path.isEmpty()) {
        importRoster(path);
    }
}

void ComplianceDashboard::exportAs(bool pdf)
{
    const QString stem = QStringLiteral("conformite-") + Clock::today().toString(Qt::ISODate);
    const QString title = pdf ? tr("Export as PDF") : tr("Export as CSV");
    const QString suggested = stem + (pdf ? QStringLiteral(".pdf") : QStringLiteral(".csv"));
    const QString path =
        savePathProvider
            ? savePathProvider(title, suggested)
            : QFileDialog::getSaveFileName(this, title, QDir::home().filePath(suggested),
                                           pdf ? tr("PDF documents (*.pdf)") : tr("CSV files (*.csv)"));
    if (path.isEmpty()) {
        return;
    }
    const Status exported = pdf ? exportPdf(path) : exportCsv(path);
    exported ? setMessage(tr("Exported: %1.").arg(QFileInfo(path).fileName()), false,
                          QDir::toNativeSeparators(path))
             : setMessage(exported.error().message, true);
}

// ---- reminder letters ------------------------------------------------------------------------------------

// The letters being written, one after the other, and where.
struct ComplianceDashboard::ReminderRun
{
    QString folder;
    std::vector<ReminderLetter> letters;
    size_t next = 0;
    int written = 0;
    std::set<QString> names; // the file names taken by this run
};

std::vector<ReminderLetter> ComplianceDashboard::reminderLetters() const
{
    // The rows shown, in the order shown: a magistrate not in the directory (a roster's unmatched name) has
    // nothing a reminder could be recorded against.
    std::vector<ComplianceRow> shown;
    for (int row = 0; row < m_proxy->rowCount(); ++row) {
        const size_t index = m_proxy->index(row, 0).data(RowRole).toULongLong();
        if (index < m_report.rows.size() && !m_report.rows[index].personId.isEmpty()) {
            shown.push_back(m_report.rows[index]);
        }
    }
    return probitas::reminderLetters(shown, m_session.person.authorityId, m_session.person.name,
                                     Clock::today());
}

void ComplianceDashboard::updateReminderButton()
{
    const bool any = !m_reminders && !reminderLetters().empty();
    m_reminderButton->setEnabled(any);
    m_reminderButton->setToolTip(any ? tr("Writes a letter to each magistrate shown whose declaration is "
                                          "overdue, with its legal basis "
                                          "and deadline, and records each reminder in the audit trail.")
                                     : tr("No magistrate shown has an overdue declaration."));
}

void ComplianceDashboard::chooseReminderFolder()
{
    const QString title = tr("Folder for the reminder letters");
    const QString folder = folderProvider ? folderProvider(title)
                                          : QFileDialog::getExistingDirectory(this, title, QDir::homePath());
    if (!folder.isEmpty()) {
        writeReminderLetters(folder);
    }
}

void ComplianceDashboard::writeReminderLetters(const QString& folder)
{
    if (m_reminders) {
        return;
    }
    std::vector<ReminderLetter> letters = reminderLetters();
    if (letters.empty()) {
        setMessage(tr("No magistrate shown has an overdue declaration: no letter to write."), true);
        return;
    }
    // Checked before anything is recorded: a folder that cannot take the letters records no reminder.
    const QFileInfo where(folder);
    if (!where.isDir() || !where.isWritable()) {
        const QString error =
            tr("Cannot write the reminder letters in %1: it is not a folder you may write in. "
               "No reminder was recorded.")
                .arg(QDir::toNativeSeparators(folder));
        setMessage(error, true);
        emit reminderLettersDone(0, folder, error);
        return;
    }
    m_reminders = std::make_shared<ReminderRun>();
    m_reminders->folder = where.absoluteFilePath();
    m_reminders->letters = std::move(letters);
    m_reminderButton->setEnabled(false);
    m_reminderProgress->setRange(0, int(m_reminders->letters.size()));
    m_reminderProgress->setValue(0);
    m_reminderProgress->show();
    writeNextReminder();
}

void ComplianceDashboard::writeNextReminder()
{
    const std::shared_ptr<ReminderRun> run = m_reminders;
    if (!run) {
        return;
    }
    if (run->next == run->letters.size()) {
        finishReminders(QString());
        return;
    }
    const ReminderLetter& letter = run->letters[run->next];
    setMessage(tr("Writing the reminder letters: %1 of %2…").arg(run->next + 1).arg(run->letters.size()));
    auto pdf = renderReminderLetterPdf(letter);
    if (!pdf) {
        finishReminders(tr("The letter to %1 could not be made: %2. No reminder to them was recorded.")
                            .arg(letter.magistrate, pdf.error().message));
        return;
    }
    // relance-Paul-Martin-2026-05-01.pdf; -2, -3... beside a letter already there.
    QString stem = asciiFileStem(letter.magistrate);
    stem = stem.isEmpty() ? QStringLiteral("magistrat") : stem;
    const QString base = QStringLiteral("relance-%1-%2").arg(stem, letter.date.toString(Qt::ISODate));
    QString name = base + QStringLiteral(".pdf");
    for (int copy = 2; run->names.count(name) > 0 || QFileInfo::exists(QDir(run->folder).filePath(name));
         ++copy) {
        name = QStringLiteral("%1-%2.pdf").arg(base).arg(copy);
    }
    run->names.insert(name);
    const QString path = QDir(run->folder).filePath(name);

    std::vector<store::ReminderItem> items;
    for (const ComplianceRow& row : letter.overdue) {
        items.push_back({row.kind, row.event, row.due});
    }
    const QString sha256 =
        QString::fromLatin1(QCryptographicHash::hash(*pdf, QCryptographicHash::Sha256).toHex());
    const crypto::Identity identity = m_session.identity;
    const QString magistrateId = letter.personId;
    // Recorded first (on the session's worker on a server), then written: no letter leaves unrecorded.
    runOnStore<Done>(
        m_session.worker.get(), *m_session.store, this,
        [magistrateId, items, identity, sha256](store::Store& store) -> Status {
            return store.declarations().recordReminder(magistrateId, items, identity, sha256);
        },
        [this, run, document = *pdf, path, magistrate = letter.magistrate](const Status& recorded) {
            if (run != m_reminders) {
                return;
            }
            if (!recorded) {
                finishReminders(tr("The reminder to %1 was not recorded: %2. No letter to them was written.")
                                    .arg(magistrate, recorded.error().message));
                return;
            }
            if (Status written = writeDocumentFile(document, path); !written) {
                finishReminders(tr("The reminder to %1 is recorded in the audit trail, but its letter could "
                                   "not be written: %2")
                                    .arg(magistrate, written.error().message));
                return;
            }
            ++run->written;
            ++run->next;
            m_reminderProgress->setValue(run->written);
            // The next one once the window has shown this progress.
            QTimer::singleShot(0, this, &ComplianceDashboard::writeNextReminder);
        });
}

void ComplianceDashboard::finishReminders(const QString& error)
{
    const std::shared_ptr<ReminderRun> run = std::move(m_reminders);
    m_reminderProgress->hide();
    updateReminderButton();
    const QString folder = QDir::toNativeSeparators(run->folder);
    if (error.isEmpty()) {
        setMessage(tr("%n reminder letter(s) written in %1, each recorded in the audit trail.", nullptr,
                      run->written)
                       .arg(folder),
                   false, folder);
    } else {
        setMessage(run->written > 0
                       ? error + QLatin1Char(' ') +
                             tr("%n letter(s) written before, in %1.", nullptr, run->written).arg(folder)
                       : error,
                   true, folder);
    }
    emit reminderLettersDone(run->written, run->folder, error);
}

void ComplianceDashboard::setMessage(const QString& text, bool error, const QString& detail)
{
    m_message->setText(text);
    m_message->setToolTip(detail);
    m_message->setStyleSheet(error ? QStringLiteral("color: #b02a37;") : QString());
}

} // namespace probitas::gui
