#include "AdministratorWorkspace.h"

#include "AuthorityCommands.h"
#include "BusyBar.h"
#include "Clock.h"
#include "Jurisdictions.h"
#include "Obligations.h"
#include "ObligationsPanel.h"
#include "Profile.h"

#include <QColor>
#include <QComboBox>
#include <QCompleter>
#include <QDialogButtonBox>
#include <QDir>
#include <QFileDialog>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QInputDialog>
#include <QItemSelectionModel>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QMessageBox>
#include <QProgressBar>
#include <QPushButton>
#include <QSortFilterProxyModel>
#include <QStandardItemModel>
#include <QTableView>
#include <QTableWidget>
#include <QVBoxLayout>
#include <algorithm>

namespace probitas::gui {

namespace {

// A certificate that expires within this many days is shown as expiring.
constexpr int kExpiringDays = 90;
constexpr int kNameLimit = 200;

const QLatin1String errorStyle("color: #b02a37;");
const QLatin1String successStyle("color: #146c43;");

// "Hélène" and "helene" are the same to the search.
QString folded(const QString& text)
{
    QString result;
    for (QChar c : text.normalized(QString::NormalizationForm_D)) {
        if (c.category() != QChar::Mark_NonSpacing) {
            result += c;
        }
    }
    return result.toCaseFolded().simplified();
}

QString dateLabel(const QDateTime& at)
{
    return QLocale().toString(at.toLocalTime().date(), QStringLiteral("dd/MM/yyyy"));
}

enum class CertificateState { Valid, Expiring, Expired };

CertificateState stateOf(const crypto::Certificate& certificate)
{
    const QDateTime now = Clock::nowUtc();
    if (certificate.notAfter() < now) {
        return CertificateState::Expired;
    }
    return certificate.notAfter() < now.addDays(kExpiringDays) ? CertificateState::Expiring
                                                               : CertificateState::Valid;
}

// "31/12/2027", "31/12/2027 — expired", "31/12/2027 — expires in 12 days".
QString validUntilLabel(const crypto::Certificate& certificate, CertificateState state)
{
    const QString date = dateLabel(certificate.notAfter());
    switch (state) {
    case CertificateState::Expired:
        return AdministratorWorkspace::tr("%1 — expired").arg(date);
    case CertificateState::Expiring:
        return AdministratorWorkspace::tr("%1 — expires in %n day(s)", nullptr,
                                          int(Clock::nowUtc().daysTo(certificate.notAfter())))
            .arg(date);
    case CertificateState::Valid:
        break;
    }
    return date;
}

struct KnownAuthority
{
    QString id;
    QString label;
};

// Every authority id the routing rules and the access rules name: the national authorities, those outside
// the courts that the directory's data names (the président of the Conseil constitutionnel, the chef of the
// IGJ), then, court by court in the directory's order (each cour d'appel followed by the tribunals of its
// ressort), the two heads of each court: président and procureur de la République for a tribunal, premier
// président and procureur général for a cour.
const QList<KnownAuthority>& knownAuthorities()
{
    static const QList<KnownAuthority> known = [] {
        const JurisdictionDirectory& directory = JurisdictionDirectory::builtIn();
        QStringList ids{QStringLiteral("cour-de-cassation:premier-president"),
                        QStringLiteral("cour-de-cassation:procureur-general"),
                        store::authorities::College,
                        store::authorities::Hatvp,
                        store::authorities::Csm,
                        store::authorities::GardeDesSceaux,
                        store::authorities::Igj};
        for (const NamedAuthority& authority : directory.namedAuthorities()) {
            ids << authority.id;
        }
        for (const Court& court : directory.courts()) {
            switch (court.type) {
            case CourtType::TribunalJudiciaire:
            case CourtType::TribunalPremiereInstance:
                ids << court.id() + QStringLiteral(":president") << court.id() + QStringLiteral(":procureur");
                break;
            case CourtType::CourAppel:
                ids << court.id() + QStringLiteral(":premier-president")
                    << court.id() + QStringLiteral(":procureur-general");
                break;
            case CourtType::CourDeCassation:
                break; // first in the list already
            }
        }
        QList<KnownAuthority> list;
        for (const QString& id : ids) {
            list.append({id, capitalized(authorityLabel(id, directory))});
        }
        return list;
    }();
    return known;
}

QString authorityItemText(const KnownAuthority& authority)
{
    return AddPersonDialog::tr("%1 (%2)").arg(authority.label, authority.id);
}

QStandardItem* cell(const QString& text, const QVariant& sortKey)
{
    auto* item = new QStandardItem(text);
    item->setEditable(false);
    item->setData(sortKey, AdministratorWorkspace::SortRole);
    return item;
}

} // namespace

AdministratorWorkspace::AdministratorWorkspace(Session& session, QWidget* parent)
    : QWidget(parent)
    , m_session(session)
{
    setObjectName(QStringLiteral("administratorWorkspace"));
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);

    auto* intro = new QLabel(tr("<b>The store's directory</b> — everyone who may unlock Probitas on this "
                                "store: their role, the authority they hold and their certificate."),
                             this);
    intro->setWordWrap(true);
    layout->addWidget(intro);

    auto* actions = new QHBoxLayout;
    m_addButton = new QPushButton(tr("Add a &person…"), this);
    m_addButton->setObjectName(QStringLiteral("addPerson"));
    auto* signedNote =
        new QLabel(tr("Every change is signed with your identity and recorded in the audit trail."), this);
    signedNote->setObjectName(QStringLiteral("additionsSigned"));
    signedNote->setWordWrap(true);
    m_renewButton = new QPushButton(tr("Re&new the certificate…"), this);
    m_renewButton->setObjectName(QStringLiteral("renewCertificate"));
    m_removeButton = new QPushButton(tr("Remo&ve from the directory…"), this);
    m_removeButton->setObjectName(QStringLiteral("removePerson"));
    m_postingButton = new QPushButton(tr("Offi&cial posting…"), this);
    m_postingButton->setObjectName(QStringLiteral("statePosting"));
    m_postingButton->setToolTip(tr("The magistrate's posting decides where their declarations go, by when, "
                                   "and when they are destroyed."));
    actions->addWidget(m_addButton);
    actions->addWidget(m_postingButton);
    actions->addWidget(m_renewButton);
    actions->addWidget(m_removeButton);
    actions->addWidget(signedNote, 1);
    layout->addLayout(actions);

    // What magistrates asked of the administrator: shown only while a request awaits a decision.
    m_requestsBox = new QGroupBox(tr("Requests to change a posting"), this);
    m_requestsBox->setObjectName(QStringLiteral("postingRequestsBox"));
    auto* requestsLayout = new QVBoxLayout(m_requestsBox);
    m_requests = new QTableWidget(0, 4, m_requestsBox);
    m_requests->setObjectName(QStringLiteral("postingRequests"));
    m_requests->setAccessibleName(tr("Requests to change a posting"));
    m_requests->setHorizontalHeaderLabels(
        {tr("Magistrate"), tr("Posting asked for"), tr("Note"), tr("Asked on")});
    m_requests->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_requests->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_requests->setSelectionMode(QAbstractItemView::SingleSelection);
    m_requests->verticalHeader()->hide();
    m_requests->horizontalHeader()->setStretchLastSection(true);
    m_requests->setMaximumHeight(140);
    requestsLayout->addWidget(m_requests);
    auto* requestButtons = new QHBoxLayout;
    auto* requestsNote = new QLabel(tr("Granting makes the posting asked for the official one; the "
                                       "magistrate's next declarations follow it."),
                                    m_requestsBox);
    requestsNote->setWordWrap(true);
    m_grantButton = new QPushButton(tr("&Grant"), m_requestsBox);
    m_grantButton->setObjectName(QStringLiteral("grantRequest"));
    m_rejectButton = new QPushButton(tr("Re&ject…"), m_requestsBox);
    m_rejectButton->setObjectName(QStringLiteral("rejectRequest"));
    requestButtons->addWidget(requestsNote, 1);
    requestButtons->addWidget(m_grantButton);
    requestButtons->addWidget(m_rejectButton);
    requestsLayout->addLayout(requestButtons);
    m_requestsBox->hide();
    layout->addWidget(m_requestsBox);

    m_message = new QLabel(this);
    m_message->setObjectName(QStringLiteral("administratorMessage"));
    m_message->setWordWrap(true);
    m_message->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_message->hide();
    layout->addWidget(m_message);

    auto* searchRow = new QHBoxLayout;
    m_search = new QLineEdit(this);
    m_search->setObjectName(QStringLiteral("directorySearch"));
    m_search->setPlaceholderText(tr("Part of a name…"));
    m_search->setClearButtonEnabled(true);
    auto* searchLabel = new QLabel(tr("&Search:"), this);
    searchLabel->setBuddy(m_search);
    m_count = new QLabel(this);
    m_count->setObjectName(QStringLiteral("directoryCount"));
    m_busy = makeBusyBar(this, QStringLiteral("directoryBusy"), tr("Reading the directory from the server"));
    m_busy->setMaximumWidth(120);
    m_busy->setTextVisible(false);
    m_busy->hide();
    searchRow->addWidget(searchLabel);
    searchRow->addWidget(m_search, 1);
    searchRow->addWidget(m_busy);
    searchRow->addWidget(m_count);
    layout->addLayout(searchRow);

    m_model = new QStandardItemModel(0, ColumnCount, this);
    m_model->setHorizontalHeaderLabels({tr("Name"), tr("Role"), tr("Authority held"), tr("Official posting"),
                                        tr("Certificate key"), tr("Certificate valid until")});
    m_proxy = new QSortFilterProxyModel(this);
    m_proxy->setSourceModel(m_model);
    m_proxy->setSortRole(SortRole);
    m_proxy->setSortLocaleAware(true);
    m_proxy->setFilterKeyColumn(NameColumn);
    m_proxy->setFilterRole(FoldedNameRole);
    m_table = new QTableView(this);
    m_table->setObjectName(QStringLiteral("directory"));
    m_table->setAccessibleName(tr("Directory"));
    m_table->setModel(m_proxy);
    m_table->setSortingEnabled(true);
    m_table->sortByColumn(NameColumn, Qt::AscendingOrder);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->verticalHeader()->hide();
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_table->setWordWrap(false);
    layout->addWidget(m_table, 1);

    connect(m_addButton, &QPushButton::clicked, this, &AdministratorWorkspace::addPerson);
    connect(m_renewButton, &QPushButton::clicked, this, &AdministratorWorkspace::renewCertificate);
    connect(m_removeButton, &QPushButton::clicked, this, &AdministratorWorkspace::removePerson);
    connect(m_postingButton, &QPushButton::clicked, this, &AdministratorWorkspace::statePosting);
    connect(m_grantButton, &QPushButton::clicked, this, &AdministratorWorkspace::grantRequest);
    connect(m_rejectButton, &QPushButton::clicked, this, &AdministratorWorkspace::rejectRequest);
    connect(m_requests, &QTableWidget::itemSelectionChanged, this, &AdministratorWorkspace::updateActions);
    connect(m_table->selectionModel(), &QItemSelectionModel::selectionChanged, this,
            &AdministratorWorkspace::updateActions);
    connect(m_search, &QLineEdit::textChanged, this, &AdministratorWorkspace::applyFilter);
    refresh();
}

AdministratorWorkspace::~AdministratorWorkspace() = default;

// What the administrator's lists show, read from one store (the session's worker's, on a server): the
// directory, and the requests to change a posting (not read when the directory could not be).
struct AdministratorLists
{
    bool withDirectory = true; // false: the requests alone were read
    Result<QList<store::Person>> people = QList<store::Person>();
    Result<QList<store::PostingRequest>> requests = QList<store::PostingRequest>();
};

void AdministratorWorkspace::readLists(bool withDirectory, std::function<void()> then)
{
    // On a server, read in the background: the directory says it is being read meanwhile.
    m_busy->setVisible(m_session.worker != nullptr);
    ++m_reading;
    const crypto::Identity identity = m_session.identity;
    runOnStore<AdministratorLists>(
        m_session.worker.get(), *m_session.store, this,
        [identity, withDirectory](store::Store& store) -> Result<AdministratorLists> {
            AdministratorLists lists;
            lists.withDirectory = withDirectory;
            if (withDirectory) {
                lists.people = store.directory().people();
                if (!lists.people) {
                    return lists;
                }
            }
            lists.requests = store.postings().requests(identity, true);
            return lists;
        },
        [this, then = std::move(then)](const Result<AdministratorLists>& lists) {
            --m_reading;
            m_busy->setVisible(m_reading > 0 || m_stating > 0);
            if (lists->withDirectory) {
                fillDirectory(lists->people);
                if (lists->people) {
                    fillRequests(lists->requests);
                    updateActions();
                }
            } else {
                fillRequests(lists->requests);
            }
            if (then) {
                then();
            }
        });
}

template <typename T>
void AdministratorWorkspace::runStatement(std::function<Result<T>(store::Store&)> statement,
                                          std::function<void(const Result<T>&)> done)
{
    ++m_stating;
    m_busy->setVisible(m_session.worker != nullptr);
    updateActions();
    runOnStore<T>(m_session.worker.get(), *m_session.store, this, std::move(statement),
                  [this, done = std::move(done)](const Result<T>& result) {
                      --m_stating;
                      m_busy->setVisible(m_reading > 0 || m_stating > 0);
                      updateActions();
                      done(result);
                  });
}

void AdministratorWorkspace::refresh(std::function<void()> then)
{
    readLists(true, std::move(then));
}

void AdministratorWorkspace::fillDirectory(const Result<QList<store::Person>>& people)
{
    if (!people) {
        showMessage(tr("The directory cannot be read: %1").arg(people.error().message), true);
        return;
    }
    m_expired = 0;
    m_expiring = 0;
    m_model->removeRows(0, m_model->rowCount());
    for (const store::Person& person : *people) {
        const crypto::Certificate& certificate = person.certificate;
        QList<QStandardItem*> row;
        auto* name =
            cell(person.removedAt.isNull() ? person.name : tr("%1 (removed)").arg(person.name), person.name);
        name->setData(!person.removedAt.isNull(), RemovedRole);
        name->setData(person.role == store::Role::Declarant || person.role == store::Role::Authority,
                      MagistrateRole);
        name->setData(person.id, PersonIdRole);
        name->setData(folded(person.name), FoldedNameRole);
        name->setToolTip(
            tr("Certificate: %1\nIssued by: %2\nSHA-256: %3")
                .arg(certificate.subject(), certificate.issuer(), certificate.sha256FingerprintHex()));
        row << name;
        const QString role = capitalized(roleName(person.role));
        row << cell(role, role);
        const QString authority =
            person.authorityId.isEmpty()
                ? QString()
                : capitalized(authorityLabel(person.authorityId, JurisdictionDirectory::builtIn()));
        auto* authorityItem = cell(authority, authority);
        authorityItem->setToolTip(person.authorityId);
        row << authorityItem;
        const QString posting = person.profile ? postingSummary(*person.profile) : QString();
        row << cell(posting, posting);
        row << cell(certificate.keyDescription(), certificate.keyDescription());
        const CertificateState state = stateOf(certificate);
        auto* validUntil = cell(validUntilLabel(certificate, state), certificate.notAfter());
        switch (state) {
        case CertificateState::Expired:
            ++m_expired;
            validUntil->setData(QStringLiteral("expired"), CertificateStateRole);
            validUntil->setBackground(QColor(0xf8, 0xd7, 0xda));
            validUntil->setForeground(QColor(0x84, 0x20, 0x29));
            validUntil->setToolTip(
                tr("This certificate has expired: its holder can no longer sign with it."));
            break;
        case CertificateState::Expiring:
            ++m_expiring;
            validUntil->setData(QStringLiteral("expiring"), CertificateStateRole);
            validUntil->setBackground(QColor(0xff, 0xf3, 0xcd));
            validUntil->setForeground(QColor(0x66, 0x4d, 0x03));
            validUntil->setToolTip(
                tr("This certificate expires within %n day(s): its holder needs a new one.", nullptr,
                   kExpiringDays));
            break;
        case CertificateState::Valid:
            validUntil->setData(QStringLiteral("valid"), CertificateStateRole);
            break;
        }
        row << validUntil;
        m_model->appendRow(row);
    }
    m_table->resizeColumnsToContents();
    applyFilter();
}

void AdministratorWorkspace::fillRequests(const Result<QList<store::PostingRequest>>& pending)
{
    m_pending = pending ? *pending : QList<store::PostingRequest>();
    if (!pending) {
        showMessage(tr("The requests to change a posting cannot be read: %1").arg(pending.error().message),
                    true);
    }
    m_requests->setRowCount(0);
    for (const store::PostingRequest& request : m_pending) {
        const int row = m_requests->rowCount();
        m_requests->insertRow(row);
        m_requests->setItem(row, RequestNameColumn, new QTableWidgetItem(request.name));
        m_requests->setItem(row, RequestPostingColumn, new QTableWidgetItem(postingSummary(request.posting)));
        m_requests->setItem(row, RequestNoteColumn, new QTableWidgetItem(request.note));
        m_requests->setItem(row, RequestDateColumn, new QTableWidgetItem(dateLabel(request.requestedAt)));
    }
    m_requests->resizeColumnsToContents();
    m_requestsBox->setTitle(
        tr("Requests to change a posting (%n awaiting a decision)", nullptr, int(m_pending.size())));
    m_requestsBox->setVisible(!m_pending.isEmpty());
}

QString AdministratorWorkspace::selectedRequest() const
{
    const int row = m_requests->currentRow();
    if (row < 0 || row >= m_pending.size() || m_requests->selectedItems().isEmpty()) {
        return {};
    }
    return m_pending.at(row).id;
}

void AdministratorWorkspace::statePosting()
{
    const QModelIndexList rows = m_table->selectionModel()->selectedRows(NameColumn);
    if (rows.isEmpty() || !rows.front().data(MagistrateRole).toBool()) {
        return;
    }
    const QString personId = rows.front().data(PersonIdRole).toString();
    runStatement<store::Person>(
        [personId](store::Store& store) { return store.directory().personById(personId); },
        [this](const Result<store::Person>& person) {
            if (!person) {
                showMessage(person.error().message, true);
                return;
            }
            openPostingDialog(*person);
        });
}

void AdministratorWorkspace::openPostingDialog(const store::Person& person)
{
    auto* dialog = new PostingDialog(m_session, person, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QDialog::accepted, this, [this, dialog] {
        const store::Person stated = dialog->stated();
        refresh([this, stated] {
            selectPerson(stated.id);
            showMessage(tr("The official posting of %1 is now: %2.")
                            .arg(stated.name, stated.profile ? postingSummary(*stated.profile) : QString()),
                        false);
            emit personChanged(stated.id);
        });
    });
    dialog->open();
}

void AdministratorWorkspace::grantRequest()
{
    const QString id = selectedRequest();
    if (id.isEmpty()) {
        return;
    }
    const crypto::Identity identity = m_session.identity;
    runStatement<store::Person>(
        [identity, id](store::Store& store) { return store.postings().grant(identity, id); },
        [this](const Result<store::Person>& granted) {
            if (!granted) {
                showMessage(tr("The request was not granted: %1").arg(granted.error().message), true);
                return;
            }
            refresh([this, granted = *granted] {
                showMessage(
                    tr("The official posting of %1 is now: %2.")
                        .arg(granted.name, granted.profile ? postingSummary(*granted.profile) : QString()),
                    false);
                emit personChanged(granted.id);
            });
        });
}

void AdministratorWorkspace::rejectRequest()
{
    const QString id = selectedRequest();
    if (id.isEmpty()) {
        return;
    }
    const QString name = m_pending.at(m_requests->currentRow()).name;
    QString reason;
    if (rejectionReasonProvider) {
        reason = rejectionReasonProvider(name);
    } else {
        bool ok = false;
        reason = QInputDialog::getMultiLineText(
            this, tr("Reject the request"),
            tr("Why is the request of %1 rejected? They will read it.").arg(name), QString(), &ok);
        if (!ok) {
            return;
        }
    }
    if (reason.trimmed().isEmpty()) {
        return;
    }
    const crypto::Identity identity = m_session.identity;
    runStatement<store::PostingRequest>(
        [identity, id, reason](store::Store& store) { return store.postings().reject(identity, id, reason); },
        [this, name](const Result<store::PostingRequest>& rejected) {
            if (!rejected) {
                showMessage(tr("The request was not rejected: %1").arg(rejected.error().message), true);
                return;
            }
            readLists(false, [this, name] {
                updateActions();
                showMessage(tr("The request of %1 was rejected; the posting stays as it was.").arg(name),
                            false);
            });
        });
}

std::pair<QString, QString> AdministratorWorkspace::selectedPerson() const
{
    const QModelIndexList rows = m_table->selectionModel()->selectedRows(NameColumn);
    if (rows.isEmpty() || rows.front().data(RemovedRole).toBool()) {
        return {};
    }
    return {rows.front().data(PersonIdRole).toString(), rows.front().data(SortRole).toString()};
}

void AdministratorWorkspace::updateActions()
{
    // One statement at a time: the next one rests on the directory the last one left.
    const bool idle = m_stating == 0;
    const bool someone = idle && !selectedPerson().first.isEmpty();
    m_addButton->setEnabled(idle);
    m_renewButton->setEnabled(someone);
    m_removeButton->setEnabled(someone);
    const QModelIndexList rows = m_table->selectionModel()->selectedRows(NameColumn);
    m_postingButton->setEnabled(someone && rows.front().data(MagistrateRole).toBool());
    const bool request = idle && !selectedRequest().isEmpty();
    m_grantButton->setEnabled(request);
    m_rejectButton->setEnabled(request);
}

void AdministratorWorkspace::renewCertificate()
{
    const auto [personId, name] = selectedPerson();
    if (personId.isEmpty()) {
        return;
    }
    const QString path =
        certificateFileProvider
            ? certificateFileProvider()
            : QFileDialog::getOpenFileName(this, tr("The new certificate of %1").arg(name), QString(),
                                           tr("Certificates (*.pem *.crt *.cer *.der)"));
    if (path.isEmpty()) {
        return;
    }
    auto certificate = ReadCertificateCommand().run(path);
    if (!certificate) {
        showMessage(certificate.error().message, true);
        return;
    }
    const crypto::Identity identity = m_session.identity;
    runStatement<store::Person>(
        [identity, name, certificate = *certificate](store::Store& store) {
            return store.administration().renewCertificate(identity, name, certificate);
        },
        [this, personId, name, notAfter = certificate->notAfter()](const Result<store::Person>& renewed) {
            if (!renewed) {
                showMessage(
                    tr("The certificate of %1 was not renewed: %2").arg(name, renewed.error().message), true);
                return;
            }
            refresh([this, personId, name, notAfter] {
                selectPerson(personId);
                showMessage(
                    tr("%1 now signs with the new certificate (valid until %2); the former one no longer "
                       "acts.")
                        .arg(name, QLocale().toString(notAfter.toLocalTime().date(), QLocale::ShortFormat)),
                    false);
                emit personChanged(personId);
            });
        });
}

void AdministratorWorkspace::removePerson()
{
    const auto [personId, name] = selectedPerson();
    if (personId.isEmpty()) {
        return;
    }
    const bool confirmed =
        confirmRemoval
            ? confirmRemoval(name)
            : QMessageBox::question(
                  this, tr("Remove from the directory"),
                  tr("Remove %1 from the directory? They will no longer act in this store and nothing "
                     "more will be sealed for them; what they signed stays verifiable. This cannot "
                     "be undone: they can only be added again, as a new person.")
                      .arg(name)) == QMessageBox::Yes;
    if (!confirmed) {
        return;
    }
    const crypto::Identity identity = m_session.identity;
    runStatement<store::Person>(
        [identity, name](store::Store& store) { return store.administration().removePerson(identity, name); },
        [this, personId, name](const Result<store::Person>& removed) {
            if (!removed) {
                showMessage(tr("%1 was not removed: %2").arg(name, removed.error().message), true);
                return;
            }
            refresh([this, personId, name] {
                showMessage(tr("%1 was removed from the directory.").arg(name), false);
                emit personChanged(personId);
            });
        });
}

void AdministratorWorkspace::applyFilter()
{
    m_proxy->setFilterFixedString(folded(m_search->text()));
    const int total = m_model->rowCount();
    const int shown = m_proxy->rowCount();
    QStringList parts;
    parts << (shown == total ? tr("%n person(s) in the directory", nullptr, total)
                             : tr("%1 of %n person(s)", nullptr, total).arg(shown));
    if (m_expired > 0) {
        parts << tr("%n certificate(s) expired", nullptr, m_expired);
    }
    if (m_expiring > 0) {
        parts << tr("%n certificate(s) expiring within 90 days", nullptr, m_expiring);
    }
    m_count->setText(parts.join(QStringLiteral(" · ")));
}

void AdministratorWorkspace::selectPerson(const QString& personId)
{
    for (int pass = 0; pass < 2; ++pass) {
        for (int row = 0; row < m_proxy->rowCount(); ++row) {
            const QModelIndex index = m_proxy->index(row, NameColumn);
            if (index.data(PersonIdRole).toString() == personId) {
                m_table->selectRow(row);
                m_table->scrollTo(index);
                return;
            }
        }
        m_search->clear(); // the search hid them: show everyone
    }
}

void AdministratorWorkspace::showMessage(const QString& text, bool problem)
{
    m_message->setStyleSheet(problem ? errorStyle : successStyle);
    m_message->setText(text);
    m_message->setVisible(!text.isEmpty());
}

void AdministratorWorkspace::addPerson()
{
    auto* dialog = new AddPersonDialog(m_session, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->certificateFileProvider = certificateFileProvider;
    connect(dialog, &QDialog::accepted, this, [this, dialog] {
        const store::Person person = dialog->added();
        refresh([this, person] {
            selectPerson(person.id);
            const QString as = person.role == store::Role::Authority
                                   ? authorityLabel(person.authorityId, JurisdictionDirectory::builtIn())
                                   : roleName(person.role);
            showMessage(tr("%1 is now in the directory (%2).").arg(person.name, as), false);
            emit personAdded(person.id);
        });
    });
    dialog->open();
}

// ---- "Official posting…" ---------------------------------------------------------------------------------

PostingDialog::PostingDialog(Session& session, const store::Person& person, QWidget* parent)
    : QDialog(parent)
    , m_session(session)
    , m_person(person)
{
    setObjectName(QStringLiteral("postingDialog"));
    setWindowTitle(tr("Official posting of %1").arg(person.name));
    auto* layout = new QVBoxLayout(this);
    auto* intro =
        new QLabel(tr("The posting as the Journal officiel or the installation record states it. It "
                      "decides where the declarations of %1 go, by when, and when they are "
                      "destroyed; a declaration that states another situation is refused. It is "
                      "signed with your identity and recorded in the audit trail.")
                       .arg(person.name.toHtmlEscaped()),
                   this);
    intro->setWordWrap(true);
    layout->addWidget(intro);
    m_panel = new ObligationsPanel(this);
    m_panel->setPostingOnly(true);
    if (person.profile) {
        m_panel->setProfile(*person.profile);
    }
    layout->addWidget(m_panel);
    m_error = new QLabel(this);
    m_error->setObjectName(QStringLiteral("postingError"));
    m_error->setWordWrap(true);
    m_error->setStyleSheet(errorStyle);
    m_error->hide();
    layout->addWidget(m_error);
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    buttons->button(QDialogButtonBox::Ok)->setText(tr("&Sign and record"));
    layout->addWidget(buttons);
    m_wait.setButtons(buttons);
    connect(buttons, &QDialogButtonBox::accepted, this, &PostingDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &PostingDialog::reject);
}

void PostingDialog::accept()
{
    const auto posting = m_panel->profile();
    if (!posting) {
        m_error->setText(tr("The posting cannot be read: check the court and the seat."));
        m_error->show();
        return;
    }
    if (m_wait.isWaiting()) {
        return;
    }
    // Until the store answers, the posting is neither recorded nor abandoned: the dialog stays.
    m_wait.start(tr("Recording…"));
    m_error->hide();
    const crypto::Identity identity = m_session.identity;
    runOnStore<store::Person>(
        m_session.worker.get(), *m_session.store, this,
        [identity, name = m_person.name, posting = *posting](store::Store& store) {
            return store.postings().set(identity, name, posting);
        },
        [this](const Result<store::Person>& stated) {
            m_wait.end();
            if (!stated) {
                m_error->setText(tr("The posting was not recorded: %1").arg(stated.error().message));
                m_error->show();
                return;
            }
            m_stated = *stated;
            QDialog::accept();
        });
}

void PostingDialog::reject()
{
    if (!m_wait.isWaiting()) {
        QDialog::reject();
    }
}

void StoreAnswerWait::start(const QString& underWay)
{
    QPushButton* ok = m_buttons->button(QDialogButtonBox::Ok);
    m_okText = ok->text();
    ok->setText(underWay);
    m_buttons->setEnabled(false);
    m_waiting = true;
}

void StoreAnswerWait::end()
{
    m_waiting = false;
    m_buttons->setEnabled(true);
    m_buttons->button(QDialogButtonBox::Ok)->setText(m_okText);
}

// ---- "Add a person…" -------------------------------------------------------------------------------------

AddPersonDialog::AddPersonDialog(Session& session, QWidget* parent)
    : QDialog(parent)
    , m_session(session)
{
    setObjectName(QStringLiteral("addPersonDialog"));
    setWindowTitle(tr("Add a person to the directory"));
    auto* layout = new QVBoxLayout(this);
    auto* intro = new QLabel(tr("The person unlocks Probitas with the identity this certificate belongs to. "
                                "The addition is signed with your identity and recorded in the audit trail. "
                                "A magistrate's official posting is stated afterwards, with \"Official "
                                "posting…\"."),
                             this);
    intro->setWordWrap(true);
    layout->addWidget(intro);

    auto* form = new QFormLayout;
    m_name = new QLineEdit(this);
    m_name->setObjectName(QStringLiteral("personName"));
    m_name->setMaxLength(kNameLimit);
    m_name->setPlaceholderText(tr("As it is to appear, e.g. Hélène Durand-Lefèvre"));
    form->addRow(tr("&Name:"), m_name);

    m_role = new QComboBox(this);
    m_role->setObjectName(QStringLiteral("personRole"));
    for (store::Role role :
         {store::Role::Declarant, store::Role::Authority, store::Role::Auditor, store::Role::Admin}) {
        m_role->addItem(capitalized(roleName(role)), store::roleId(role));
    }
    form->addRow(tr("&Role:"), m_role);

    m_authority = new QComboBox(this);
    m_authority->setObjectName(QStringLiteral("personAuthority"));
    m_authority->setEditable(true);
    m_authority->setInsertPolicy(QComboBox::NoInsert);
    m_authority->setMinimumWidth(520);
    m_authority->setMaxVisibleItems(16);
    for (const KnownAuthority& authority : knownAuthorities()) {
        m_authority->addItem(authorityItemText(authority), authority.id);
    }
    m_authority->setCurrentIndex(-1);
    m_authority->lineEdit()->setPlaceholderText(tr("Type part of a court's seat or an authority id"));
    // Typing "Nanterre" offers the heads of the courts of Nanterre, wherever the word is.
    auto* completer = new QCompleter(m_authority->model(), m_authority);
    completer->setCaseSensitivity(Qt::CaseInsensitive);
    completer->setFilterMode(Qt::MatchContains);
    completer->setCompletionMode(QCompleter::PopupCompletion);
    m_authority->setCompleter(completer);
    form->addRow(tr("Au&thority:"), m_authority);
    m_authorityHint = new QLabel(this);
    m_authorityHint->setObjectName(QStringLiteral("authorityHint"));
    m_authorityHint->setWordWrap(true);
    m_authorityHint->setStyleSheet(QStringLiteral("color: #664d03;"));
    m_authorityHint->hide();
    form->addRow(QString(), m_authorityHint);

    auto* certificateRow = new QHBoxLayout;
    m_certificatePath = new QLineEdit(this);
    m_certificatePath->setObjectName(QStringLiteral("certificatePath"));
    m_certificatePath->setReadOnly(true);
    m_certificatePath->setAccessibleName(tr("Certificate file"));
    m_certificatePath->setPlaceholderText(tr("No certificate chosen"));
    m_chooseCertificate = new QPushButton(tr("Certificate &file…"), this);
    m_chooseCertificate->setObjectName(QStringLiteral("chooseCertificate"));
    m_chooseCertificate->setToolTip(
        tr("The person's X.509 certificate, PEM or DER (not their identity file)."));
    certificateRow->addWidget(m_certificatePath, 1);
    certificateRow->addWidget(m_chooseCertificate);
    form->addRow(tr("Certificate:"), certificateRow);
    m_certificateDetails = new QLabel(this);
    m_certificateDetails->setObjectName(QStringLiteral("certificateDetails"));
    m_certificateDetails->setWordWrap(true);
    m_certificateDetails->setAlignment(Qt::AlignLeft | Qt::AlignTop);
    m_certificateDetails->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_certificateDetails->hide();
    form->addRow(QString(), m_certificateDetails);
    layout->addLayout(form);

    m_error = new QLabel(this);
    m_error->setObjectName(QStringLiteral("dialogError"));
    m_error->setWordWrap(true);
    m_error->setStyleSheet(errorStyle);
    m_error->hide();
    layout->addWidget(m_error);

    auto* box = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    m_wait.setButtons(box);
    box->button(QDialogButtonBox::Ok)->setText(tr("A&dd to the directory"));
    box->button(QDialogButtonBox::Cancel)->setText(tr("Cancel"));
    connect(box, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(box, &QDialogButtonBox::rejected, this, &QDialog::reject);
    layout->addWidget(box);

    connect(m_role, &QComboBox::currentIndexChanged, this, &AddPersonDialog::onRoleChanged);
    connect(m_authority, &QComboBox::currentTextChanged, this, &AddPersonDialog::showAuthorityHint);
    connect(m_chooseCertificate, &QPushButton::clicked, this, &AddPersonDialog::chooseCertificate);
    connect(m_name, &QLineEdit::textEdited, m_error, &QWidget::hide);
    onRoleChanged();
    resize(760, sizeHint().height());
}

store::Role AddPersonDialog::role() const
{
    return store::roleFromId(m_role->currentData().toString()).value_or(store::Role::Declarant);
}

QString AddPersonDialog::authorityId() const
{
    const QString text = m_authority->currentText().trimmed();
    if (text.isEmpty()) {
        return {};
    }
    // A chosen line stands for its id; a typed id is taken as typed.
    const int index = m_authority->findText(text);
    return index >= 0 ? m_authority->itemData(index).toString() : text;
}

void AddPersonDialog::onRoleChanged()
{
    const bool authority = role() == store::Role::Authority;
    m_authority->setEnabled(authority);
    m_authority->setToolTip(authority ? QString() : tr("Only an authority holds an authority id."));
    showAuthorityHint();
    m_error->hide();
}

void AddPersonDialog::showAuthorityHint()
{
    const QString id = authorityId();
    const bool known = std::any_of(knownAuthorities().begin(), knownAuthorities().end(),
                                   [&id](const KnownAuthority& authority) { return authority.id == id; });
    const bool warn = role() == store::Role::Authority && !id.isEmpty() && !known;
    m_authorityHint->setText(
        warn ? tr("%1 is not a known authority id: no declaration is filed or forwarded to it.").arg(id)
             : QString());
    m_authorityHint->setVisible(warn);
}

void AddPersonDialog::chooseCertificate()
{
    const QString path = certificateFileProvider
                             ? certificateFileProvider()
                             : QFileDialog::getOpenFileName(this, tr("The person's certificate"), QString(),
                                                            tr("Certificates (*.pem *.crt *.cer *.der);;All "
                                                               "files (*)"));
    if (!path.isEmpty()) {
        loadCertificate(path);
    }
}

void AddPersonDialog::loadCertificate(const QString& path)
{
    m_certificatePath->setText(QDir::toNativeSeparators(path));
    auto certificate = ReadCertificateCommand().run(path);
    if (!certificate) {
        m_certificate = {};
        m_certificateProblem = tr("Certificate: %1").arg(certificate.error().message);
        m_certificateDetails->hide();
        showError(m_certificateProblem, m_chooseCertificate);
        return;
    }
    m_certificate = *certificate;
    m_certificateProblem.clear();
    m_error->hide();
    QString details =
        tr("<b>Subject:</b> %1<br><b>Key:</b> %2<br><b>Valid:</b> from %3 until %4")
            .arg(m_certificate.subject().toHtmlEscaped(), m_certificate.keyDescription().toHtmlEscaped(),
                 dateLabel(m_certificate.notBefore()), dateLabel(m_certificate.notAfter()));
    switch (stateOf(m_certificate)) {
    case CertificateState::Expired:
        details += QStringLiteral("<br><span style='color: #b02a37;'>%1</span>")
                       .arg(tr("This certificate has expired: its holder could not sign with it."));
        break;
    case CertificateState::Expiring:
        details += QStringLiteral("<br><span style='color: #664d03;'>%1</span>")
                       .arg(tr("This certificate expires within %n day(s).", nullptr, kExpiringDays));
        break;
    case CertificateState::Valid:
        break;
    }
    m_certificateDetails->setText(details);
    m_certificateDetails->show();
    fitHeight();
    if (m_name->text().trimmed().isEmpty()) {
        m_name->setText(m_certificate.commonName());
    }
}

AddPersonDialog::Problem AddPersonDialog::findProblem() const
{
    if (m_name->text().trimmed().isEmpty()) {
        return {tr("Name: type the person's name."), m_name};
    }
    if (role() == store::Role::Authority && authorityId().isEmpty()) {
        return {tr("Authority: choose the authority this person holds."), m_authority};
    }
    if (m_certificate.isNull()) {
        return {m_certificateProblem.isEmpty() ? tr("Certificate: choose the person's certificate file.")
                                               : m_certificateProblem,
                m_chooseCertificate};
    }
    return {};
}

QString AddPersonDialog::problem() const
{
    return findProblem().text;
}

void AddPersonDialog::fitHeight()
{
    // Wrapped labels that appear (the certificate's details, an error) need room the window does not take
    // by itself.
    layout()->activate();
    const int wanted = layout()->hasHeightForWidth() ? layout()->totalHeightForWidth(width())
                                                     : layout()->totalSizeHint().height();
    if (wanted > height()) {
        resize(width(), wanted);
    }
}

void AddPersonDialog::showError(const QString& text, QWidget* field)
{
    m_error->setText(text);
    m_error->setVisible(!text.isEmpty());
    fitHeight();
    if (field) {
        field->setFocus();
    }
}

void AddPersonDialog::accept()
{
    if (const Problem found = findProblem(); !found.text.isEmpty()) {
        showError(found.text, found.field);
        return;
    }
    if (m_wait.isWaiting()) {
        return;
    }
    // Until the store answers, the person is neither added nor abandoned: the dialog stays.
    m_wait.start(tr("Adding…"));
    AddPersonCommand(m_session).run(
        {m_name->text().simplified(), role(), authorityId(), m_certificate}, this,
        [this](const Result<store::Person>& added) {
            m_wait.end();
            if (!added) {
                // Nothing was added: the store refused the whole transaction.
                showError(QStringLiteral("%1.").arg(capitalized(added.error().message)));
                return;
            }
            m_added = *added;
            QDialog::accept();
        });
}

void AddPersonDialog::reject()
{
    if (!m_wait.isWaiting()) {
        QDialog::reject();
    }
}

} // namespace probitas::gui
