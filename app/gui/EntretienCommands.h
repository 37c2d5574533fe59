#pragma once

// The commands of the entretien déontologique (art. 7-2 I) and of the collège's avis (art. 7-2 II): one
// class per user action. Every step that seals, opens or signs runs off the GUI thread on a Store of the
// worker's own (a Store belongs to the thread that opened it); the metadata lists (entretiens, requests for
// an avis) are read by the views like the inbox, on the session's worker on a server. Views call these; only
// these call the store and the cryptography.
#include "Commands.h"
#include "EntretienFiche.h"
#include "FichePdf.h"

#include <QCoreApplication>
#include <QFutureWatcher>
#include <QObject>
#include <QtConcurrent/QtConcurrentRun>
#include <map>
#include <optional>

namespace probitas::gui {

// What the store's states mean for a person.
class EntretienText
{
    Q_DECLARE_TR_FUNCTIONS(EntretienText)

public:
    // The state in a few words, for a table cell: "scheduled for 12/05/2026", "held on 12/05/2026".
    static QString status(const store::EntretienRecord& entretien);
    // What followed: "fiche to acknowledge" or "fiche acknowledged on 13/05/2026", then the invitation to
    // modify ("invited to modify the declaration on 13/05/2026", "declaration modified after the interview").
    static QStringList details(const store::EntretienRecord& entretien);
    // The state and what followed, one per line (or joined by `separator`).
    static QString summary(const store::EntretienRecord& entretien,
                           const QString& separator = QStringLiteral("\n"));
    // "awaiting the avis", "avis given on 03/05/2026".
    static QString avisStatus(const store::AvisRecord& request);
};

// The newest entretien of each declaration (by schedule), by declaration id.
std::map<QString, store::EntretienRecord> latestEntretiens(const QList<store::EntretienRecord>& entretiens);

// The magistrates of the directory who may hold an entretien as this authority's delegate for a
// declarant: of its court and formation, neither the declarant nor the authority itself; by name.
class DelegatesCommand
{
public:
    explicit DelegatesCommand(Session& session)
        : m_session(session)
    {}
    Result<QStringList> run(const QString& declarantId) const;

private:
    Session& m_session;
};

// The base of the steps that run off the GUI thread: `done` is emitted on the GUI thread once `result()`
// holds the outcome.
class StoreStepBase : public QObject
{
    Q_OBJECT

public:
    using QObject::QObject;
    virtual bool isRunning() const = 0;
    // The error of the last run, if it failed.
    virtual std::optional<Error> failure() const = 0;

signals:
    void done();
};

template <typename T> class StoreStep : public StoreStepBase
{
public:
    StoreStep(Session& session, QObject* parent)
        : StoreStepBase(parent)
        , m_session(session)
    {
        connect(&m_watcher, &QFutureWatcherBase::finished, this, &StoreStepBase::done);
    }
    bool isRunning() const override { return m_watcher.isRunning(); }
    std::optional<Error> failure() const override
    {
        const Result<T> outcome = result();
        return outcome ? std::nullopt : std::optional<Error>(outcome.error());
    }
    Result<T> result() const { return m_watcher.result(); }
    void waitForFinished() { m_watcher.waitForFinished(); }

protected:
    // Runs `work(store, identity)` on the global thread pool.
    template <typename Work> void start(Work work)
    {
        const store::Location location = m_session.store->connection().location();
        const crypto::Identity identity = m_session.identity;
        m_watcher.setFuture(QtConcurrent::run([location, identity, work]() -> Result<T> {
            auto store = store::Store::open(location);
            if (!store) {
                return store.error();
            }
            return work(**store, identity);
        }));
    }

    Session& m_session;

private:
    QFutureWatcher<Result<T>> m_watcher;
};

// Everything about the entretien and the avis of one DI that the review shows, opened (each opening
// audited by the store).
struct EntretienFile
{
    QString declarationId;
    QList<store::EntretienRecord> entretiens; // by schedule, oldest first
    std::optional<store::OpenedEntretien> latest;
    QString latestProblem; // why the latest could not be opened, if it could not

    struct Avis
    {
        store::AvisRecord record;
        std::optional<store::OpenedAvis> opened;
        QString problem;
    };
    QList<Avis> avis; // by request, oldest first

    const store::EntretienRecord* latestRecord() const
    {
        return entretiens.isEmpty() ? nullptr : &entretiens.last();
    }
};

// Opens the entretien file of a declaration for its review.
class OpenEntretienFileCommand : public StoreStep<EntretienFile>
{
public:
    using StoreStep::StoreStep;
    void run(const QString& declarationId);
};

// "Schedule the interview…": the convocation, sealed to the authority, the declarant and the delegate.
class ScheduleEntretienCommand : public StoreStep<QString>
{
public:
    using StoreStep::StoreStep;
    void run(const QString& declarationId, const QDateTime& at, const QString& place,
             const QString& delegateName);
};

// "Record the fiche navette…": signed and sealed once, the entretien is then held.
class RecordFicheCommand : public StoreStep<Done>
{
public:
    using StoreStep::StoreStep;
    void run(const QString& entretienId, const EntretienFiche& fiche);
};

// "Invite to modify the declaration".
class InviteModificationCommand : public StoreStep<Done>
{
public:
    using StoreStep::StoreStep;
    void run(const QString& entretienId);
};

// The declarant reads the convocation and the fiche of one entretien.
class OpenEntretienCommand : public StoreStep<store::OpenedEntretien>
{
public:
    using StoreStep::StoreStep;
    void run(const QString& entretienId);
};

// "Acknowledge receipt of the fiche": the declarant's signed receipt over the fiche.
class AcknowledgeFicheCommand : public StoreStep<QByteArray>
{
public:
    using StoreStep::StoreStep;
    void run(const QString& entretienId);
};

// "Ask the collège's avis…": the certified copy forwarded to the collège and the question sealed to it.
class RequestAvisCommand : public StoreStep<QString>
{
public:
    using StoreStep::StoreStep;
    void run(const QString& declarationId, const QString& question);
};

// "Give the avis…": the collège's avis, sealed to it and the requesting authority.
class RecordAvisCommand : public StoreStep<Done>
{
public:
    using StoreStep::StoreStep;
    void run(const QString& requestId, const CollegeAvis& avis);
};

// "Export the fiche as PDF…": the fiche already opened, with the names the directory gives.
class ExportFichePdfCommand
{
    Q_DECLARE_TR_FUNCTIONS(ExportFichePdfCommand)

public:
    explicit ExportFichePdfCommand(Session& session)
        : m_session(session)
    {}
    // The document the PDF and the read-only views show.
    FicheDocument document(const store::EntretienRecord& entretien, const EntretienFiche& fiche) const;
    Status run(const store::EntretienRecord& entretien, const EntretienFiche& fiche,
               const QString& path) const;

private:
    Session& m_session;
};

// "Durand-Lefèvre" -> "Durand-Lefevre", "d'explications" -> "d-explications": a file name's part, in ASCII.
QString asciiFileStem(const QString& text);

// "Fiche-navette-Durand-Lefevre-2026-05-12.pdf": no content, only the name and the date.
QString fichePdfName(const store::EntretienRecord& entretien, const EntretienFiche& fiche);

} // namespace probitas::gui
