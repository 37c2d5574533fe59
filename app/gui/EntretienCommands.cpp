#include "EntretienCommands.h"

#include "AuditActions.h"
#include "AuthorityCommands.h"
#include "Jurisdictions.h"
#include "Profile.h"

#include <QCryptographicHash>
#include <QLocale>
#include <algorithm>

namespace probitas::gui {

namespace {

QString day(const QDateTime& at)
{
    return QLocale().toString(at.toLocalTime().date(), QStringLiteral("dd/MM/yyyy"));
}

} // namespace

QString EntretienText::status(const store::EntretienRecord& entretien)
{
    switch (entretien.status) {
    case store::EntretienStatus::Scheduled:
        return tr("scheduled for %1").arg(day(entretien.scheduledAt));
    case store::EntretienStatus::Held:
    case store::EntretienStatus::Acknowledged:
        return tr("held on %1").arg(day(entretien.heldAt));
    case store::EntretienStatus::Destroyed:
        return tr("destroyed (retention period over)");
    }
    return {};
}

QStringList EntretienText::details(const store::EntretienRecord& entretien)
{
    QStringList lines;
    switch (entretien.status) {
    case store::EntretienStatus::Scheduled:
        lines << tr("at %1").arg(
            QLocale().toString(entretien.scheduledAt.toLocalTime().time(), QStringLiteral("HH:mm")));
        break;
    case store::EntretienStatus::Held:
        lines << tr("fiche to acknowledge");
        break;
    case store::EntretienStatus::Acknowledged:
        lines << tr("fiche acknowledged on %1").arg(day(entretien.acknowledgedAt));
        break;
    case store::EntretienStatus::Destroyed:
        break;
    }
    switch (entretien.invitation) {
    case store::InvitationState::Open:
        lines << tr("invited to modify the declaration on %1").arg(day(entretien.invitedAt));
        break;
    case store::InvitationState::Answered:
        lines << tr("declaration modified after the interview");
        break;
    case store::InvitationState::None:
        break;
    }
    return lines;
}

QString EntretienText::summary(const store::EntretienRecord& entretien, const QString& separator)
{
    return (QStringList{status(entretien)} + details(entretien)).join(separator);
}

QString EntretienText::avisStatus(const store::AvisRecord& request)
{
    switch (request.status) {
    case store::AvisStatus::Answered:
        return tr("avis given on %1").arg(day(request.answeredAt));
    case store::AvisStatus::Destroyed:
        return tr("destroyed (retention period over)");
    case store::AvisStatus::Requested:
        break;
    }
    return tr("awaiting the avis");
}

std::map<QString, store::EntretienRecord> latestEntretiens(const QList<store::EntretienRecord>& entretiens)
{
    std::map<QString, store::EntretienRecord> latest;
    for (const store::EntretienRecord& entretien : entretiens) {
        auto found = latest.find(entretien.declarationId);
        if (found == latest.end()) {
            latest.emplace(entretien.declarationId, entretien);
        } else if (entretien.scheduledAt >= found->second.scheduledAt) {
            found->second = entretien;
        }
    }
    return latest;
}

Result<QStringList> DelegatesCommand::run(const QString& declarantId) const
{
    auto people = m_session.store->directory().people();
    if (!people) {
        return people.error();
    }
    // A magistrate of the same court and formation as the authority ("tj-nanterre:president": the siège of
    // the tribunal judiciaire de Nanterre); the collège, which holds no court, is not narrowed.
    const QString authority = m_session.person.authorityId;
    const QString court = authority.section(QLatin1Char(':'), 0, 0);
    const bool narrowed = authority.contains(QLatin1Char(':'));
    const Formation formation = authority.section(QLatin1Char(':'), 1).contains(QLatin1String("procureur"))
                                    ? Formation::Parquet
                                    : Formation::Siege;
    QStringList names;
    for (const store::Person& person : *people) {
        const store::EntretienFacts facts{
            declarantId, DeclarationKind::Interets, {}, m_session.person.id, {}};
        if (!person.profile || !store::delegateAllowed(person.actor(), facts)) {
            continue;
        }
        if (narrowed) {
            auto resolved = person.profile->resolveCourt(JurisdictionDirectory::builtIn());
            if (!resolved || (*resolved)->id() != court || person.profile->formation != formation) {
                continue;
            }
        }
        names << person.name;
    }
    std::sort(names.begin(), names.end(),
              [](const QString& a, const QString& b) { return QString::localeAwareCompare(a, b) < 0; });
    return names;
}

void OpenEntretienFileCommand::run(const QString& declarationId)
{
    start([declarationId](store::Store& store, const crypto::Identity& identity) -> Result<EntretienFile> {
        EntretienFile file;
        file.declarationId = declarationId;
        auto entretiens = store.entretiens().list(identity, declarationId);
        if (!entretiens) {
            return entretiens.error();
        }
        file.entretiens = *entretiens;
        std::stable_sort(file.entretiens.begin(), file.entretiens.end(),
                         [](const store::EntretienRecord& a, const store::EntretienRecord& b) {
                             return a.scheduledAt < b.scheduledAt;
                         });
        if (const store::EntretienRecord* latest = file.latestRecord();
            latest && latest->status != store::EntretienStatus::Destroyed) {
            auto opened = store.entretiens().open(latest->id, identity);
            if (opened) {
                file.latest = std::move(opened).value();
            } else {
                file.latestProblem = opened.error().message;
            }
        }
        auto requests = store.avis().list(identity, declarationId);
        if (!requests) {
            return requests.error();
        }
        QList<store::AvisRecord> sorted = *requests;
        std::stable_sort(sorted.begin(), sorted.end(),
                         [](const store::AvisRecord& a, const store::AvisRecord& b) {
                             return a.requestedAt < b.requestedAt;
                         });
        const QString self = [&] {
            auto person = store.directory().personFor(identity.certificate());
            return person ? person->id : QString();
        }();
        for (const store::AvisRecord& request : sorted) {
            EntretienFile::Avis avis{request, std::nullopt, {}};
            // The declarant lists the requests about her DI but may not read them: no refusal to audit.
            const bool party = request.requestedById == self || request.collegeId == self;
            if (party && request.status != store::AvisStatus::Destroyed) {
                auto opened = store.avis().open(request.id, identity);
                if (opened) {
                    avis.opened = std::move(opened).value();
                } else {
                    avis.problem = opened.error().message;
                }
            }
            file.avis << avis;
        }
        return file;
    });
}

void ScheduleEntretienCommand::run(const QString& declarationId, const QDateTime& at, const QString& place,
                                   const QString& delegateName)
{
    start([=](store::Store& store, const crypto::Identity& identity) {
        return store.entretiens().schedule(declarationId, identity, at, place, delegateName);
    });
}

void RecordFicheCommand::run(const QString& entretienId, const EntretienFiche& fiche)
{
    start([=](store::Store& store, const crypto::Identity& identity) {
        return store.entretiens().record(entretienId, identity, fiche);
    });
}

void InviteModificationCommand::run(const QString& entretienId)
{
    start([=](store::Store& store, const crypto::Identity& identity) {
        return store.entretiens().inviteModification(entretienId, identity);
    });
}

void OpenEntretienCommand::run(const QString& entretienId)
{
    start([=](store::Store& store, const crypto::Identity& identity) {
        return store.entretiens().open(entretienId, identity);
    });
}

void AcknowledgeFicheCommand::run(const QString& entretienId)
{
    start([=](store::Store& store, const crypto::Identity& identity) {
        return store.entretiens().acknowledge(entretienId, identity);
    });
}

void RequestAvisCommand::run(const QString& declarationId, const QString& question)
{
    start([=](store::Store& store, const crypto::Identity& identity) {
        return store.avis().request(declarationId, identity, question);
    });
}

void RecordAvisCommand::run(const QString& requestId, const CollegeAvis& avis)
{
    start([=](store::Store& store, const crypto::Identity& identity) {
        return store.avis().record(requestId, identity, avis);
    });
}

FicheDocument ExportFichePdfCommand::document(const store::EntretienRecord& entretien,
                                              const EntretienFiche& fiche) const
{
    FicheDocument document;
    document.fiche = fiche;
    document.declarant = entretien.declarant;
    document.heldAt = entretien.heldAt;
    document.acknowledgedAt = entretien.acknowledgedAt;
    if (auto record = m_session.store->declarations().record(entretien.declarationId)) {
        document.declarationFiledAt = record->filedAt;
        document.declarationEvent = record->event;
    }
    if (auto authority = m_session.store->directory().personById(entretien.authorityId)) {
        document.authorityName = authority->name;
    }
    return document;
}

Status ExportFichePdfCommand::run(const store::EntretienRecord& entretien, const EntretienFiche& fiche,
                                  const QString& path) const
{
    // The fiche in clear leaves the store: recorded (export-pdf, the file's hash) before it is written.
    return exportFichePdf(document(entretien, fiche), path, [this, &entretien](QByteArrayView pdf) {
        return m_session.store->entretiens().recordDisclosure(
            entretien.id, m_session.identity, store::actions::ExportPdf, QStringLiteral("pdf"),
            QString::fromLatin1(QCryptographicHash::hash(pdf, QCryptographicHash::Sha256).toHex()));
    });
}

QString asciiFileStem(const QString& text)
{
    QString stem;
    for (const QChar c : text.normalized(QString::NormalizationForm_D)) {
        if (c.isLetterOrNumber() && c.unicode() < 128) {
            stem += c;
        } else if (c.isSpace() || c == QLatin1Char('-') || c == QLatin1Char('\'') || c == QChar(0x2019)) {
            stem += QLatin1Char('-');
        }
    }
    return stem;
}

QString fichePdfName(const store::EntretienRecord& entretien, const EntretienFiche& fiche)
{
    return QStringLiteral("Fiche-navette-%1-%2.pdf")
        .arg(asciiFileStem(entretien.declarant), fiche.date.toString(Qt::ISODate));
}

} // namespace probitas::gui
