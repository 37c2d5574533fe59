#include "AuthorityWorkspace.h"

#include "BusyBar.h"
#include "Clock.h"
#include "ComplianceDashboard.h"
#include "ControlWorkspace.h"
#include "DeclarantWorkspace.h"
#include "DeclarationReview.h"
#include "EntretienCommands.h"
#include "Jurisdictions.h"
#include "Obligations.h"
#include "TextFolding.h"

#include <QCheckBox>
#include <QComboBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QProgressBar>
#include <QPushButton>
#include <QSortFilterProxyModel>
#include <QStackedWidget>
#include <QStandardItemModel>
#include <QTabWidget>
#include <QTableView>
#include <QTableWidget>
#include <QVBoxLayout>
#include <algorithm>

namespace probitas::gui {

namespace {

constexpr int SortRole = Qt::UserRole + 1;
constexpr int IdRole = Qt::UserRole + 2;
constexpr int KindRole = Qt::UserRole + 3;
constexpr int EventRole = Qt::UserRole + 4;
constexpr int StatusRole = Qt::UserRole + 5; // "to-acknowledge", "acknowledged", "forwarded", "superseded"
constexpr int UnreadRole = Qt::UserRole + 6;
constexpr int FiledRole = Qt::UserRole + 7;
constexpr int kWrappedColumnWidth = 210;

QString statusKey(const InboxEntry& entry)
{
    if (store::isFinal(entry.record.status)) {
        return QStringLiteral("superseded");
    }
    if (entry.forwarded) {
        return QStringLiteral("forwarded");
    }
    return entry.acknowledgedByMe ? QStringLiteral("acknowledged") : QStringLiteral("to-acknowledge");
}

// The inbox's filters: declarant (search), kind, event, status, period of filing, unread only.
class InboxFilter : public QSortFilterProxyModel
{
public:
    using QSortFilterProxyModel::QSortFilterProxyModel;

    QString search, kind, event, status;
    int days = 0; // filed within the last `days` days; 0: any time
    bool unreadOnly = false;

    void apply() { invalidateFilter(); }

protected:
    bool filterAcceptsRow(int sourceRow, const QModelIndex& sourceParent) const override
    {
        const QModelIndex first = sourceModel()->index(sourceRow, 0, sourceParent);
        if (!search.isEmpty() && !first.data(SortRole).toString().contains(text::fold(search))) {
            return false;
        }
        if ((!kind.isEmpty() && first.data(KindRole).toString() != kind) ||
            (!event.isEmpty() && first.data(EventRole).toString() != event) ||
            (!status.isEmpty() && first.data(StatusRole).toString() != status)) {
            return false;
        }
        if (unreadOnly && !first.data(UnreadRole).toBool()) {
            return false;
        }
        if (days > 0 &&
            first.data(FiledRole).toDateTime().toLocalTime().date() < Clock::today().addDays(-days)) {
            return false;
        }
        return true;
    }
};

} // namespace

AuthorityWorkspace::AuthorityWorkspace(Session& session, QWidget* parent)
    : QWidget(parent)
    , m_session(session)
{
    setObjectName(QStringLiteral("authorityWorkspace"));
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    auto* heading = new QLabel(
        QStringLiteral("<b>%1</b>")
            .arg(capitalized(authorityLabel(session.person.authorityId, JurisdictionDirectory::builtIn()))
                     .toHtmlEscaped()),
        this);
    heading->setObjectName(QStringLiteral("authorityHeading"));
    layout->addWidget(heading);
    m_tabs = new QTabWidget(this);
    m_tabs->setObjectName(QStringLiteral("workspaceTabs"));
    m_tabs->addTab(makeInboxTab(), tr("Declarations recei&ved"));
    m_dashboard = new ComplianceDashboard(session, m_tabs);
    m_tabs->addTab(m_dashboard, tr("&Compliance"));
    // A head of court is also a magistrate who declares (to the premier président, to the HATVP).
    if (session.person.profile) {
        m_own = new DeclarantWorkspace(session, m_tabs);
        m_tabs->addTab(m_own, tr("&My own declarations"));
    }
    // The collège de déontologie answers the chefs de juridiction's requests for its avis (art. 7-2 II).
    if (session.person.authorityId == store::authorities::College) {
        m_avisTabIndex = m_tabs->addTab(makeAvisTab(), tr("Requests for an &avis"));
    }
    // The HATVP controls the DSPs it receives (art. 7-3 IV to VI; ord. 58-1067 art. 3-2 IV to VI).
    if (session.person.authorityId == store::authorities::Hatvp) {
        m_controls = new ControlWorkspace(session, ControlWorkspace::Side::Hatvp, m_tabs);
        m_controlsTabIndex = m_tabs->addTab(m_controls, tr("C&ontrols of assets"));
    }
    layout->addWidget(m_tabs);
    refreshInbox();
    if (m_controls) {
        m_controls->refresh();
    }
    if (m_avisTable) {
        refreshAvisRequests(AvisTabChoice::WhenOneAwaits);
    }
    // The dashboard counts what was filed: a new acknowledgement or filing shows when it is looked at.
    connect(m_tabs, &QTabWidget::currentChanged, this, [this](int index) {
        if (index == ComplianceTab) {
            m_dashboard->refresh();
        } else if (m_controls && index == m_controlsTabIndex) {
            m_controls->refresh(); // a declaration received or an answer given meanwhile
        }
    });
}

AuthorityWorkspace::~AuthorityWorkspace() = default;

QWidget* AuthorityWorkspace::makeInboxTab()
{
    m_inboxPages = new QStackedWidget(this);
    m_inboxPages->setObjectName(QStringLiteral("inboxPages"));

    auto* page = new QWidget(m_inboxPages);
    page->setObjectName(QStringLiteral("tab.inbox"));
    auto* layout = new QVBoxLayout(page);
    auto* filters = new QHBoxLayout;
    m_search = new QLineEdit(page);
    m_search->setObjectName(QStringLiteral("inboxSearch"));
    m_search->setPlaceholderText(tr("Search a declarant…"));
    m_search->setClearButtonEnabled(true);
    m_search->setMinimumWidth(220);
    filters->addWidget(m_search, 2);
    m_kind = new QComboBox(page);
    m_kind->setObjectName(QStringLiteral("inboxKind"));
    m_kind->addItem(tr("All declarations"), QString());
    for (DeclarationKind kind : {DeclarationKind::Interets, DeclarationKind::Patrimoine}) {
        m_kind->addItem(capitalized(kindLabel(kind)), kindId(kind));
    }
    filters->addWidget(m_kind, 1);
    m_event = new QComboBox(page);
    m_event->setObjectName(QStringLiteral("inboxEvent"));
    m_event->addItem(tr("All events"), QString());
    for (DeclarationEvent event :
         {DeclarationEvent::Installation, DeclarationEvent::Modification,
          DeclarationEvent::ModificationApresEntretien, DeclarationEvent::Cessation}) {
        m_event->addItem(capitalized(eventLabel(event)), eventId(event));
    }
    filters->addWidget(m_event, 1);
    m_status = new QComboBox(page);
    m_status->setObjectName(QStringLiteral("inboxStatus"));
    m_status->addItem(tr("Every status"), QString());
    m_status->addItem(tr("To acknowledge"), QStringLiteral("to-acknowledge"));
    m_status->addItem(tr("Acknowledged"), QStringLiteral("acknowledged"));
    m_status->addItem(tr("Forwarded to you"), QStringLiteral("forwarded"));
    m_status->addItem(tr("Superseded"), QStringLiteral("superseded"));
    filters->addWidget(m_status, 1);
    m_period = new QComboBox(page);
    m_period->setObjectName(QStringLiteral("inboxPeriod"));
    m_period->addItem(tr("Filed at any time"), 0);
    m_period->addItem(tr("Filed in the last 7 days"), 7);
    m_period->addItem(tr("Filed in the last 30 days"), 30);
    m_period->addItem(tr("Filed in the last 12 months"), 365);
    filters->addWidget(m_period, 1);
    // The choices are long in French ("Modification après l'entretien déontologique"): the search field
    // keeps its room, the lists open wide.
    for (QComboBox* combo : {m_kind, m_event, m_status, m_period}) {
        combo->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
        combo->setMinimumContentsLength(14);
    }
    m_unreadOnly = new QCheckBox(tr("&Unread only"), page);
    m_unreadOnly->setObjectName(QStringLiteral("inboxUnreadOnly"));
    filters->addWidget(m_unreadOnly);
    layout->addLayout(filters);

    m_model = new QStandardItemModel(0, ColumnCount, this);
    m_model->setHorizontalHeaderLabels({tr("Declarant"), tr("Declaration"), tr("Event"), tr("Filed on"),
                                        tr("Status"), tr("Ethics interview"), tr("Read")});
    m_model->horizontalHeaderItem(EntretienColumn)
        ->setToolTip(
            tr("The ethics interview that follows the filing of a declaration of interests (art. 7-2 I)."));
    auto* filter = new InboxFilter(this);
    m_proxy = filter;
    m_proxy->setSourceModel(m_model);
    m_proxy->setSortRole(SortRole);
    m_table = new QTableView(page);
    m_table->setObjectName(QStringLiteral("inbox"));
    m_table->setModel(m_proxy);
    m_table->setSortingEnabled(true);
    m_table->sortByColumn(FiledColumn, Qt::DescendingOrder);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->verticalHeader()->hide();
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_table->setAccessibleName(tr("Declarations received"));
    layout->addWidget(m_table, 1);

    auto* bottom = new QHBoxLayout;
    m_inboxBusy = makeBusyBar(page, QStringLiteral("inboxBusy"), tr("Reading the inbox from the server"));
    m_inboxBusy->setMaximumWidth(120);
    m_inboxBusy->setTextVisible(false);
    m_inboxBusy->hide();
    bottom->addWidget(m_inboxBusy);
    m_inboxMessage = new QLabel(page);
    m_inboxMessage->setObjectName(QStringLiteral("inboxMessage"));
    m_inboxMessage->setWordWrap(true);
    bottom->addWidget(m_inboxMessage, 1);
    auto* refresh = new QPushButton(tr("&Refresh"), page);
    refresh->setObjectName(QStringLiteral("refreshInbox"));
    bottom->addWidget(refresh);
    auto* open = new QPushButton(tr("&Open"), page);
    open->setObjectName(QStringLiteral("openDeclaration"));
    open->setDefault(true);
    bottom->addWidget(open);
    layout->addLayout(bottom);
    m_inboxPages->addWidget(page);

    m_review = new DeclarationReview(m_session, m_inboxPages);
    m_inboxPages->addWidget(m_review);

    auto applyFilter = [this, filter] {
        filter->search = m_search->text();
        filter->kind = m_kind->currentData().toString();
        filter->event = m_event->currentData().toString();
        filter->status = m_status->currentData().toString();
        filter->days = m_period->currentData().toInt();
        filter->unreadOnly = m_unreadOnly->isChecked();
        filter->apply();
        refreshInboxMessage();
    };
    connect(m_search, &QLineEdit::textChanged, this, applyFilter);
    for (QComboBox* combo : {m_kind, m_event, m_status, m_period}) {
        connect(combo, &QComboBox::currentIndexChanged, this, applyFilter);
    }
    connect(m_unreadOnly, &QCheckBox::toggled, this, applyFilter);
    connect(refresh, &QPushButton::clicked, this, &AuthorityWorkspace::refreshInbox);
    connect(open, &QPushButton::clicked, this, &AuthorityWorkspace::openSelected);
    connect(m_table, &QTableView::activated, this, &AuthorityWorkspace::openSelected);
    connect(m_review, &DeclarationReview::backRequested, this, &AuthorityWorkspace::showInbox);
    connect(m_review, &DeclarationReview::opened, this, &AuthorityWorkspace::refreshInbox);
    connect(m_review, &DeclarationReview::acknowledged, this, &AuthorityWorkspace::refreshInbox);
    connect(m_review, &DeclarationReview::entretienChanged, this, [this] {
        refreshInbox();
        if (m_avisTable) {
            refreshAvisRequests();
        }
    });
    return m_inboxPages;
}

QWidget* AuthorityWorkspace::makeAvisTab()
{
    auto* page = new QWidget(this);
    page->setObjectName(QStringLiteral("tab.avis"));
    auto* layout = new QVBoxLayout(page);
    auto* intro = new QLabel(tr("The requests of the authorities for the collège's avis on a declaration of "
                                "interests (art. 7-2 II). Open one to read the declaration, forwarded to the "
                                "collège as a certified copy, and the question, and to give the avis."),
                             page);
    intro->setWordWrap(true);
    layout->addWidget(intro);
    m_avisTable = new QTableWidget(0, 4, page);
    m_avisTable->setObjectName(QStringLiteral("avisRequests"));
    m_avisTable->setHorizontalHeaderLabels(
        {tr("Declarant"), tr("Requested by"), tr("Requested on"), tr("Status")});
    m_avisTable->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_avisTable->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_avisTable->setSelectionMode(QAbstractItemView::SingleSelection);
    m_avisTable->verticalHeader()->hide();
    m_avisTable->horizontalHeader()->setStretchLastSection(true);
    m_avisTable->setAccessibleName(tr("Requests for an avis"));
    layout->addWidget(m_avisTable, 1);
    auto* bottom = new QHBoxLayout;
    m_avisBusy =
        makeBusyBar(page, QStringLiteral("avisRequestsBusy"), tr("Reading the requests from the server"));
    m_avisBusy->setMaximumWidth(120);
    m_avisBusy->setTextVisible(false);
    m_avisBusy->hide();
    bottom->addWidget(m_avisBusy);
    m_avisMessage = new QLabel(page);
    m_avisMessage->setObjectName(QStringLiteral("avisRequestsMessage"));
    m_avisMessage->setWordWrap(true);
    bottom->addWidget(m_avisMessage, 1);
    auto* refresh = new QPushButton(tr("Re&fresh"), page);
    refresh->setObjectName(QStringLiteral("refreshAvisRequests"));
    bottom->addWidget(refresh);
    auto* open = new QPushButton(tr("&Open the declaration and the question"), page);
    open->setObjectName(QStringLiteral("openAvisRequest"));
    open->setDefault(true);
    bottom->addWidget(open);
    layout->addLayout(bottom);
    connect(refresh, &QPushButton::clicked, this, [this] { refreshAvisRequests(); });
    connect(open, &QPushButton::clicked, this, [this] { openAvisRequest(m_avisTable->currentRow()); });
    connect(m_avisTable, &QTableWidget::cellActivated, this, [this](int row, int) { openAvisRequest(row); });
    return page;
}

void AuthorityWorkspace::refreshAvisRequests(AvisTabChoice tab)
{
    // On a server, read in the background: the list says it is being read meanwhile.
    m_avisBusy->setVisible(m_session.worker != nullptr);
    ++m_avisReading;
    const crypto::Identity identity = m_session.identity;
    runOnStore<QList<store::AvisRecord>>(
        m_session.worker.get(), *m_session.store, this,
        [identity](store::Store& store) { return store.avis().list(identity, QString()); },
        [this, tab, startedOn = m_tabs->currentIndex()](const Result<QList<store::AvisRecord>>& requests) {
            m_avisBusy->setVisible(--m_avisReading > 0);
            fillAvisRequests(requests);
            // What the collège has to do comes first, unless she went elsewhere meanwhile.
            if (tab == AvisTabChoice::WhenOneAwaits && requests && m_tabs->currentIndex() == startedOn &&
                std::any_of(m_avisRecords.begin(), m_avisRecords.end(), [](const store::AvisRecord& request) {
                    return request.status == store::AvisStatus::Requested;
                })) {
                m_tabs->setCurrentIndex(m_avisTabIndex);
            }
        });
}

void AuthorityWorkspace::fillAvisRequests(const Result<QList<store::AvisRecord>>& requests)
{
    if (!requests) {
        m_avisMessage->setText(requests.error().message);
        return;
    }
    m_avisRecords = *requests;
    // Those awaiting the avis first, then the newest.
    std::stable_sort(m_avisRecords.begin(), m_avisRecords.end(),
                     [](const store::AvisRecord& a, const store::AvisRecord& b) {
                         const bool aWaits = a.status == store::AvisStatus::Requested;
                         const bool bWaits = b.status == store::AvisStatus::Requested;
                         return aWaits != bWaits ? aWaits : a.requestedAt > b.requestedAt;
                     });
    m_avisTable->setRowCount(0);
    int waiting = 0;
    for (const store::AvisRecord& request : m_avisRecords) {
        const int row = m_avisTable->rowCount();
        m_avisTable->insertRow(row);
        const bool waits = request.status == store::AvisStatus::Requested;
        waiting += waits ? 1 : 0;
        const QStringList cells{
            request.declarant,
            capitalized(authorityLabel(request.requestedBy, JurisdictionDirectory::builtIn())),
            dateTimeLabel(request.requestedAt), EntretienText::avisStatus(request)};
        for (int column = 0; column < cells.size(); ++column) {
            auto* item = new QTableWidgetItem(cells.at(column));
            if (waits) {
                QFont bold = item->font();
                bold.setBold(true);
                item->setFont(bold);
            }
            m_avisTable->setItem(row, column, item);
        }
    }
    m_avisTable->resizeColumnsToContents();
    if (m_avisTable->rowCount() > 0) {
        m_avisTable->selectRow(0); // the first awaiting the avis: "Open" goes to it
    }
    m_avisMessage->setText(
        tr("%n request(s) — awaiting the avis: %1.", nullptr, int(m_avisRecords.size())).arg(waiting));
}

void AuthorityWorkspace::openAvisRequest(int row)
{
    if (row < 0 || row >= m_avisRecords.size()) {
        m_avisMessage->setText(tr("Select a request first."));
        return;
    }
    // The declaration the request is about reached the collège by a forward: it is in the inbox.
    refreshInbox();
    openDeclaration(m_avisRecords.at(row).declarationId);
}

// The inbox and the entretiens it shows, read from one store (the session's worker's, on a server).
struct AuthorityInbox
{
    QList<InboxEntry> entries;
    QList<store::EntretienRecord> entretiens; // none when they cannot be read
};

void AuthorityWorkspace::refreshInbox()
{
    // On a server, read in the background: the inbox says it is being read meanwhile.
    m_inboxBusy->setVisible(m_session.worker != nullptr);
    const crypto::Identity identity = m_session.identity;
    const store::Person person = m_session.person;
    runOnStore<AuthorityInbox>(
        m_session.worker.get(), *m_session.store, this,
        [identity, person](store::Store& store) -> Result<AuthorityInbox> {
            auto entries = InboxCommand::readIn(store, identity, person);
            if (!entries) {
                return entries.error();
            }
            auto entretiens = store.entretiens().list(identity, QString());
            return AuthorityInbox{std::move(entries).value(), entretiens ? std::move(entretiens).value()
                                                                         : QList<store::EntretienRecord>()};
        },
        [this](const Result<AuthorityInbox>& inbox) {
            m_inboxBusy->hide();
            fillInbox(inbox);
        });
}

void AuthorityWorkspace::fillInbox(const Result<AuthorityInbox>& inbox)
{
    const QString selected = m_table->currentIndex().data(IdRole).toString();
    if (!inbox) {
        m_inboxMessage->setText(inbox.error().message);
        return;
    }
    const std::map<QString, store::EntretienRecord> latest = latestEntretiens(inbox->entretiens);
    m_entries = inbox->entries;
    m_model->removeRows(0, m_model->rowCount());
    for (const InboxEntry& entry : m_entries) {
        const store::DeclarationRecord& record = entry.record;
        QList<QStandardItem*> items;
        auto add = [&items](const QString& text, const QVariant& sortKey) {
            auto* item = new QStandardItem(text);
            item->setData(sortKey, SortRole);
            items << item;
            return item;
        };
        QStandardItem* first = add(record.declarant, text::fold(record.declarant));
        first->setData(record.id, IdRole);
        first->setData(kindId(record.kind), KindRole);
        first->setData(eventId(record.event), EventRole);
        first->setData(statusKey(entry), StatusRole);
        first->setData(entry.unread(), UnreadRole);
        first->setData(record.filedAt, FiledRole);
        add(capitalized(kindLabel(record.kind)), kindId(record.kind));
        add(capitalized(eventLabel(record.event)), eventId(record.event));
        add(dateTimeLabel(record.filedAt), record.filedAt);
        QStandardItem* status = add(entry.statusLabel(), statusKey(entry));
        // The entretien follows the filing of a DI to this authority (and may be renewed after a
        // modification); what was forwarded is someone else's.
        if (const auto found = latest.find(record.id); found != latest.end()) {
            add(EntretienText::status(found->second), found->second.scheduledAt)
                ->setToolTip(EntretienText::summary(found->second));
        } else if (record.kind == DeclarationKind::Interets && !entry.forwarded &&
                   record.event == DeclarationEvent::Installation && !store::isFinal(record.status)) {
            add(tr("not held yet"), QDateTime());
        } else {
            add(QStringLiteral("—"), QDateTime());
        }
        add(entry.unread() ? tr("not read yet") : tr("read on %1").arg(dateTimeLabel(entry.openedByMeAt)),
            entry.unread() ? QDateTime() : entry.openedByMeAt);
        // Unread lines stand out in bold, as in a mail client; the "Read" column says it in words.
        for (QStandardItem* item : items) {
            item->setData(record.id, IdRole);
            if (entry.unread()) {
                QFont bold = item->font();
                bold.setBold(true);
                item->setFont(bold);
            }
            if (record.status == store::DeclarationStatus::Superseded) {
                item->setForeground(QBrush(QColor(0x6c, 0x75, 0x7d)));
            }
        }
        if (!entry.receiptProblem.isEmpty()) {
            status->setForeground(QBrush(QColor(0xb0, 0x2a, 0x37)));
            status->setToolTip(capitalized(entry.receiptProblem));
        }
        m_model->appendRow(items);
    }
    m_table->resizeColumnsToContents();
    // The longest events and statuses wrap: every column, down to "Read", stays in a 1280-pixel window.
    for (int column : {int(EventColumn), int(StatusColumn)}) {
        m_table->setColumnWidth(column, std::min(m_table->columnWidth(column), kWrappedColumnWidth));
    }
    m_table->resizeRowsToContents();
    for (int row = 0; row < m_proxy->rowCount(); ++row) {
        if (m_proxy->index(row, 0).data(IdRole).toString() == selected) {
            m_table->selectRow(row);
        }
    }
    refreshInboxMessage();
}

void AuthorityWorkspace::refreshInboxMessage()
{
    int unread = 0;
    int toAcknowledge = 0;
    for (const InboxEntry& entry : m_entries) {
        unread += entry.unread() ? 1 : 0;
        toAcknowledge +=
            entry.mayAcknowledge() && entry.record.status != store::DeclarationStatus::Superseded ? 1 : 0;
    }
    QString text = tr("%n declaration(s) received — not read yet: %1 — to acknowledge: %2.", nullptr,
                      int(m_entries.size()))
                       .arg(unread)
                       .arg(toAcknowledge);
    if (m_proxy->rowCount() != m_model->rowCount()) {
        text += QLatin1Char(' ') +
                tr("(%n hidden by the filters)", nullptr, m_model->rowCount() - m_proxy->rowCount());
    }
    m_inboxMessage->setText(text);
}

void AuthorityWorkspace::openSelected()
{
    const QString id = m_table->currentIndex().data(IdRole).toString();
    if (id.isEmpty()) {
        m_inboxMessage->setText(tr("Select a declaration first."));
        return;
    }
    openDeclaration(id);
}

void AuthorityWorkspace::openDeclaration(const QString& id)
{
    if (m_review->isBusy()) {
        return; // one opening at a time: the review shows what it is opening
    }
    for (const InboxEntry& entry : m_entries) {
        if (entry.record.id == id) {
            m_inboxPages->setCurrentWidget(m_review);
            m_tabs->setCurrentIndex(InboxTab);
            m_review->open(entry, InboxCommand::previousOf(entry.record, m_entries));
            return;
        }
    }
}

void AuthorityWorkspace::showInbox()
{
    m_inboxPages->setCurrentIndex(0);
    m_table->setFocus();
}

bool AuthorityWorkspace::isReviewing() const
{
    return m_inboxPages->currentWidget() == m_review;
}

} // namespace probitas::gui
