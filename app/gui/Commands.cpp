#include "Commands.h"

#include "AuditActions.h"
#include "DeclarationPdf.h"
#include "SecureBytes.h"

#include <QCryptographicHash>
#include <QDir>
#include <QFileInfo>
#include <QFuture>
#include <QLoggingCategory>
#include <QtConcurrent/QtConcurrentRun>
#include <algorithm>

Q_LOGGING_CATEGORY(lcGui, "probitas.gui", QtInfoMsg)

namespace probitas::gui {

QString roleName(store::Role role)
{
    // In the main window's context, where these words were first translated.
    switch (role) {
    case store::Role::Declarant:
        return QCoreApplication::translate("probitas::MainWindow", "declarant");
    case store::Role::Authority:
        return QCoreApplication::translate("probitas::MainWindow", "authority");
    case store::Role::Auditor:
        return QCoreApplication::translate("probitas::MainWindow", "auditor");
    case store::Role::Admin:
        return QCoreApplication::translate("probitas::MainWindow", "administrator");
    }
    return {};
}

QString declarationStatusLabel(store::DeclarationStatus status)
{
    // In the declarant's workspace's context, where these words were first translated.
    switch (status) {
    case store::DeclarationStatus::Filed:
        return QCoreApplication::translate("probitas::gui::DeclarantWorkspace",
                                           "filed, awaiting acknowledgement");
    case store::DeclarationStatus::ReceiptHeld:
        return QCoreApplication::translate("probitas::gui::DeclarantWorkspace", "receipt held");
    case store::DeclarationStatus::Superseded:
        return QCoreApplication::translate("probitas::gui::DeclarantWorkspace", "superseded");
    case store::DeclarationStatus::Destroyed:
        return QCoreApplication::translate("probitas::gui::DeclarantWorkspace", "destroyed");
    }
    return {};
}

StartCommand::StartCommand(QString storePath, QString demoDirectory, QObject* parent)
    : QObject(parent)
    , m_storePath(std::move(storePath))
    , m_demoDirectory(std::move(demoDirectory))
{
    connect(&m_watcher, &QFutureWatcher<Result<StartResult>>::finished, this,
            [this] { emit finished(m_watcher.result()); });
}

void StartCommand::run()
{
    const QString storePath = m_storePath;
    const QString demoDirectory = m_demoDirectory;
    const std::shared_ptr<const crypto::SecureBytes> password = m_password;
    const std::shared_ptr<const crypto::Identity> clientIdentity = m_clientIdentity;
    m_watcher.setFuture(
        QtConcurrent::run([storePath, demoDirectory, password, clientIdentity]() -> Result<StartResult> {
            auto location = store::Location::parse(storePath);
            if (!location) {
                return location.error();
            }
            location.value().password = password;
            location.value().clientIdentity = clientIdentity;
            StartResult result;
            // The demo goes into a new local file only. A server's database is the organisation's: with no
            // store in it yet, nothing is created there (not even the schema); probitas-cli init makes the
            // store.
            if (location->backend == store::Backend::PostgreSql) {
                auto connection = store::Connection::open(*location);
                if (!connection) {
                    return connection.error();
                }
                auto version = store::SchemaManager(**connection).currentVersion();
                if (!version) {
                    return version.error();
                }
                if (version->first == 0) {
                    result.emptyStore = true;
                    return result;
                }
            }
            const bool newLocalFile =
                location->backend == store::Backend::Sqlite && !QFileInfo::exists(location->path);
            auto opened = store::Store::open(*location);
            if (!opened) {
                return opened.error();
            }
            if (newLocalFile) {
                auto demo = store::createDemo(**opened, demoDirectory);
                if (!demo) {
                    return demo.error();
                }
                result.createdDemo = true;
            }
            return result;
        }));
}

UnlockCommand::UnlockCommand(QObject* parent)
    : QObject(parent)
{
    connect(&m_watcher, &QFutureWatcher<Result<crypto::Identity>>::finished, this,
            [this] { emit finished(m_watcher.result()); });
}

void UnlockCommand::run(const QString& identityPath, QString& passphrase)
{
    auto secret = std::make_shared<crypto::SecureBytes>(crypto::SecureBytes::fromUtf8(passphrase));
    passphrase.fill(QLatin1Char(' '));
    passphrase.clear();
    auto note = std::make_shared<QString>();
    m_protectionNote = note;
    m_watcher.setFuture(QtConcurrent::run([identityPath, secret, note]() -> Result<crypto::Identity> {
        auto identity = crypto::Identity::load(identityPath, *secret);
        const auto protection = identity ? identity->protection() : std::nullopt;
        if (!protection || protection->meetsPolicy()) {
            return identity;
        }
        const QString weakness =
            protection->legacy ? tr("an outdated algorithm (3DES or RC2)")
                               : tr("only %Ln iteration(s)", nullptr, int(protection->weakestIterations));
        if (Status rewritten = crypto::Identity::changePassphrase(identityPath, *secret, *secret);
            !rewritten) {
            *note = tr("Your identity file is protected by %1, which makes its passphrase cheap to guess for "
                       "whoever copies it, and it could not be protected again: %2")
                        .arg(weakness, rewritten.error().message);
        } else {
            *note =
                tr("Your identity file was protected by %1: Probitas has protected it again, with the same "
                   "passphrase, as it protects its own (%Ln iterations).",
                   nullptr, crypto::kPkcs12Iterations)
                    .arg(weakness);
        }
        return identity;
    }));
}

ResealCommand::ResealCommand(Session& session, QObject* parent)
    : QObject(parent)
    , m_session(session)
{
    connect(&m_watcher, &QFutureWatcher<Result<store::ResealReport>>::finished, this,
            [this] { emit finished(m_watcher.result()); });
}

Result<int> ResealCommand::pending() const
{
    return m_session.store->declarations().sealedToFormerCertificate(m_session.identity);
}

void ResealCommand::run(const QString& formerIdentityPath, QString& passphrase)
{
    auto secret = std::make_shared<crypto::SecureBytes>(crypto::SecureBytes::fromUtf8(passphrase));
    passphrase.fill(QLatin1Char(' '));
    passphrase.clear();
    const store::Location location = m_session.store->connection().location();
    const crypto::Identity current = m_session.identity;
    m_watcher.setFuture(
        QtConcurrent::run([location, current, formerIdentityPath, secret]() -> Result<store::ResealReport> {
            auto former = crypto::Identity::load(formerIdentityPath, *secret);
            if (!former) {
                return former.error();
            }
            auto store = store::Store::open(location);
            if (!store) {
                return store.error();
            }
            return (*store)->resealFormer(*former, current);
        }));
}

Result<QList<store::DeclarationRecord>> DeclarationsCommand::list() const
{
    return m_session.store->declarations().list(m_session.identity);
}

Result<Declaration> DeclarationsCommand::open(const QString& id) const
{
    auto bytes = m_session.store->declarations().open(id, m_session.identity);
    if (!bytes) {
        return bytes.error();
    }
    return DeclarationCodec::decode(bytes->toByteArrayUnwiped());
}

std::optional<store::DeclarationRecord>
DeclarationsCommand::latestOwn(std::optional<DeclarationKind> kind) const
{
    auto records = list();
    if (!records) {
        return std::nullopt;
    }
    std::optional<store::DeclarationRecord> latest;
    for (const store::DeclarationRecord& record : *records) {
        if (record.declarantId != m_session.person.id || (kind && record.kind != *kind) ||
            store::isFinal(record.status)) {
            continue;
        }
        if (!latest || record.filedAt > latest->filedAt) {
            latest = record;
        }
    }
    return latest;
}

DeclarationsCommand::Receipts DeclarationsCommand::receipts(const store::DeclarationRecord& record) const
{
    return receiptsIn(*m_session.store, record);
}

DeclarationsCommand::Receipts DeclarationsCommand::receiptsIn(const store::Store& store,
                                                              const store::DeclarationRecord& record)
{
    // The status column says "receipt-held" whatever the receipts table holds: each receipt is verified.
    Receipts receipts;
    for (const QString& authorityId : record.recipients) {
        const auto authority = store.directory().personByAuthority(authorityId);
        if (!authority) {
            continue;
        }
        auto receipt = store.declarations().receipt(record.id, authority->id);
        if (receipt) {
            receipts.held = true;
        } else if (receipt.error().code != store::errors::NotFound && receipts.problem.isEmpty()) {
            receipts.problem = receipt.error().message;
        }
    }
    return receipts;
}

Status exportDeclarationPdf(Session& session, const QString& id, const Declaration& declaration,
                            const QString& path, PdfOptions options)
{
    const FormDefinition* definition = FormCatalog::builtIn().find(declaration.schema);
    if (!definition) {
        return Error::unusable(
            QCoreApplication::translate("DeclarationsCommand", "unknown form %1").arg(declaration.schema));
    }
    options.beforeWriting = [&session, &id](QByteArrayView pdf) {
        return session.store->declarations().recordDisclosure(
            id, session.identity, store::actions::ExportPdf, QStringLiteral("pdf"),
            QString::fromLatin1(QCryptographicHash::hash(pdf, QCryptographicHash::Sha256).toHex()));
    };
    return probitas::exportPdf(declaration, *definition, path, options);
}

Status DeclarationsCommand::exportPdf(const QString& id, const QString& path) const
{
    auto declaration = open(id);
    if (!declaration) {
        return declaration.error();
    }
    return exportDeclarationPdf(m_session, id, *declaration, path);
}

FileDeclarationCommand::FileDeclarationCommand(Session& session, QObject* parent)
    : QObject(parent)
    , m_session(session)
{
    connect(&m_watcher, &QFutureWatcher<Result<store::DeclarationRecord>>::finished, this,
            [this] { emit finished(m_watcher.result()); });
}

void FileDeclarationCommand::run(const Declaration& declaration)
{
    const store::Location location = m_session.store->connection().location();
    const crypto::Identity identity = m_session.identity;
    m_watcher.setFuture(
        QtConcurrent::run([location, identity, declaration]() -> Result<store::DeclarationRecord> {
            auto opened = store::Store::open(location);
            if (!opened) {
                return opened.error();
            }
            store::Store& store = **opened;
            auto id = store.declarations().file(declaration, identity);
            if (!id) {
                return id.error();
            }
            // The draft was this declaration: it must not be offered back once filed.
            if (Status discarded = store.drafts().discard(identity); !discarded) {
                qCWarning(lcGui, "the filed declaration's draft stays in the store: %s",
                          qPrintable(discarded.error().message));
            }
            return store.declarations().record(*id);
        }));
}

SaveDraftCommand::SaveDraftCommand(Session& session, QObject* parent)
    : QObject(parent)
    , m_session(session)
{
    m_timer.setSingleShot(true);
    connect(&m_timer, &QTimer::timeout, this, [this] { save(true); });
    // Each watcher settles its own work only: the other's may have started since (after a flush).
    const auto goOn = [this] {
        if (m_pending && !m_timer.isActive()) {
            m_timer.start(kDelayMs); // typed while it was being saved: saved next
        }
    };
    connect(&m_saveWatcher, &QFutureWatcher<Status>::finished, this, [this, goOn] {
        settleSaveInFlight();
        goOn();
    });
    connect(&m_sendWatcher, &QFutureWatcher<Result<WaitingDraftSent>>::finished, this, [this, goOn] {
        settleSendInFlight();
        goOn();
    });
    connect(&m_loadWatcher, &QFutureWatcher<Result<StoredDraftRead>>::finished, this, [this, goOn] {
        settleLoadInFlight();
        goOn();
    });
    const store::Location& location = session.store->connection().location();
    if (location.backend == store::Backend::PostgreSql) {
        m_outbox.emplace(DraftOutbox::defaultFolder(), location.describe(),
                         session.identity.certificate().sha256FingerprintHex());
    }
}

void SaveDraftCommand::schedule(const Declaration& declaration)
{
    m_pending = declaration;
    m_timer.start(kDelayMs);
}

void SaveDraftCommand::flush()
{
    save(false);
}

Status SaveDraftCommand::outcomeOf(QFuture<Status> future)
{
    future.waitForFinished();
    // No result: the worker let the job go (the session closed meanwhile).
    return future.resultCount() > 0 ? future.result()
                                    : Status(Error::environment(tr("the draft's save was interrupted")));
}

void SaveDraftCommand::settleInFlight()
{
    // In the worker's order.
    settleSendInFlight();
    settleLoadInFlight();
    settleSaveInFlight();
}

void SaveDraftCommand::settleSendInFlight()
{
    if (m_sending) {
        QFuture<Result<WaitingDraftSent>> future = m_sendWatcher.future();
        future.waitForFinished();
        // No result: the worker let the job go (the session closed meanwhile).
        const WaitingDraftSent sent =
            future.resultCount() > 0 && future.result()
                ? *future.result()
                : WaitingDraftSent{Error::environment(tr("the draft's save was interrupted")),
                                   DraftConflict()};
        m_sending = false;
        const QByteArray waiting = std::exchange(m_sendingBytes, QByteArray());
        emit savingChanged(false);
        static_cast<void>(settleWaiting(waiting, sent));
    }
}

void SaveDraftCommand::settleSaveInFlight()
{
    if (!m_saving) {
        return; // settled already (flush or cancel waited for it)
    }
    const Status status = outcomeOf(m_saveWatcher.future());
    m_saving = false;
    const Declaration declaration = std::move(*m_savingDeclaration);
    m_savingDeclaration.reset();
    const QByteArray sealed = std::exchange(m_savingSealed, QByteArray());
    emit savingChanged(false);
    settle(status, sealed, declaration);
}

void SaveDraftCommand::save(bool inBackground)
{
    m_timer.stop();
    if (m_saving || m_sending || m_loading) {
        if (inBackground) {
            return; // what is pending goes once the save or the reading under way has ended
        }
        settleInFlight(); // in order: the earlier save's outcome first
    }
    if (!m_pending) {
        return;
    }
    QByteArray canonical = DeclarationCodec::encode(*m_pending);
    // Sealed here, before the store is asked: the same sealed bytes go to the store or, when the server
    // cannot take them, to this computer's disk.
    auto sealed = store::Drafts::seal(m_session.identity, canonical);
    crypto::wipe(canonical);
    if (sealed && m_conflict && m_outbox) {
        // Until she chooses, what she types continues the draft from this computer: it waits here, and the
        // store's newer one is left as it is.
        auto kept = m_outbox->put(*sealed);
        if (kept) {
            m_pending.reset();
            // Unless she chose meanwhile: her choice ends the conflict.
            noteConflict(*sealed, ConflictNote::WhileInConflict, [this](bool) { emit conflicted(); });
            return;
        }
        // Not over the store's either: still pending, tried again.
        m_timer.start(kRetryMs);
        emit saved(false, kept.error().message);
        return;
    }
    const Declaration declaration = std::move(*m_pending);
    m_pending.reset();
    if (!sealed) {
        settle(sealed.error(), QByteArray(), declaration);
        return;
    }
    const crypto::Identity identity = m_session.identity;
    const QByteArray continuing = m_continuing;
    const QByteArray bytes = *sealed;
    std::function<Status(store::Store&)> job = [identity, bytes, continuing](store::Store& store) {
        return store.drafts().saveSealed(identity, bytes, store::DraftReplacement::OnlyAnOlderOne,
                                         continuing);
    };
    if (!m_session.worker) {
        settle(job(*m_session.store), bytes, declaration);
        return;
    }
    // One worker, its jobs in order: this save lands after any earlier one.
    QFuture<Status> future = m_session.worker->run<Done>(std::move(job));
    if (!inBackground) {
        settle(outcomeOf(future), bytes, declaration);
        return;
    }
    m_saving = true;
    m_savingDeclaration = declaration;
    m_savingSealed = bytes;
    m_saveWatcher.setFuture(future);
    emit savingChanged(true);
}

void SaveDraftCommand::settle(const Status& status, const QByteArray& sealed, const Declaration& declaration)
{
    // Typed meanwhile (an autosave's outcome arrives later): that newer draft is pending, saved next.
    const bool newerPending = m_pending.has_value();
    if (status) {
        m_continuing = sealed;
        // A newer draft than the one waiting on this computer: that one is over.
        if (m_outbox) {
            if (Status removed = m_outbox->remove(); !removed) {
                qCWarning(lcGui, "%s", qPrintable(removed.error().message));
            }
        }
        emit saved(true, QString());
        return;
    }
    qCWarning(lcGui, "the draft could not be saved: %s", qPrintable(status.error().message));
    if (m_outbox && !sealed.isEmpty()) {
        auto kept = m_outbox->put(sealed);
        if (kept) {
            if (!kept->isEmpty()) {
                qCWarning(lcGui, "an unreadable draft waiting for the server was set aside as %s",
                          qPrintable(*kept));
            }
            // Signed later elsewhere (another computer whose clock is ahead): kept both ways.
            if (status.error().code == store::errors::NewerDraftStored) {
                noteConflict(sealed, ConflictNote::Always,
                             [this, problem = status.error().message](bool noted) {
                                 if (noted) {
                                     emit conflicted();
                                 } else {
                                     emit keptLocally(problem);
                                 }
                             });
                return;
            }
            emit keptLocally(status.error().message);
            return;
        }
        qCWarning(lcGui, "the draft could not be kept on this computer: %s",
                  qPrintable(kept.error().message));
    }
    // Nothing dropped: pending again (unless newer is), tried again.
    if (!newerPending) {
        m_pending = declaration;
    }
    m_timer.start(kRetryMs);
    emit saved(false, status.error().message);
}

Result<DraftConflict> SaveDraftCommand::conflictIn(const store::Store& store,
                                                   const crypto::Identity& identity, const QByteArray& kept)
{
    auto stored = store.drafts().stored(identity);
    if (!stored) {
        return stored.error();
    }
    auto keptAt = store.drafts().savedAt(identity, kept);
    if (!keptAt) {
        return keptAt.error();
    }
    return DraftConflict{stored->savedAt, *keptAt};
}

void SaveDraftCommand::noteConflict(const QByteArray& kept, ConflictNote note, std::function<void(bool)> then)
{
    const crypto::Identity identity = m_session.identity;
    runOnStore<DraftConflict>(
        m_session.worker.get(), *m_session.store, this,
        [identity, kept](store::Store& store) { return conflictIn(store, identity, kept); },
        [this, note, then = std::move(then)](const Result<DraftConflict>& conflict) {
            if (note == ConflictNote::WhileInConflict && !m_conflict) {
                return; // she chose meanwhile
            }
            if (conflict) {
                m_conflict = *conflict;
            }
            then(conflict.ok());
        });
}

WaitingDraftSent SaveDraftCommand::sendTo(const store::Store& store, const crypto::Identity& identity,
                                          const QByteArray& waiting, const QByteArray& continuing)
{
    // Only over an older draft: one saved since on another computer (or here, after a reconnection) stays.
    // Within a session that knows which stored draft this one continues, only over that one: one saved
    // meanwhile elsewhere stays too, older or not.
    WaitingDraftSent sent;
    sent.stored = store.drafts().saveSealed(identity, waiting,
                                            continuing.isEmpty() ? store::DraftReplacement::OnlyAnOlderOne
                                                                 : store::DraftReplacement::OnlyTheContinued,
                                            continuing);
    if (!sent.stored && (sent.stored.error().code == store::errors::NewerDraftStored ||
                         sent.stored.error().code == store::errors::OtherDraftStored)) {
        sent.conflict = conflictIn(store, identity, waiting);
    }
    return sent;
}

Status SaveDraftCommand::sendWaiting()
{
    if (!m_outbox || m_pending || m_saving || m_sending || !m_outbox->isWaiting()) {
        return success(); // a newer draft is pending or being saved: it replaces the one waiting
    }
    auto waiting = m_outbox->take();
    if (!waiting) {
        emit waitingRefused(waiting.error().message);
        return waiting.error();
    }
    return settleWaiting(*waiting, sendTo(*m_session.store, m_session.identity, *waiting, m_continuing));
}

void SaveDraftCommand::sendWaitingInBackground()
{
    if (!m_session.worker) {
        static_cast<void>(sendWaiting());
        return;
    }
    if (!m_outbox || m_pending || m_saving || m_sending || !m_outbox->isWaiting()) {
        return; // as sendWaiting()
    }
    auto waiting = m_outbox->take();
    if (!waiting) {
        emit waitingRefused(waiting.error().message);
        return;
    }
    const crypto::Identity identity = m_session.identity;
    const QByteArray bytes = *waiting;
    const QByteArray continuing = m_continuing;
    // One worker, its jobs in order: a later autosave lands after it.
    m_sending = true;
    m_sendingBytes = bytes;
    m_sendWatcher.setFuture(m_session.worker->run<WaitingDraftSent>(
        [identity, bytes, continuing](store::Store& store) -> Result<WaitingDraftSent> {
            return sendTo(store, identity, bytes, continuing);
        }));
    emit savingChanged(true);
}

Status SaveDraftCommand::settleWaiting(const QByteArray& waiting, const WaitingDraftSent& sent)
{
    const Status& stored = sent.stored;
    if (!stored) {
        if (stored.error().kind == ErrorKind::Environment) {
            emit keptLocally(stored.error().message);
            return stored;
        }
        if ((stored.error().code == store::errors::NewerDraftStored ||
             stored.error().code == store::errors::OtherDraftStored) &&
            sent.conflict) {
            m_conflict = *sent.conflict;
            emit conflicted();
            return stored;
        }
        const Error refused{stored.error().kind,
                            tr("%1: %2; the file is kept as it is")
                                .arg(QDir::toNativeSeparators(m_outbox->filePath()), stored.error().message),
                            stored.error().code};
        emit waitingRefused(refused.message);
        return refused;
    }
    m_conflict.reset();
    m_continuing = waiting;
    // Only the file sent: one kept here meanwhile (typed while it was being sent) is newer, and waits.
    if (auto now = m_outbox->take(); now && *now == waiting) {
        if (Status removed = m_outbox->remove(); !removed) {
            qCWarning(lcGui, "%s", qPrintable(removed.error().message));
        }
    }
    emit saved(true, QString());
    return success();
}

void SaveDraftCommand::choose(bool fromThisComputer, std::function<void(const DraftChoice&)> done)
{
    flush(); // what she typed last joins the draft from this computer
    if (!m_outbox || !m_outbox->isWaiting()) {
        m_conflict.reset();
        readKept(QString(), std::move(done));
        return;
    }
    if (!fromThisComputer) {
        auto aside = m_outbox->setAside(QStringLiteral("older"));
        if (!aside) {
            done({aside.error(), std::optional<Declaration>()});
            return;
        }
        m_conflict.reset();
        readKept(*aside, std::move(done));
        return;
    }
    auto waiting = m_outbox->take();
    if (!waiting) {
        done({waiting.error(), std::optional<Declaration>()});
        return;
    }
    // The store's draft goes to this computer's disk, sealed as it is, before anything replaces it.
    const crypto::Identity identity = m_session.identity;
    runOnStore<store::StoredDraft>(
        m_session.worker.get(), *m_session.store, this,
        [identity](store::Store& store) { return store.drafts().stored(identity); },
        [this, identity, waiting = *waiting,
         done = std::move(done)](const Result<store::StoredDraft>& stored) {
            QString aside;
            if (stored) {
                auto kept = m_outbox->keepAside(stored->sealed, QStringLiteral("from-server"));
                if (!kept) {
                    done({kept.error(), std::optional<Declaration>()});
                    return;
                }
                aside = *kept;
            } else if (stored.error().code != store::errors::NotFound) {
                done({stored.error(), std::optional<Declaration>()});
                return;
            }
            runOnStore<Done>(
                m_session.worker.get(), *m_session.store, this,
                [identity, waiting](store::Store& store) {
                    return store.drafts().saveSealed(identity, waiting, store::DraftReplacement::Any);
                },
                [this, waiting, aside, done](const Status& replaced) {
                    if (!replaced) {
                        done({replaced.error(), std::optional<Declaration>()});
                        return;
                    }
                    m_conflict.reset();
                    m_continuing = waiting;
                    if (Status removed = m_outbox->remove(); !removed) {
                        qCWarning(lcGui, "%s", qPrintable(removed.error().message));
                    }
                    emit saved(true, QString());
                    readKept(aside, done);
                });
        });
}

void SaveDraftCommand::readKept(const QString& aside, std::function<void(const DraftChoice&)> done)
{
    loadInBackground([aside, done = std::move(done)](const Result<std::optional<Declaration>>& kept) {
        done({aside, kept});
    });
}

void SaveDraftCommand::saveNow()
{
    if (m_pending) {
        flush();
    } else {
        sendWaitingInBackground();
    }
}

void SaveDraftCommand::cancel()
{
    m_timer.stop();
    m_pending.reset();
    // Waited for too: the draft sent would come back after the filing or the discard.
    settleSendInFlight();
    if (m_saving) {
        // Waited for: a save landing after the filing or the discard would bring the draft back.
        if (outcomeOf(m_saveWatcher.future())) {
            m_continuing = m_savingSealed;
        }
        m_saving = false;
        m_savingDeclaration.reset();
        m_savingSealed.clear();
        emit savingChanged(false);
    }
}

Status DiscardDraftCommand::run() const
{
    return m_session.store->drafts().discard(m_session.identity);
}

StoredDraftRead SaveDraftCommand::readStored(const store::Store& store, const crypto::Identity& identity)
{
    StoredDraftRead read;
    // What she resumes is what her next save continues.
    if (auto stored = store.drafts().stored(identity)) {
        read.sealed = stored->sealed;
    }
    auto bytes = store.drafts().open(identity);
    if (!bytes) {
        if (bytes.error().code == QLatin1String(store::errors::NotFound)) {
            return read;
        }
        read.declaration = bytes.error();
        return read;
    }
    auto declaration = DeclarationCodec::decode(bytes->toByteArrayUnwiped());
    if (!declaration) {
        read.declaration = declaration.error();
        return read;
    }
    read.declaration = std::optional<Declaration>(std::move(declaration).value());
    return read;
}

void SaveDraftCommand::loadInBackground(std::function<void(const Result<std::optional<Declaration>>&)> done)
{
    settleLoadInFlight(); // one reading at a time
    m_loadDone = std::move(done);
    m_continuingAtLoad = m_continuing;
    m_loading = true;
    const crypto::Identity identity = m_session.identity;
    if (!m_session.worker) {
        m_loadWatcher.setFuture(
            QtFuture::makeReadyFuture(Result<StoredDraftRead>(readStored(*m_session.store, identity))));
        settleLoadInFlight();
        return;
    }
    // One worker, its jobs in order: after the waiting draft sent, before a later autosave.
    m_loadWatcher.setFuture(m_session.worker->run<StoredDraftRead>(
        [identity](store::Store& store) -> Result<StoredDraftRead> { return readStored(store, identity); }));
}

void SaveDraftCommand::settleLoadInFlight()
{
    if (!m_loading) {
        return;
    }
    QFuture<Result<StoredDraftRead>> future = m_loadWatcher.future();
    future.waitForFinished();
    m_loading = false;
    // No result: the worker let the job go (the session closed meanwhile).
    StoredDraftRead read;
    if (future.resultCount() > 0 && future.result()) {
        read = *future.result();
    } else {
        read.declaration = Error::environment(tr("the draft could not be read"));
    }
    // What her next save continues, unless a save since continues its own.
    if (!read.sealed.isEmpty() && m_continuing == m_continuingAtLoad) {
        m_continuing = read.sealed;
    }
    if (auto done = std::exchange(m_loadDone, nullptr)) {
        done(read.declaration);
    }
}

} // namespace probitas::gui
