#pragma once

#include <QString>
#include <QStringList>

// Audit action names read by more than one part of the program, kept in one place so that the writers and
// the readers (the statistics, the auditor's bundle) cannot drift apart.
namespace probitas::store::actions {

inline const QString File = QStringLiteral("file");
inline const QString Forward = QStringLiteral("forward");
// A copy of a declaration sealed again, by its holder, from their former certificate to the one in force
// after a renewal (Declarations::resealFormer): the same standing (filed or forwarded), for them alone.
inline const QString Reseal = QStringLiteral("reseal");
inline const QString Acknowledge = QStringLiteral("acknowledge");
inline const QString Denied = QStringLiteral("denied");
// A procedure recorded against a magistrate, and its closing (which lifts its legal hold).
inline const QString Procedure = QStringLiteral("procedure");
inline const QString ProcedureClose = QStringLiteral("procedure-close");
// A declaration destroyed by retention (its envelopes and receipts go, its metadata stays).
inline const QString Purge = QStringLiteral("purge");
// A signed checkpoint (AuditCheckpoint.h): the administrator or the auditor vouches for the head it names.
inline const QString Checkpoint = QStringLiteral("checkpoint");
// The auditor's bundle (AuditBundle.h).
inline const QString ExportBundle = QStringLiteral("export-bundle");
// Written by the authority's client: an entretien déontologique recorded (art. 7-2), an avis asked of the
// collège de déontologie (art. 7-2 II). The statistics count them per jurisdiction.
inline const QString EntretienRecord = QStringLiteral("entretien-record");
inline const QString AvisRequest = QStringLiteral("avis-request");
// A plaintext leaving the store, each its own action, recorded before anything is written
// (Declarations::recordDisclosure, EntretienRegister::recordDisclosure): a declaration or a fiche navette as
// its PDF (the GUI's exports), a declaration as the HATVP's XML (probitas-cli hatvp export ID --store).
inline const QString ExportPdf = QStringLiteral("export-pdf");
inline const QString ExportHatvp = QStringLiteral("export-hatvp");
inline const QStringList Disclosures{ExportPdf, ExportHatvp};
// A magistrate's signed request to change their official posting, and an administrator's rejection of it
// (a grant is the "directory-posting" statement naming the request: Directory.h).
inline const QString PostingRequest = QStringLiteral("posting-request");
inline const QString PostingReject = QStringLiteral("posting-reject");
// The convocation to an entretien; `audit verify` matches it to its row.
inline const QString EntretienSchedule = QStringLiteral("entretien-schedule");

// Written by the authority's client: a reminder letter to a magistrate whose declarations owed to it are
// overdue (the compliance dashboard's "Reminder letters", Declarations::recordReminder), recorded before the
// letter is written. Names the magistrate and each declaration's kind, event and due date, and the letter's
// SHA-256; no declaration (none was filed), no content. Only an authority writes one (the server checks it).
inline const QString ReminderLetter = QStringLiteral("reminder-letter");

// The HATVP's control of a DSP (Controls.h): each act its own action, written in the act's transaction and
// naming the control and the act; the statistics count them. An opening of the acts is audited too.
inline const QString ControlRequest = QStringLiteral("control-request");        // art. 7-3 IV, 1st sentence
inline const QString ControlAnswer = QStringLiteral("control-answer");          // the declarant's
inline const QString ControlInjonction = QStringLiteral("control-injonction");  // art. 7-3 IV, 2nd sentence
inline const QString ControlTaxReturns = QStringLiteral("control-tax-returns"); // art. 7-3 V
inline const QString ControlConclude = QStringLiteral("control-conclude");      // art. 7-3 VI
inline const QString ControlOpen = QStringLiteral("control-open");
inline const QStringList ControlActs{ControlRequest, ControlAnswer, ControlInjonction, ControlTaxReturns,
                                     ControlConclude};

} // namespace probitas::store::actions
