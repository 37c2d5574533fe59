#pragma once

#include "Declarations.h"

#include <QDate>
#include <optional>

namespace probitas::store {

// The HATVP's control of a DSP filed to it: art. 7-3 IV to VI of ord. 58-1270 (magistrates under lo-2016,
// and the CSM's members through LO 94-100 art. 10-1-2) and art. 3-2 IV to VI of ord. 58-1067 (members of
// the Conseil constitutionnel). One control per DSP, opened by the HATVP's first act; each act is a row of
// clear metadata (kind, author, date, deadline) and a document signed by its author and sealed (CMS) for
// the HATVP and the declarant, written with its own audit entry in one transaction. Every reading checks the
// rows against the signed entries that recorded them (a deadline, status or document changed by hand is an
// Integrity error) and each document against its author's certificate. Controls.cpp.

enum class ControlActKind {
    ExplanationRequest, // "explanation-request": IV, "toute explication nécessaire"
    Answer,             // "answer": the declarant's, to a request or an injonction
    Injonction,         // "injonction": IV, one month to complete the declaration or to answer
    TaxReturnsRequest,  // "tax-returns-request": V, the returns under CGI art. 170 to 175 A (and 885 W)
    Conclusion,         // "conclusion": VI, the appreciation of the variation
};
QString controlActKindId(ControlActKind kind);
std::optional<ControlActKind> controlActKindFromId(const QString& id);

// Why the HATVP enjoins (IV): "en cas de déclaration incomplète ou lorsqu'il n'a pas été donné suite à une
// demande d'explication".
enum class InjonctionGrounds {
    Incomplete, // "incomplete"
    Unanswered, // "unanswered": an explanation request of this control has no answer
};
QString injonctionGroundsId(InjonctionGrounds grounds);
std::optional<InjonctionGrounds> injonctionGroundsFromId(const QString& id);

// How the appreciation ends (VI).
enum class ControlOutcome {
    NoObservation, // "no-observation": the variation calls for no observation; the declarant is informed
    Justified,     // "justified": the variation is justified; the declarant is informed
    Parquet, // "parquet": explanations insufficient, after she could give them; the file goes to the parquet
    GardeDesSceaux, // "garde-des-sceaux": a magistrate's unanswered injonction; the garde des sceaux is
                    // seized
};
QString controlOutcomeId(ControlOutcome outcome);
std::optional<ControlOutcome> controlOutcomeFromId(const QString& id);

// One act's clear metadata.
struct ControlActRecord
{
    QString id;
    ControlActKind kind = ControlActKind::ExplanationRequest;
    QString authorId;
    QString author; // name
    QDateTime at;
    QDate dueOn;                              // an injonction's month
    std::optional<InjonctionGrounds> grounds; // an injonction's
    QString answers;                          // an answer's: the act it answers
    QString answeredBy;                       // a request's or an injonction's: its answer, once given
    std::optional<ControlOutcome> outcome;    // a conclusion's

    QJsonObject toJson() const;
};

// A control's clear metadata and its acts, in order.
struct ControlRecord
{
    QString id;
    QString declarationId;
    QString declarantId;
    QString declarant; // name
    QString controllerId;
    QDateTime receivedAt; // the DSP's filing: the six months run from it (VI)
    QDate dueOn;          // the appreciation's deadline
    ControlStatus status = ControlStatus::Open;
    std::optional<ControlOutcome> outcome;
    QDateTime concludedAt;
    QList<ControlActRecord> acts;

    // An injonction without its answer whose month is running or has run.
    const ControlActRecord* pendingInjonction() const;
    QJsonObject toJson() const;
};

// One act as its author wrote it (what the document sealed says), and its metadata.
struct OpenedControlAct
{
    ControlActRecord record;
    QString text;
    bool includingPartner = false; // a tax-returns request: also those of the spouse, partner or concubin (V)
};

struct OpenedControl
{
    ControlRecord record;
    QList<OpenedControlAct> acts;
    QByteArray toCanonicalJson() const;
};

class ControlRegister
{
    Q_DECLARE_TR_FUNCTIONS(store)

public:
    ControlRegister(const Connection& connection, const DirectoryView& directory, const AuditTrail& audit,
                    const Declarations& declarations);
    ControlRegister(const ControlRegister&) = delete;
    ControlRegister& operator=(const ControlRegister&) = delete;

    // The HATVP's acts, by the DSP's id: the first opens the control. Each returns the act's id.
    Result<QString> requestExplanation(const QString& declarationId, const crypto::Identity& hatvp,
                                       const QString& text);
    Result<QString> enjoin(const QString& declarationId, const crypto::Identity& hatvp,
                           InjonctionGrounds grounds, const QString& text);
    Result<QString> requestTaxReturns(const QString& declarationId, const crypto::Identity& hatvp,
                                      bool includingPartner, const QString& text);
    // Ends the control; the outcome must follow from its acts (Parquet: the declarant was asked for
    // explanations first; GardeDesSceaux: an injonction's month ran out unanswered, a magistrate's).
    Result<QString> conclude(const QString& declarationId, const crypto::Identity& hatvp,
                             ControlOutcome outcome, const QString& text);
    // The declarant answers a request or an injonction of her own control, once.
    Result<QString> answer(const QString& actId, const crypto::Identity& declarant, const QString& text);

    // The controls this identity may see, verified, oldest deadline first; `openOnly`: the HATVP's dashboard.
    Result<QList<ControlRecord>> list(const crypto::Identity& identity, bool openOnly = false) const;
    // One control, verified, without an access check (for the store's own use and tests).
    Result<ControlRecord> get(const QString& controlId) const;
    // The control of a DSP, when there is one (its id, else empty), without an access check.
    Result<QString> controlOf(const QString& declarationId) const;
    // The acts, opened and verified, for the HATVP or the declarant. Audited.
    Result<OpenedControl> open(const QString& controlId, const crypto::Identity& identity);
    // An act's PDF about to leave the store (open's decision): "export-pdf", naming the control and the act.
    Status recordDisclosure(const QString& controlId, const QString& actId, const crypto::Identity& identity,
                            const QString& fileSha256 = {});

private:
    struct HatvpAct
    {
        ControlActKind kind;
        ControlAction action;
        QString text;
        std::optional<InjonctionGrounds> grounds;
        std::optional<ControlOutcome> outcome;
        bool includingPartner = false;
    };
    // What an act says, before it is dated, sealed and written.
    struct Draft
    {
        ControlActKind kind;
        QString text;
        std::optional<InjonctionGrounds> grounds;
        std::optional<ControlOutcome> outcome;
        bool includingPartner = false;
        QString answers;
    };
    Result<QString> act(const QString& declarationId, const crypto::Identity& hatvp, const HatvpAct& act);
    // Dates, seals (for the controller and the declarant) and writes an act, the control too when `control`
    // is null, with its audit entry, in one transaction.
    Result<QString> write(const Actor& actor, const crypto::Identity& identity, const ControlRecord* control,
                          const DeclarationRecord& declaration, const QString& declarantId,
                          const Draft& draft);

    const Connection& m_connection;
    const DirectoryView& m_directory;
    const AuditTrail& m_audit;
    const Declarations& m_declarations;
};

} // namespace probitas::store
