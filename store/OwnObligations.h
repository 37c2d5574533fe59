#pragma once

#include "Compliance.h"
#include "Identity.h"
#include "Obligations.h"
#include "Profile.h"
#include "Result.h"

#include <QCoreApplication>
#include <QDate>
#include <QString>
#include <vector>

namespace probitas::store {

class Store;

// The reading of the law a store's obligations are computed under, and why it is that one: what "My
// obligations" and `probitas-cli obligations --store` name.
struct AppliedRegime
{
    QString id;    // "lo-2016"
    QString title; // the regime's title, in French as the law is always quoted
    QString why;   // "the text this store applies, ..."
};
// The one place the store side chooses it: the regime the store's administrators stated in their signed
// statements (DirectoryView::regime), the one its filings are routed by. An Integrity error when those
// statements are refused.
Result<AppliedRegime> obligationsRegime(const Store& store);

// A magistrate's own obligations: those of her official posting as the store's verified directory states it
// (with the substantial change she last declared), each with the filing of hers that met it (Compliance.h's
// standings) or still due.
struct OwnObligations
{
    Profile posting; // the official posting, with the declared change: what the obligations are computed on
    AppliedRegime regime;
    ObligationReport report;
    std::vector<ObligationStanding> standings; // one per report.obligations, in the same order
    std::vector<Filing> filings;               // hers, as Declarations::ownFilings reads them
};

class OwnObligationsText
{
    Q_DECLARE_TR_FUNCTIONS(store)
};

// Invalid (store.no-posting) when the directory states no official posting for this identity; AccessDenied
// for an identity not in the directory.
Result<OwnObligations> ownObligations(const Store& store, const crypto::Identity& identity, QDate today);

} // namespace probitas::store
