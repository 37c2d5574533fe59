#include "BuiltInData.h"

#include "FormDefinition.h"
#include "HatvpMapping.h"
#include "Jurisdictions.h"
#include "Obligations.h"
#include "OpinionGuard.h"

#include <QCoreApplication>

Q_LOGGING_CATEGORY(lcBuiltInData, "probitas.declaration.data")

namespace probitas {

namespace {

struct BuiltInDataText
{
    Q_DECLARE_TR_FUNCTIONS(BuiltInDataText)
};

} // namespace

Status loadBuiltInData()
{
    QStringList broken;
    if (FormCatalog::builtIn().current(DeclarationKind::Interets, {}) == nullptr ||
        FormCatalog::builtIn().current(DeclarationKind::Patrimoine, {}) == nullptr) {
        broken << BuiltInDataText::tr("the form definitions");
    }
    if (ObligationRules::builtIn().regimes().empty()) {
        broken << BuiltInDataText::tr("the obligation rules");
    }
    if (JurisdictionDirectory::builtIn().cours().empty()) {
        broken << BuiltInDataText::tr("the jurisdiction directory");
    }
    if (OpinionGuard::builtIn().isEmpty()) {
        broken << BuiltInDataText::tr("the art. 7-2 III lexicon");
    }
    if (HatvpMapping::builtIn().isEmpty()) {
        broken << BuiltInDataText::tr("the correspondence with the HATVP's XML");
    }
    if (!broken.isEmpty()) {
        return Error::environment(
            BuiltInDataText::tr("this build of Probitas is defective: %1 could not be loaded")
                .arg(broken.join(QStringLiteral(", "))));
    }
    return success();
}

} // namespace probitas
