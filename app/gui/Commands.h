#pragma once

// The GUI's commands: one small class per user action. Views call these; only these call the store and the
// cryptography. Slow work (key derivation, store creation) runs on the global thread pool.
#include "Declaration.h"
#include "DeclarationPdf.h"
#include "Demo.h"
#include "DraftOutbox.h"
#include "Identity.h"
#include "Result.h"
#include "SecureBytes.h"
#include "Store.h"
#include "StoreWorker.h"

#include <QCoreApplication>
#include <QFutureWatcher>
#include <QLoggingCategory>
#include <QObject>
#include <QTimer>
#include <memory>

Q_DECLARE_LOGGING_CATEGORY(lcGui)

namespace probitas::gui {

// What the application is working with once unlocked.
struct Session
{
    std::unique_ptr<store::Store> store;
    // A server store's background work (autosave, lists), with a Store of its own; null for a local file,
    // whose work stays on the GUI thread.
    std::unique_ptr<StoreWorker> worker;
    crypto::Identity identity;
    store::Person person;
};

// "declarant", "authority", "auditor", "administrator", as people read them.
QString roleName(store::Role role);
// "filed, awaiting acknowledgement", "receipt held", "superseded", "destroyed", as people read them.
QString declarationStatusLabel(store::DeclarationStatus status);

struct StartResult
{
    bool createdDemo = false;
    bool emptyStore = false; // a PostgreSQL database with no store in it: left as it is
};

// Opens (migrating) the store at `storePath` off the GUI thread; when it names a SQLite file that does not
// exist yet, creates the demo organisation in it and its identities in `demoDirectory`. A PostgreSQL
// database with no store in it is reported empty and left untouched (no schema, no demo). The Store itself
// is reopened on the GUI thread afterwards (a Store belongs to the thread that opened it).
class StartCommand : public QObject
{
    Q_OBJECT

public:
    StartCommand(QString storePath, QString demoDirectory, QObject* parent = nullptr);
    // The server's password typed by the person (null: libpq's own sources), for the store's Location.
    void setPassword(std::shared_ptr<const crypto::SecureBytes> password)
    {
        m_password = std::move(password);
    }
    // The person's seal identity, unlocked, that logs in to the server instead of a password (null: none).
    void setClientIdentity(std::shared_ptr<const crypto::Identity> identity)
    {
        m_clientIdentity = std::move(identity);
    }
    void run();

signals:
    void finished(const probitas::Result<probitas::gui::StartResult>& result);

private:
    QString m_storePath;
    QString m_demoDirectory;
    std::shared_ptr<const crypto::SecureBytes> m_password;
    std::shared_ptr<const crypto::Identity> m_clientIdentity;
    QFutureWatcher<Result<StartResult>> m_watcher;
};

// After a renewal of the person's certificate: how many declarations are still sealed to the former one, and
// sealing them again for the one in force (Declarations::resealFormer), the former identity loaded and the
// store's work done off the GUI thread with a Store of its own.
class ResealCommand : public QObject
{
    Q_OBJECT

public:
    explicit ResealCommand(Session& session, QObject* parent = nullptr);
    // A count, on the GUI thread: no key is needed.
    Result<int> pending() const;
    // The passphrase is wiped here once copied.
    void run(const QString& formerIdentityPath, QString& passphrase);
    bool isRunning() const { return m_watcher.isRunning(); }

signals:
    void finished(const probitas::Result<probitas::store::ResealReport>& report);

private:
    Session& m_session;
    QFutureWatcher<Result<store::ResealReport>> m_watcher;
};

// Loads a PKCS#12 identity off the GUI thread (PBKDF2 dominates).
class UnlockCommand : public QObject
{
    Q_OBJECT

public:
    explicit UnlockCommand(QObject* parent = nullptr);
    // The passphrase is wiped here once copied.
    // A file protected more weakly than Probitas protects its own (fewer PBKDF2 iterations, PKCS#12's own
    // 3DES: another tool's export) is written again with Probitas's parameters and the same passphrase, once
    // it has opened; protectionNote() then says so, or why it could not be.
    void run(const QString& identityPath, QString& passphrase);
    bool isRunning() const { return m_watcher.isRunning(); }
    // After finished(): what was done about a weakly protected file; empty when it was not weak.
    QString protectionNote() const { return m_protectionNote ? *m_protectionNote : QString(); }

signals:
    void finished(const probitas::Result<probitas::crypto::Identity>& identity);

private:
    QFutureWatcher<Result<crypto::Identity>> m_watcher;
    std::shared_ptr<QString> m_protectionNote;
};

// The declaration `id`, opened by the caller, as its PDF at `path`. Its plaintext leaves the store: the
// export is recorded in the audit trail (export-pdf, with the file's SHA-256) before the file is written, and
// when the store cannot record it (access, a broken trail) nothing is written.
Status exportDeclarationPdf(Session& session, const QString& id, const Declaration& declaration,
                            const QString& path, PdfOptions options = {});

// The magistrate's declarations (metadata), and one of them opened.
class DeclarationsCommand
{
    Q_DECLARE_TR_FUNCTIONS(DeclarationsCommand)

public:
    explicit DeclarationsCommand(Session& session)
        : m_session(session)
    {}
    Result<QList<store::DeclarationRecord>> list() const;
    Result<Declaration> open(const QString& id) const;
    // The newest of the declarant's own filed declarations of `kind` (any kind when empty), if any.
    std::optional<store::DeclarationRecord> latestOwn(std::optional<DeclarationKind> kind) const;
    // The receipts of the authorities it was filed to, as the store verifies them (a superseded version
    // keeps its receipts, not that status).
    struct Receipts
    {
        bool held = false; // at least one valid receipt
        QString problem;   // why a receipt held is not valid (signed by someone else...); empty if none is
    };
    Receipts receipts(const store::DeclarationRecord& record) const;
    // The same, read from `store` (a worker's).
    static Receipts receiptsIn(const store::Store& store, const store::DeclarationRecord& record);
    Status exportPdf(const QString& id, const QString& path) const;

private:
    Session& m_session;
};

// Signs, seals and files one declaration off the GUI thread (sealing and the store's write lock may take a
// while), then removes the draft it came from. A Store belongs to the thread that opened it: the worker
// opens its own on the session's location.
class FileDeclarationCommand : public QObject
{
    Q_OBJECT

public:
    explicit FileDeclarationCommand(Session& session, QObject* parent = nullptr);
    void run(const Declaration& declaration);
    bool isRunning() const { return m_watcher.isRunning(); }

signals:
    // The record the store now holds.
    void finished(const probitas::Result<probitas::store::DeclarationRecord>& record);

private:
    Session& m_session;
    QFutureWatcher<Result<store::DeclarationRecord>> m_watcher;
};

// The draft: saved (sealed to the declarant) 1.5 s after the last edit, and offered back at the next start.
// A save that fails keeps what was to be saved, says so, and is tried again kRetryMs later (or at once
// through flush()), so nothing typed is dropped while the store refuses the write. On a server store, a draft
// the server cannot take is kept sealed on this computer (DraftOutbox) instead, and sent by sendWaiting()
// once the server is back (a newer draft saved meanwhile replaces it). An older draft never overwrites a
// newer one: when the store holds a draft signed later than the one sent (from another computer, say), or,
// within the session, another draft than the one this continues, both are kept (the one from here waits on
// this computer) until the declarant chooses.
struct DraftConflict
{
    QDateTime storedAt; // the store's draft, as signed
    QDateTime keptAt;   // the one kept on this computer, as signed
    bool storedIsNewer() const { return storedAt > keptAt; }
};

// What sending the draft waiting on this computer came to, read from one store (the session's worker's on
// a server): the store's answer, and, when it keeps another draft, the two drafts' signed times.
struct WaitingDraftSent
{
    Status stored = success();
    Result<DraftConflict> conflict = DraftConflict();
};

// The declarant's stored draft as read for resuming it: the draft (none, or why it cannot be resumed) and
// its sealed bytes (empty when none could be read), which her next save continues.
struct StoredDraftRead
{
    Result<std::optional<Declaration>> declaration = std::optional<Declaration>();
    QByteArray sealed;
};

// Her choice between two drafts, made: where the other was set aside (empty: nowhere, there was none), or
// why nothing was changed; and the draft kept, as the store now holds it (as loadInBackground reads it).
struct DraftChoice
{
    Result<QString> aside = QString();
    Result<std::optional<Declaration>> kept = std::optional<Declaration>();
};

class SaveDraftCommand : public QObject
{
    Q_OBJECT

public:
    static constexpr int kDelayMs = 1500;
    static constexpr int kRetryMs = 10000;
    explicit SaveDraftCommand(Session& session, QObject* parent = nullptr);

    // Schedules a save of `declaration`, replacing any save still pending. On a server store it is saved in
    // the background (Session::worker), the window free meanwhile (isSaving()).
    void schedule(const Declaration& declaration);
    // Saves now and waits for it (closing, her choices): an autosave under way is settled first.
    void flush();
    // Drops what is pending; an autosave under way is waited for, so that it cannot land afterwards.
    void cancel();
    // Something typed is not in the store yet (pending, being saved, or its save failed).
    bool hasUnsaved() const { return m_pending.has_value() || m_saving; }
    // An autosave, or the draft waiting on this computer, is being sent in the background.
    bool isSaving() const { return m_saving || m_sending; }
    // A draft waits on this computer for the server (readable or not).
    bool isWaiting() const { return m_outbox && m_outbox->isWaiting(); }
    // Where it waits (server stores only; null on a local store).
    const DraftOutbox* outbox() const { return m_outbox ? &*m_outbox : nullptr; }
    // Sends the draft waiting on this computer, unless a newer one is pending: success when there is none or
    // the store took it (saved(true) then); else it stays on this computer (keptLocally when the server
    // still cannot take it, waitingRefused when it cannot be sent as it is: damaged, or not sealed by her).
    Status sendWaiting();
    // The same on the session's worker (a server store), the window free meanwhile (isSaving()): its outcome
    // is told by the same signals. Without a worker, sendWaiting().
    void sendWaitingInBackground();
    // "Save the draft now": the pending draft, or else the one waiting on this computer.
    void saveNow();
    // The store holds a newer draft than the one waiting on this computer, or another than the one it
    // continues: neither is written over, and what she types meanwhile goes on waiting here, until she
    // chooses.
    const std::optional<DraftConflict>& conflict() const { return m_conflict; }
    // Her choice: the store's draft stays, the one from this computer is set aside (sealed, beside the
    // outbox file); or the one from this computer replaces the store's, which is written aside first. On a
    // server store it is made on the session's worker, the window free meanwhile; `done` gets where the
    // other was set aside and the draft kept, on the GUI thread (at once on a local store).
    void choose(bool fromThisComputer, std::function<void(const DraftChoice&)> done);
    // The stored draft, none, or why it cannot be resumed (not signed by the declarant, unreadable): the
    // draft then stays in the store until the declarant discards it or a new declaration replaces it. Read
    // on the session's worker (a server store: after the jobs before it, such as the waiting draft sent),
    // `done` called on the GUI thread; at once without a worker.
    void loadInBackground(std::function<void(const Result<std::optional<Declaration>>&)> done);
    // The stored draft is being read: a save waits for it (what it continues is known then).
    bool isLoading() const { return m_loading; }
    // The reading's outcome no longer goes to the `done` given (its receiver is going); what the next save
    // continues is still taken from it.
    void abandonLoad() { m_loadDone = nullptr; }

signals:
    void saved(bool ok, const QString& problem);
    // The server could not take the draft (`problem`): it is kept, sealed, on this computer.
    void keptLocally(const QString& problem);
    // The draft waiting on this computer cannot be sent (`problem`); its file stays as it is.
    void waitingRefused(const QString& problem);
    // Two versions of the draft, the store's and the one kept on this computer (conflict()): both kept.
    void conflicted();
    // An autosave started (true) or ended (false).
    void savingChanged(bool saving);

private:
    // Reads the stored draft's signed time and that of `kept` (waiting on this computer) into m_conflict,
    // in the background on a server, then calls `then` (false when either cannot be read); WhileInConflict:
    // nothing when she has chosen meanwhile.
    enum class ConflictNote { Always, WhileInConflict };
    void noteConflict(const QByteArray& kept, ConflictNote note, std::function<void(bool noted)> then);
    // After her choice: the draft kept, read from the store, and what her next save continues.
    void readKept(const QString& aside, std::function<void(const DraftChoice&)> done);
    static StoredDraftRead readStored(const store::Store& store, const crypto::Identity& identity);
    // The stored draft's signed time and that of `kept`, read from `store`.
    static Result<DraftConflict> conflictIn(const store::Store& store, const crypto::Identity& identity,
                                            const QByteArray& kept);
    // Sends `waiting` (taken from the outbox) to `store`, as sendWaiting() does.
    static WaitingDraftSent sendTo(const store::Store& store, const crypto::Identity& identity,
                                   const QByteArray& waiting, const QByteArray& continuing);
    // The outcome of sending `waiting`, on the GUI thread.
    Status settleWaiting(const QByteArray& waiting, const WaitingDraftSent& sent);
    // Seals what is pending and saves it: in the background (the timer), or waiting for it (flush).
    void save(bool inBackground);
    // The outcome of saving `sealed` (empty when sealing failed), what was pending then being `declaration`.
    void settle(const Status& status, const QByteArray& sealed, const Declaration& declaration);
    // The autosave or the sending under way, settled (after its future finished, or waiting for it).
    void settleInFlight();
    void settleSaveInFlight();
    void settleSendInFlight();
    void settleLoadInFlight();
    // A save's outcome, waited for.
    static Status outcomeOf(QFuture<Status> future);
    Session& m_session;
    QTimer m_timer;
    std::optional<Declaration> m_pending;
    // The autosave under way in the background: what it saves, and its outcome.
    bool m_saving = false;
    std::optional<Declaration> m_savingDeclaration;
    QByteArray m_savingSealed;
    QFutureWatcher<Status> m_saveWatcher;
    // The draft waiting on this computer being sent in the background, and the bytes sent.
    bool m_sending = false;
    QByteArray m_sendingBytes;
    QFutureWatcher<Result<WaitingDraftSent>> m_sendWatcher;
    // The stored draft being read in the background, what to tell when it is, and what the next save
    // continued when it was asked (a save since continues its own).
    bool m_loading = false;
    QFutureWatcher<Result<StoredDraftRead>> m_loadWatcher;
    std::function<void(const Result<std::optional<Declaration>>&)> m_loadDone;
    QByteArray m_continuingAtLoad;
    std::optional<DraftOutbox> m_outbox;
    std::optional<DraftConflict> m_conflict;
    // The stored draft what she types continues (as last stored or read here): replaced whatever the times.
    QByteArray m_continuing;
};

// "Discard the draft": removes the stored draft for good.
class DiscardDraftCommand
{
public:
    explicit DiscardDraftCommand(Session& session)
        : m_session(session)
    {}
    Status run() const;

private:
    Session& m_session;
};

} // namespace probitas::gui
