#include "ControlCommands.h"

#include "AuditActions.h"
#include "Clock.h"
#include "DocumentPdf.h"
#include "Profile.h"

#include <QCryptographicHash>
#include <QLocale>
#include <algorithm>

namespace probitas::gui {

using documenthtml::day;

namespace {

ControlActDocument::Kind documentKind(store::ControlActKind kind)
{
    switch (kind) {
    case store::ControlActKind::Injonction:
        return ControlActDocument::Kind::Injonction;
    case store::ControlActKind::TaxReturnsRequest:
        return ControlActDocument::Kind::TaxReturnsRequest;
    case store::ControlActKind::Conclusion:
        return ControlActDocument::Kind::Conclusion;
    case store::ControlActKind::ExplanationRequest:
    case store::ControlActKind::Answer:
        break;
    }
    return ControlActDocument::Kind::ExplanationRequest;
}

} // namespace

Result<ControlListing> ControlListing::read(const store::Store& store, const crypto::Identity& identity,
                                            const store::Person& person)
{
    ControlListing listing;
    auto controls = store.controls().list(identity);
    if (!controls) {
        return controls.error();
    }
    listing.controls = std::move(controls).value();
    store::ListFilter filter;
    filter.kind = DeclarationKind::Patrimoine;
    auto declarations = store.declarations().list(identity, filter);
    if (!declarations) {
        return declarations.error();
    }
    QSet<QString> controlled;
    for (const store::ControlRecord& control : listing.controls) {
        controlled.insert(control.declarationId);
    }
    QSet<QString> declarants;
    for (const store::DeclarationRecord& record : *declarations) {
        listing.declarations.insert(record.id, record);
        declarants.insert(record.declarantId);
        // The HATVP's inbox: what others filed to it (a declarant sees only her own, never "uncontrolled").
        if (person.authorityId == store::authorities::Hatvp && record.declarantId != person.id &&
            !controlled.contains(record.id) && record.status != store::DeclarationStatus::Destroyed) {
            listing.uncontrolled.prepend(record);
        }
    }
    for (const QString& declarantId : std::as_const(declarants)) {
        auto declarant = store.directory().personById(declarantId);
        if (declarant && declarant->profile &&
            declarant->profile->status == MagistrateStatus::MembreConseilConstitutionnel) {
            listing.conseilConstitutionnel.insert(declarantId);
        }
    }
    return listing;
}

QString ControlLabels::actKind(store::ControlActKind kind)
{
    switch (kind) {
    case store::ControlActKind::ExplanationRequest:
        return tr("Request for explanations");
    case store::ControlActKind::Answer:
        return tr("Answer of the declarant");
    case store::ControlActKind::Injonction:
        return tr("Injonction");
    case store::ControlActKind::TaxReturnsRequest:
        return tr("Request for the tax returns");
    case store::ControlActKind::Conclusion:
        return tr("Appreciation of the variation");
    }
    return {};
}

QString ControlLabels::status(const store::ControlRecord& control)
{
    switch (control.status) {
    case store::ControlStatus::Open:
        return tr("in progress");
    case store::ControlStatus::Concluded:
        return tr("concluded on %1").arg(day(control.concludedAt));
    case store::ControlStatus::Destroyed:
        return tr("destroyed (retention period over)");
    }
    return {};
}

bool ControlLabels::awaitsAnswer(const store::ControlActRecord& act)
{
    return (act.kind == store::ControlActKind::ExplanationRequest ||
            act.kind == store::ControlActKind::Injonction) &&
           act.answeredBy.isEmpty();
}

QList<store::ControlActRecord> ControlLabels::awaitingAnswer(const store::ControlRecord& control)
{
    QList<store::ControlActRecord> awaiting;
    if (control.status != store::ControlStatus::Open) {
        return awaiting;
    }
    for (const store::ControlActRecord& act : control.acts) {
        if (awaitsAnswer(act)) {
            awaiting << act;
        }
    }
    return awaiting;
}

QString ControlLabels::state(const store::ControlRecord& control)
{
    if (control.status == store::ControlStatus::Concluded && control.outcome) {
        return controlOutcomeLabel(store::controlOutcomeId(*control.outcome));
    }
    if (control.status != store::ControlStatus::Open) {
        return status(control);
    }
    if (const store::ControlActRecord* injonction = control.pendingInjonction()) {
        return injonction->dueOn < Clock::today()
                   ? tr("injonction unanswered: its month ran out on %1").arg(day(injonction->dueOn))
                   : tr("answer to the injonction due by %1").arg(day(injonction->dueOn));
    }
    const QList<store::ControlActRecord> awaiting = awaitingAnswer(control);
    if (!awaiting.isEmpty()) {
        return tr("answer awaited to the request of %1").arg(day(awaiting.first().at));
    }
    for (auto act = control.acts.crbegin(); act != control.acts.crend(); ++act) {
        if (act->kind == store::ControlActKind::Answer) {
            return tr("answer received on %1").arg(day(act->at));
        }
    }
    return control.acts.isEmpty()
               ? QString()
               : tr("%1 on %2").arg(actKind(control.acts.last().kind), day(control.acts.last().at));
}

QDate ControlLabels::nextDeadline(const store::ControlRecord& control)
{
    if (control.status != store::ControlStatus::Open) {
        return {};
    }
    if (const store::ControlActRecord* injonction = control.pendingInjonction();
        injonction && injonction->dueOn < control.dueOn) {
        return injonction->dueOn;
    }
    return control.dueOn;
}

QString ControlLabels::deadlines(const store::ControlRecord& control)
{
    if (control.status != store::ControlStatus::Open) {
        return {};
    }
    QStringList lines;
    if (const store::ControlActRecord* injonction = control.pendingInjonction()) {
        lines << tr("injonction: by %1").arg(day(injonction->dueOn));
    }
    lines << tr("appreciation: by %1").arg(day(control.dueOn));
    return lines.join(QLatin1Char('\n'));
}

void ControlActCommand::run(const QString& declarationId, const ControlActInput& input)
{
    start([=](store::Store& store, const crypto::Identity& identity) -> Result<QString> {
        store::ControlRegister& controls = store.controls();
        switch (input.kind) {
        case store::ControlActKind::ExplanationRequest:
            return controls.requestExplanation(declarationId, identity, input.text);
        case store::ControlActKind::Injonction:
            return controls.enjoin(declarationId, identity, input.grounds, input.text);
        case store::ControlActKind::TaxReturnsRequest:
            return controls.requestTaxReturns(declarationId, identity, input.includingPartner, input.text);
        case store::ControlActKind::Conclusion:
            return controls.conclude(declarationId, identity, input.outcome, input.text);
        case store::ControlActKind::Answer:
            return controls.answer(input.answers, identity, input.text);
        }
        return Error::invalid(QStringLiteral("unknown act"));
    });
}

void OpenControlCommand::run(const QString& controlId)
{
    start([=](store::Store& store, const crypto::Identity& identity) {
        return store.controls().open(controlId, identity);
    });
}

std::optional<ControlActDocument>
ExportControlActPdfCommand::document(const store::OpenedControl& opened, const QString& actId,
                                     const store::DeclarationRecord* declaration, bool conseilConstitutionnel)
{
    const auto act =
        std::find_if(opened.acts.begin(), opened.acts.end(),
                     [&actId](const store::OpenedControlAct& a) { return a.record.id == actId; });
    if (act == opened.acts.end() || act->record.kind == store::ControlActKind::Answer) {
        return std::nullopt;
    }
    ControlActDocument document;
    document.kind = documentKind(act->record.kind);
    document.declarant = opened.record.declarant;
    document.declarationFiledAt = opened.record.receivedAt;
    if (declaration) {
        document.declarationEvent = declaration->event;
    }
    document.conseilConstitutionnel = conseilConstitutionnel;
    document.at = act->record.at;
    document.appreciationDueOn = opened.record.dueOn;
    document.dueOn = act->record.dueOn;
    if (act->record.grounds) {
        document.grounds = store::injonctionGroundsId(*act->record.grounds);
    }
    if (act->record.outcome) {
        document.outcome = store::controlOutcomeId(*act->record.outcome);
    }
    document.includingPartner = act->includingPartner;
    document.text = act->text;
    for (const store::OpenedControlAct& answer : opened.acts) {
        if (answer.record.kind == store::ControlActKind::Answer && answer.record.answers == actId) {
            document.answer = answer.text;
            document.answeredAt = answer.record.at;
        }
    }
    return document;
}

Status ExportControlActPdfCommand::run(const QString& controlId, const QString& actId,
                                       const ControlActDocument& document, const QString& path) const
{
    // The act in clear leaves the store: recorded (export-pdf, the file's hash) before it is written.
    return exportControlActPdf(document, path, [this, &controlId, &actId](QByteArrayView pdf) {
        return m_session.store->controls().recordDisclosure(
            controlId, actId, m_session.identity,
            QString::fromLatin1(QCryptographicHash::hash(pdf, QCryptographicHash::Sha256).toHex()));
    });
}

QString controlActPdfName(const store::ControlRecord& control, const store::ControlActRecord& act)
{
    const QString kind = ControlLabels::actKind(act.kind);
    return QStringLiteral("HATVP-%1-%2-%3.pdf")
        .arg(asciiFileStem(kind), asciiFileStem(control.declarant),
             act.at.toLocalTime().date().toString(Qt::ISODate));
}

} // namespace probitas::gui
