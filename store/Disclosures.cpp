// Plaintexts leaving the store (a declaration's PDF, its HATVP XML, a fiche navette's PDF): each is an audit
// action of its own, recorded before the file is written.
#include "AuditActions.h"
#include "Registers.h"

#include <QRegularExpression>

namespace probitas::store {

namespace {

// Metadata only, of a known shape: a name for the format and a hash, never content nor a path.
Status checkDisclosure(const QString& action, const QString& format, const QString& fileSha256)
{
    static const QRegularExpression formatPattern(QStringLiteral("^[a-z0-9-]{1,32}$"));
    static const QRegularExpression sha256Pattern(QStringLiteral("^[0-9a-f]{64}$"));
    if (!actions::Disclosures.contains(action) || !formatPattern.match(format).hasMatch() ||
        (!fileSha256.isEmpty() && !sha256Pattern.match(fileSha256).hasMatch())) {
        return Error::unusable(Declarations::tr("not a disclosure the audit trail records: %1").arg(action));
    }
    return success();
}

QJsonObject disclosureDetails(const QString& format, const QString& fileSha256)
{
    QJsonObject details{{QStringLiteral("format"), format}};
    if (!fileSha256.isEmpty()) {
        details.insert(QStringLiteral("sha256"), fileSha256);
    }
    return details;
}

} // namespace

Status Declarations::recordDisclosure(const QString& id, const crypto::Identity& identity,
                                      const QString& action, const QString& format, const QString& fileSha256)
{
    if (Status checked = checkDisclosure(action, format, fileSha256); !checked) {
        return checked;
    }
    // Who may read the content may take it out, and no one else: the decision of open.
    auto readable = readableEnvelope(id, identity);
    if (!readable) {
        return readable.error();
    }
    return m_audit.appendAlone(readable->actor, identity, action, id, disclosureDetails(format, fileSha256));
}

Status EntretienRegister::recordDisclosure(const QString& entretienId, const crypto::Identity& identity,
                                           const QString& action, const QString& format,
                                           const QString& fileSha256)
{
    if (Status checked = checkDisclosure(action, format, fileSha256); !checked) {
        return checked;
    }
    auto step = this->step(entretienId, identity, EntretienAction::Open);
    if (!step) {
        return step.error();
    }
    QJsonObject details = disclosureDetails(format, fileSha256);
    details.insert(QStringLiteral("entretien"), entretienId);
    return m_audit.appendAlone(step->actor, identity, action, step->record.declarationId, details);
}

} // namespace probitas::store
