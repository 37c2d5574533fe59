#pragma once

#include "Declaration.h"
#include "FormDefinition.h"
#include "Result.h"

#include <QString>
#include <functional>

namespace probitas {

struct PdfOptions
{
    bool draft = false;  // every page carries the watermark "Version en cours d'élaboration"
    QString generatedAt; // printed in each page's header when given, e.g. "01/04/2026 09:00"
    // Sees the document once made, before the file is touched; a failure is returned and nothing written
    // (PdfPage::beforeWriting): the GUI records the export in the audit trail there.
    std::function<Status(QByteArrayView pdf)> beforeWriting = nullptr;
};

// The declaration as its official A4 document: the same content as DeclarationView::toHtml (header, items
// in the law's order, "Néant"), with on every page a header, "Page n / N" and the confidentiality notice of
// art. 7-2 (DI) or 7-3 (DSP). Written through QSaveFile: the file at `path` is either the whole new document
// or untouched. A failure is an Environment error naming the path and the reason.
Status exportPdf(const Declaration& declaration, const FormDefinition& definition, const QString& path,
                 const PdfOptions& options = {});

// The notice printed at the foot of every page: which article protects this kind of declaration.
QString confidentialityNotice(DeclarationKind kind);

} // namespace probitas
