#pragma once

#include "Declaration.h"
#include "FormDefinition.h"

#include <QWidget>

class QTextBrowser;

namespace probitas {

// A whole declaration, read-only, laid out as its form: title, declarant, each item in the law's order with
// its entries, "Néant", or "Not answered" (highlighted), the DSP's totals, the observations. The summary
// page before signing and the viewer show it; the PDF export prints the same HTML.
class DeclarationView : public QWidget
{
    Q_OBJECT

public:
    explicit DeclarationView(QWidget* parent = nullptr);

    // The definition the declaration names, from the built-in catalog; an unknown schema shows a message.
    void setDeclaration(const Declaration& declaration);
    // `definition` must be the one declaration.schema names.
    void setDeclaration(const Declaration& declaration, const FormDefinition& definition);
    QTextBrowser* browser() const { return m_browser; }

    // Every piece of declared text is escaped: the HTML carries no markup from the declarant.
    static QString toHtml(const Declaration& declaration, const FormDefinition& definition);

private:
    QTextBrowser* m_browser;
};

} // namespace probitas
