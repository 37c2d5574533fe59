#pragma once

// The authority's commands: the inbox, opening a declaration for review (with its previous version) off the
// GUI thread, the acknowledgement, the receipt as a document, and the compliance dashboard's data and
// exports. Views call these; only these call the store and the cryptography.
#include "Commands.h"
#include "Compliance.h"
#include "ReceiptPdf.h"
#include "Roster.h"

#include <QCoreApplication>
#include <QFutureWatcher>
#include <QObject>
#include <optional>

namespace probitas::gui {

// "déclaration d'intérêts" -> "Déclaration d'intérêts".
QString capitalized(QString text);
// "12/03/2026 à 10:15", in local time.
QString dateTimeLabel(const QDateTime& at);

// One line of the authority's inbox: the metadata and what this authority did with it.
struct InboxEntry
{
    store::DeclarationRecord record;
    bool forwarded = false;        // reached this authority by a forward, not by filing
    QDateTime openedByMeAt;        // the latest "open" by this person in the audit trail; invalid: unread
    bool acknowledgedByMe = false; // a receipt of this authority is held, valid or not
    QString receiptProblem;        // why the receipt held is not valid (the store refuses it); empty if valid

    bool unread() const { return !openedByMeAt.isValid(); }
    // What this authority has to do with it: "to acknowledge", "acknowledged", "forwarded to you",
    // "superseded by a newer version"...
    QString statusLabel() const;
    bool mayAcknowledge() const;
};

class InboxCommand
{
    Q_DECLARE_TR_FUNCTIONS(InboxCommand)

public:
    explicit InboxCommand(Session& session)
        : m_session(session)
    {}
    // The declarations filed or forwarded to this authority (not its holder's own), oldest first.
    Result<QList<InboxEntry>> run() const;
    // The same, read from `store` (a worker's) for `identity`, the authority `person`.
    static Result<QList<InboxEntry>> readIn(const store::Store& store, const crypto::Identity& identity,
                                            const store::Person& person);
    // The version before `entry` of the same declarant and kind: the one it supersedes when visible, else
    // the latest filed before it.
    static std::optional<store::DeclarationRecord> previousOf(const store::DeclarationRecord& record,
                                                              const QList<InboxEntry>& inbox);

private:
    Session& m_session;
};

// A declaration and the version before it, opened (and each opening audited) off the GUI thread, on a
// Store of the worker's own.
struct OpenedForReview
{
    QString id;
    Declaration declaration;
    std::optional<Declaration> previous;
    QString previousId;
    QString previousProblem; // why the previous version could not be opened, if it could not
};

class OpenForReviewCommand : public QObject
{
    Q_OBJECT

public:
    explicit OpenForReviewCommand(Session& session, QObject* parent = nullptr);
    void run(const QString& id, const QString& previousId);
    bool isRunning() const { return m_watcher.isRunning(); }
    void waitForFinished() { m_watcher.waitForFinished(); }

signals:
    void finished(const probitas::Result<probitas::gui::OpenedForReview>& result);

private:
    Session& m_session;
    QFutureWatcher<Result<OpenedForReview>> m_watcher;
};

// The authority's receipt (Declarations::acknowledge), off the GUI thread.
class AcknowledgeCommand : public QObject
{
    Q_OBJECT

public:
    explicit AcknowledgeCommand(Session& session, QObject* parent = nullptr);
    void run(const QString& id);
    bool isRunning() const { return m_watcher.isRunning(); }

signals:
    void finished(const probitas::Result<QByteArray>& receipt);

private:
    Session& m_session;
    QFutureWatcher<Result<QByteArray>> m_watcher;
};

// The bordereau d'émargement of one declaration.
class BordereauCommand
{
public:
    explicit BordereauCommand(Session& session)
        : m_session(session)
    {}
    Result<store::Bordereau> run(const QString& id) const;

private:
    Session& m_session;
};

// The receipt this authority gave for a declaration, verified, as a document; and its PDF.
class ReceiptDocumentCommand
{
    Q_DECLARE_TR_FUNCTIONS(ReceiptDocumentCommand)

public:
    explicit ReceiptDocumentCommand(Session& session)
        : m_session(session)
    {}
    Result<ReceiptDocument> run(const store::DeclarationRecord& record) const;
    Status exportPdf(const store::DeclarationRecord& record, const QString& path) const;

private:
    Session& m_session;
};

// The magistrates under this authority (`authority`, the session's person) and what they owe it, from the
// directory or an imported roster, read from `store` (the session's, or its worker's on a server).
class ComplianceCommand
{
    Q_DECLARE_TR_FUNCTIONS(ComplianceCommand)

public:
    // Declarants of the directory whose obligations route (at least one) to this authority.
    static Result<std::vector<FollowedMagistrate>> fromDirectory(const store::Store& store,
                                                                 const store::Person& authority);
    // The roster's magistrates, matched to the directory by name (case and accents aside).
    static Result<std::vector<FollowedMagistrate>> fromRoster(const store::Store& store,
                                                              const std::vector<RosterEntry>& roster);
    // Matched with the filings to this authority, on `today`.
    static Result<ComplianceReport> run(const store::Store& store, const crypto::Identity& identity,
                                        const QString& authorityId,
                                        const std::vector<FollowedMagistrate>& magistrates, QDate today);
};

// The compliance table as the dashboard shows it (filtered, sorted), for the exports.
struct ComplianceTable
{
    QString title;  // "Conformité — président du tribunal judiciaire de Nanterre"
    QString source; // "annuaire du dépôt" or the roster's file name
    QStringList headers;
    QList<QStringList> rows;
    ComplianceCounts counts;
    DeclarationKind noticeKind = DeclarationKind::Interets; // whose confidentiality notice the PDF carries
};

class ExportComplianceCommand
{
    Q_DECLARE_TR_FUNCTIONS(ExportComplianceCommand)

public:
    // UTF-8 with BOM, ';'-separated, RFC 4180 quotes: what French spreadsheets open as they are.
    static QByteArray csv(const ComplianceTable& table);
    static Status writeCsv(const ComplianceTable& table, const QString& path);
    // The table, the counts and their chart on A4 landscape, with the confidentiality notice on every page.
    static Status writePdf(const ComplianceTable& table, const QString& path);
};

} // namespace probitas::gui
