#pragma once

#include "Store.h"

#include <QDate>
#include <QList>
#include <QString>

namespace probitas::store {

// One member of the demo organisation, as written to DIR/demo.json.
struct DemoMember
{
    QString name;
    QString role; // "declarant", "authority", "auditor", "admin", or "ca" for the demo CA
    QString authorityId;
    QString identityFile; // file name inside DIR
    QString passphrase;   // a demo passphrase: the demo is for trying Probitas, never for real declarations
};

// Creates the demo organisation in `store`: a CA; the heads of TJ Nanterre and of CA Versailles; the
// collège de déontologie, the HATVP, the CSM, the garde des sceaux, the IGJ and the président of the Conseil
// constitutionnel; an auditor; an administrator; a juge and a substitut at TJ Nanterre (its président is the
// third magistrate); a member of the Conseil constitutionnel. Files the sample declarations (four DIs, the
// président's and the member's DSPs) and has the président acknowledge the juge's DI. The juge's entretien
// déontologique is held (its fiche recorded by the président and acknowledged by the juge); the procureur
// has asked the collège's avis on the substitut's DI, and the collège has answered; the HATVP has asked the
// président for explanations on his DSP, which await his answer. Writes every PKCS#12 and DIR/demo.json.
Result<QList<DemoMember>> createDemo(Store& store, const QString& directory);

// The day the magistrate of a demo sample ("di-juge.json", "di-substitut.json", "di-president.json",
// "dsp-president.json", "di-membre-cc.json", "dsp-membre-cc.json") took office, in a demo made on `madeOn`:
// days before it, so that the demo's story (filings on time, one late) reads true whatever the day it is
// made.
QDate demoInstalledOn(const QString& sample, QDate madeOn);

} // namespace probitas::store
