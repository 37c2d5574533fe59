#include "AuthorityCommands.h"

#include "Clock.h"
#include "CountsChart.h"
#include "DeclarationPdf.h"
#include "DocumentPdf.h"
#include "Jurisdictions.h"
#include "Obligations.h"
#include "Receipt.h"
#include "SaveFile.h"
#include "TextFolding.h"

#include <QCryptographicHash>
#include <QLocale>
#include <QSaveFile>
#include <QtConcurrent/QtConcurrentRun>
#include <algorithm>
#include <map>

namespace probitas::gui {

namespace {

Result<Declaration> openAndDecode(store::Store& store, const QString& id, const crypto::Identity& identity)
{
    auto bytes = store.declarations().open(id, identity);
    if (!bytes) {
        return bytes.error();
    }
    return DeclarationCodec::decode(bytes->toByteArrayUnwiped());
}

} // namespace

QString capitalized(QString text)
{
    if (!text.isEmpty()) {
        text[0] = text.at(0).toUpper();
    }
    return text;
}

QString InboxEntry::statusLabel() const
{
    QString label;
    if (forwarded) {
        label = InboxCommand::tr("forwarded to you");
    } else if (!receiptProblem.isEmpty()) {
        label = InboxCommand::tr("receipt not valid");
    } else if (acknowledgedByMe) {
        label = InboxCommand::tr("acknowledged");
    } else {
        label = InboxCommand::tr("to acknowledge");
    }
    switch (record.status) {
    case store::DeclarationStatus::Superseded:
        return InboxCommand::tr("%1, superseded by a newer version").arg(label);
    case store::DeclarationStatus::Destroyed:
        return InboxCommand::tr("destroyed (retention period over)");
    case store::DeclarationStatus::Filed:
    case store::DeclarationStatus::ReceiptHeld:
        break;
    }
    return label;
}

bool InboxEntry::mayAcknowledge() const
{
    return !forwarded && !acknowledgedByMe && record.status != store::DeclarationStatus::Destroyed;
}

QString dateTimeLabel(const QDateTime& at)
{
    if (!at.isValid()) {
        return QStringLiteral("—");
    }
    const QDateTime local = at.toLocalTime();
    return InboxCommand::tr("%1 at %2")
        .arg(QLocale().toString(local.date(), QStringLiteral("dd/MM/yyyy")),
             QLocale().toString(local.time(), QStringLiteral("HH:mm")));
}

// ---- inbox -----------------------------------------------------------------------------------------------

Result<QList<InboxEntry>> InboxCommand::run() const
{
    return readIn(*m_session.store, m_session.identity, m_session.person);
}

Result<QList<InboxEntry>> InboxCommand::readIn(const store::Store& store, const crypto::Identity& identity,
                                               const store::Person& person)
{
    auto records = store.declarations().list(identity);
    if (!records) {
        return records.error();
    }
    // Read or unread: this person's own "open" entries in the audit trail, which it may always see.
    auto audit = store.audit().log(identity);
    if (!audit) {
        return audit.error();
    }
    std::map<QString, QDateTime> lastOpened;
    for (const store::AuditEntry& entry : *audit) {
        if (entry.action == QLatin1String("open") && entry.actorId == person.id) {
            QDateTime& at = lastOpened[entry.declarationId];
            at = std::max(at, entry.at);
        }
    }
    QList<InboxEntry> inbox;
    for (const store::DeclarationRecord& record : *records) {
        if (record.declarantId == person.id) {
            continue; // the holder's own declarations are in "My declarations"
        }
        InboxEntry entry;
        entry.record = record;
        entry.forwarded = !record.recipients.contains(person.authorityId);
        if (const auto found = lastOpened.find(record.id); found != lastOpened.end()) {
            entry.openedByMeAt = found->second;
        }
        if (!entry.forwarded) {
            // The store verifies the receipt: one that is not this authority's own is held but not valid.
            auto receipt = store.declarations().receipt(record.id, person.id);
            entry.acknowledgedByMe = receipt || receipt.error().code != store::errors::NotFound;
            if (!receipt && entry.acknowledgedByMe) {
                entry.receiptProblem = receipt.error().message;
            }
        }
        inbox << entry;
    }
    return inbox;
}

std::optional<store::DeclarationRecord> InboxCommand::previousOf(const store::DeclarationRecord& record,
                                                                 const QList<InboxEntry>& inbox)
{
    if (!record.supersedes.isEmpty()) {
        for (const InboxEntry& entry : inbox) {
            if (entry.record.id == record.supersedes) {
                return entry.record;
            }
        }
    }
    std::optional<store::DeclarationRecord> previous;
    for (const InboxEntry& entry : inbox) {
        const store::DeclarationRecord& other = entry.record;
        if (other.id != record.id && other.declarantId == record.declarantId && other.kind == record.kind &&
            other.filedAt < record.filedAt && (!previous || other.filedAt > previous->filedAt)) {
            previous = other;
        }
    }
    return previous;
}

// ---- opening, acknowledging ------------------------------------------------------------------------------

OpenForReviewCommand::OpenForReviewCommand(Session& session, QObject* parent)
    : QObject(parent)
    , m_session(session)
{
    connect(&m_watcher, &QFutureWatcher<Result<OpenedForReview>>::finished, this,
            [this] { emit finished(m_watcher.result()); });
}

void OpenForReviewCommand::run(const QString& id, const QString& previousId)
{
    const store::Location location = m_session.store->connection().location();
    const crypto::Identity identity = m_session.identity;
    m_watcher.setFuture(QtConcurrent::run([location, identity, id, previousId]() -> Result<OpenedForReview> {
        // A Store belongs to the thread that opened it: the worker has its own.
        auto store = store::Store::open(location);
        if (!store) {
            return store.error();
        }
        auto declaration = openAndDecode(**store, id, identity);
        if (!declaration) {
            return declaration.error();
        }
        OpenedForReview opened{id, std::move(declaration).value(), std::nullopt, previousId, {}};
        if (!previousId.isEmpty()) {
            auto previous = openAndDecode(**store, previousId, identity);
            if (previous) {
                opened.previous = std::move(previous).value();
            } else {
                opened.previousProblem = previous.error().message;
            }
        }
        return opened;
    }));
}

AcknowledgeCommand::AcknowledgeCommand(Session& session, QObject* parent)
    : QObject(parent)
    , m_session(session)
{
    connect(&m_watcher, &QFutureWatcher<Result<QByteArray>>::finished, this,
            [this] { emit finished(m_watcher.result()); });
}

void AcknowledgeCommand::run(const QString& id)
{
    const store::Location location = m_session.store->connection().location();
    const crypto::Identity identity = m_session.identity;
    m_watcher.setFuture(QtConcurrent::run([location, identity, id]() -> Result<QByteArray> {
        auto store = store::Store::open(location);
        if (!store) {
            return store.error();
        }
        return (*store)->declarations().acknowledge(id, identity);
    }));
}

Result<store::Bordereau> BordereauCommand::run(const QString& id) const
{
    return m_session.store->declarations().bordereau(id, m_session.identity);
}

// ---- receipts --------------------------------------------------------------------------------------------

Result<ReceiptDocument> ReceiptDocumentCommand::run(const store::DeclarationRecord& record) const
{
    auto receipt = m_session.store->declarations().receipt(record.id, m_session.person.id);
    if (!receipt) {
        return receipt.error().code == store::errors::NotFound
                   ? Error::unusable(tr("You have not acknowledged this declaration yet."),
                                     receipt.error().code)
                   : receipt.error();
    }
    // The receipt names the envelope by its hash: verify it against the envelope the store holds.
    auto envelope = m_session.store->declarations().exportEnvelope(record.id, m_session.identity);
    if (!envelope) {
        return envelope.error();
    }
    auto declarant = m_session.store->directory().personById(record.declarantId);
    if (!declarant) {
        return declarant.error();
    }
    // The store checked it against the directory; checked here again against this identity itself, so that
    // the document names as its signer only the authority that signed it.
    crypto::ReceiptExpectations expected;
    expected.declarant = declarant->certificate;
    expected.authority = m_session.identity.certificate();
    expected.authorityId = m_session.person.authorityId;
    auto contents =
        crypto::Receipt::verify(*receipt, *envelope, {m_session.identity.certificate()}, expected);
    if (!contents) {
        return contents.error();
    }
    ReceiptDocument document;
    document.declarationId = record.id;
    document.declarant = record.declarant;
    document.declarantSubject = contents->declarantSubject;
    document.kind = record.kind;
    document.event = record.event;
    document.filedAt = record.filedAt;
    document.authority = capitalized(authorityLabel(contents->authorityId, JurisdictionDirectory::builtIn()));
    document.authoritySigner = m_session.person.name;
    document.authoritySubject = contents->authority.subject();
    document.receivedAt = contents->receivedAt;
    document.envelopeSha256 = QString::fromLatin1(contents->envelopeSha256.toHex());
    document.receiptSha256 =
        QString::fromLatin1(QCryptographicHash::hash(*receipt, QCryptographicHash::Sha256).toHex());
    document.verifiedAt = Clock::nowUtc();
    return document;
}

Status ReceiptDocumentCommand::exportPdf(const store::DeclarationRecord& record, const QString& path) const
{
    auto document = run(record);
    if (!document) {
        return document.error();
    }
    return exportReceiptPdf(*document, path);
}

// ---- compliance ------------------------------------------------------------------------------------------

Result<std::vector<FollowedMagistrate>> ComplianceCommand::fromDirectory(const store::Store& store,
                                                                         const store::Person& authority)
{
    // Chosen on their verified statements, their rows then checked: none can be edited off the dashboard.
    auto people = store.directory().peopleFollowedBy(authority.authorityId);
    if (people) {
        people = store.directory().withDeclaredChanges(*people);
    }
    if (!people) {
        return people.error();
    }
    auto regime = store.directory().regime();
    if (!regime) {
        return regime.error();
    }
    std::vector<FollowedMagistrate> magistrates;
    for (const store::Person& person : *people) {
        const auto obliged = person.obligationsProfile();
        if (obliged && person.id != authority.id &&
            routesTo(*obliged, authority.authorityId, regime->regime)) {
            magistrates.push_back({person.name, person.id, *obliged});
        }
    }
    return magistrates;
}

Result<std::vector<FollowedMagistrate>> ComplianceCommand::fromRoster(const store::Store& store,
                                                                      const std::vector<RosterEntry>& roster)
{
    auto people = store.directory().people();
    if (people) {
        people = store.directory().withDeclaredChanges(*people);
    }
    if (!people) {
        return people.error();
    }
    std::map<QString, QString> byName;
    for (const store::Person& person : *people) {
        byName[text::fold(person.name)] = person.id;
    }
    std::vector<FollowedMagistrate> magistrates;
    for (const RosterEntry& entry : roster) {
        const auto found = byName.find(text::fold(entry.name));
        magistrates.push_back({entry.name, found == byName.end() ? QString() : found->second, entry.profile});
    }
    return magistrates;
}

Result<ComplianceReport> ComplianceCommand::run(const store::Store& store, const crypto::Identity& identity,
                                                const QString& authorityId,
                                                const std::vector<FollowedMagistrate>& magistrates,
                                                QDate today)
{
    // Filed to this authority (a forward reached it, but was not owed to it), as the policy lets it list
    // them.
    auto filings = store.declarations().filingsFiledTo(identity);
    if (!filings) {
        return filings.error();
    }
    // Under the store's regime, as the directory followed them.
    auto regime = store.directory().regime();
    if (!regime) {
        return regime.error();
    }
    return computeCompliance(magistrates, *filings, authorityId, today, regime->regime);
}

// ---- exports ---------------------------------------------------------------------------------------------

QByteArray ExportComplianceCommand::csv(const ComplianceTable& table)
{
    auto quoted = [](QString value) {
        if (value.contains(QLatin1Char(';')) || value.contains(QLatin1Char('"')) ||
            value.contains(QLatin1Char('\n'))) {
            value.replace(QLatin1Char('"'), QStringLiteral("\"\""));
            return QLatin1Char('"') + value + QLatin1Char('"');
        }
        return value;
    };
    QString text;
    auto line = [&](const QStringList& cells) {
        QStringList out;
        for (const QString& cell : cells) {
            out << quoted(cell);
        }
        text += out.join(QLatin1Char(';')) + QStringLiteral("\r\n");
    };
    line(table.headers);
    for (const QStringList& row : table.rows) {
        line(row);
    }
    return QByteArray("\xEF\xBB\xBF") + text.toUtf8();
}

Status ExportComplianceCommand::writeCsv(const ComplianceTable& table, const QString& path)
{
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly)) {
        return Error::environment(tr("Cannot write %1: %2").arg(path, file.errorString()));
    }
    file.setPermissions(QFileDevice::ReadOwner | QFileDevice::WriteOwner);
    const QByteArray bytes = csv(table);
    if (file.write(bytes) != bytes.size()) {
        return Error::environment(tr("Cannot write %1: %2").arg(path, file.errorString()));
    }
    if (const QString reason = whyNotCommitted(file); !reason.isEmpty()) {
        return Error::environment(tr("Cannot write %1: %2").arg(path, reason));
    }
    return success();
}

Status ExportComplianceCommand::writePdf(const ComplianceTable& table, const QString& path)
{
    const QString generatedAt =
        QLocale().toString(Clock::nowUtc().toLocalTime(), QStringLiteral("dd/MM/yyyy HH:mm"));
    const QList<CountsChart::Bar> bars = {
        {tr("Due"), table.counts.due, QColor(0x5b, 0x7d, 0xb1)},
        {tr("Filed"), table.counts.filed, QColor(0x3b, 0x8e, 0xd0)},
        {tr("Late"), table.counts.late, QColor(0xc0, 0x39, 0x2b)},
        {tr("On time"), table.counts.onTime, QColor(0x2e, 0x8b, 0x57)},
    };
    QFont font(QStringLiteral("DejaVu Sans"));
    font.setPixelSize(26);
    PdfPage page;
    page.title = table.title;
    page.heading = table.title;
    page.generatedAt = generatedAt;
    page.notice = confidentialityNotice(table.noticeKind);
    page.landscape = true;
    page.images.insert(QUrl(QStringLiteral("chart:counts")),
                       CountsChart::image(bars, QSize(1200, 420), font));

    QString html = QStringLiteral("<html><body>");
    html += QStringLiteral("<h1>%1</h1>").arg(table.title.toHtmlEscaped());
    html +=
        QStringLiteral("<p>%1</p>")
            .arg(tr("Source: %1. Situation on %2; days late are counted from the deadline to the filing, or "
                    "to that day when nothing is filed.")
                     .arg(table.source, QLocale().toString(Clock::today(), QStringLiteral("dd/MM/yyyy")))
                     .toHtmlEscaped());
    html += QStringLiteral("<p>%1</p>")
                .arg(tr("Due: %1 — filed: %2 — late: %3 — on time: %4")
                         .arg(table.counts.due)
                         .arg(table.counts.filed)
                         .arg(table.counts.late)
                         .arg(table.counts.onTime)
                         .toHtmlEscaped());
    html += QStringLiteral("<p><img src=\"chart:counts\" width=\"480\" height=\"168\"/></p>");
    html += QStringLiteral("<table width=\"100%\" border=\"1\" cellspacing=\"0\" cellpadding=\"3\" "
                           "style=\"border-collapse: collapse; border-color: #8a94a6;\"><tr>");
    for (const QString& header : table.headers) {
        html += QStringLiteral("<th style=\"background-color: #e8ecf2; text-align: left;\">%1</th>")
                    .arg(header.toHtmlEscaped());
    }
    html += QStringLiteral("</tr>");
    for (const QStringList& row : table.rows) {
        html += QStringLiteral("<tr>");
        for (const QString& cell : row) {
            html += QStringLiteral("<td>%1</td>").arg(cell.toHtmlEscaped());
        }
        html += QStringLiteral("</tr>");
    }
    if (table.rows.isEmpty()) {
        html += QStringLiteral("<tr><td colspan=\"%1\">%2</td></tr>")
                    .arg(table.headers.size())
                    .arg(tr("No declaration matches the filter.").toHtmlEscaped());
    }
    html += QStringLiteral("</table></body></html>");
    return exportHtmlPdf(html, page, path);
}

} // namespace probitas::gui
