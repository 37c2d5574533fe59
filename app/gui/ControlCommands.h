#pragma once

// The commands of the HATVP's control of a DSP (art. 7-3 IV to VI of ord. 58-1270; art. 3-2 IV to VI of
// ord. 58-1067): the list the HATVP and the declarant see, opening the acts, each act (signed and sealed off
// the GUI thread, on a Store of the worker's own), and an act as a PDF. Views call these; only these call the
// store and the cryptography.
#include "ControlPdf.h"
#include "Controls.h"
#include "EntretienCommands.h"

#include <QCoreApplication>
#include <QSet>
#include <optional>

namespace probitas::gui {

// What the control views list: the controls this person may see, verified, and the DSPs they are about.
struct ControlListing
{
    QList<store::ControlRecord> controls; // oldest deadline first
    // The DSPs this person sees (for the HATVP: every DSP it received, controlled or not; for a declarant:
    // hers), by id.
    QHash<QString, store::DeclarationRecord> declarations;
    // The DSPs of the HATVP's inbox without a control yet, newest first (empty for a declarant).
    QList<store::DeclarationRecord> uncontrolled;
    // Declarants who are members of the Conseil constitutionnel (ord. 58-1067 art. 3-2, not 7-3).
    QSet<QString> conseilConstitutionnel;

    // For the HATVP: read from `store` for `identity`, the person `person`.
    static Result<ControlListing> read(const store::Store& store, const crypto::Identity& identity,
                                       const store::Person& person);
};

// What the people of a control read in the tables and banners.
class ControlLabels
{
    Q_DECLARE_TR_FUNCTIONS(ControlLabels)

public:
    // "Request for explanations", "Answer", "Injonction", ...
    static QString actKind(store::ControlActKind kind);
    // "in progress", "concluded on 02/06/2026", "destroyed (retention period over)".
    static QString status(const store::ControlRecord& control);
    // What the control waits for: "answer to the injonction due by 02/07/2026", "answer awaited to the
    // request of 02/06/2026", "answer received on 05/06/2026"; the outcome once concluded.
    static QString state(const store::ControlRecord& control);
    // The nearest deadline of an open control: an injonction's month, else the six months of VI.
    static QDate nextDeadline(const store::ControlRecord& control);
    // "Appreciation by 02/12/2026", with "injonction: by 02/07/2026" first when one runs.
    static QString deadlines(const store::ControlRecord& control);
    // Whether this act waits for the declarant's answer: a request or an injonction without one.
    static bool awaitsAnswer(const store::ControlActRecord& act);
    // The acts that wait for the declarant's answer (a request or an injonction without one), oldest first.
    static QList<store::ControlActRecord> awaitingAnswer(const store::ControlRecord& control);
};

// What the HATVP writes in an act, or the declarant in her answer, before it is signed.
struct ControlActInput
{
    store::ControlActKind kind = store::ControlActKind::ExplanationRequest;
    QString text;
    store::InjonctionGrounds grounds = store::InjonctionGrounds::Incomplete; // an injonction's
    store::ControlOutcome outcome = store::ControlOutcome::NoObservation;    // a conclusion's
    bool includingPartner = false;                                           // a tax-returns request's
    QString answers; // an answer's: the act it answers
};

// One act of the HATVP (the first opens the control of the DSP), or the declarant's answer: signed, sealed
// for both and audited by the store, off the GUI thread. The result is the act's id.
class ControlActCommand : public StoreStep<QString>
{
public:
    using StoreStep::StoreStep;
    // `declarationId` for the HATVP's acts; an answer names the act it answers in `input.answers`.
    void run(const QString& declarationId, const ControlActInput& input);
};

// The acts of one control, opened and verified (the opening audited), off the GUI thread.
class OpenControlCommand : public StoreStep<store::OpenedControl>
{
public:
    using StoreStep::StoreStep;
    void run(const QString& controlId);
};

// "Export the act as PDF…": the act already opened, recorded (export-pdf, the file's hash) before it is
// written.
class ExportControlActPdfCommand
{
public:
    explicit ExportControlActPdfCommand(Session& session)
        : m_session(session)
    {}
    // The document the PDF and the views show; `actId` must be one of `opened`'s acts other than an answer.
    static std::optional<ControlActDocument> document(const store::OpenedControl& opened,
                                                      const QString& actId,
                                                      const store::DeclarationRecord* declaration,
                                                      bool conseilConstitutionnel);
    Status run(const QString& controlId, const QString& actId, const ControlActDocument& document,
               const QString& path) const;

private:
    Session& m_session;
};

// "HATVP-Demande-d-explications-Moreau-2026-06-02.pdf": no content, only the act, the name and the date.
QString controlActPdfName(const store::ControlRecord& control, const store::ControlActRecord& act);

} // namespace probitas::gui
