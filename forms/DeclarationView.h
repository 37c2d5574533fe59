#pragma once

#include "Declaration.h"
#include "FormDefinition.h"

#include <QSet>
#include <QStringList>
#include <QWidget>
#include <map>
#include <vector>

class QTextBrowser;

namespace probitas {

// What to highlight when a declaration is shown beside another version of it (DeclarationCompareView):
// each mark is a colour and also a word, so it survives black-and-white printing and screen readers.
struct ViewHighlights
{
    enum class Mark { None, Added, Removed, Changed };
    QSet<QString> headerFields;                                // declarant fields that differ
    std::map<QString, std::vector<Mark>> entries;              // item id -> one mark per entry
    std::map<QString, std::vector<QStringList>> changedFields; // item id -> per entry, the fields that differ
    QSet<QString> answers; // items whose answer changed form: "néant" <-> entries, or no longer answered
    bool observations = false;
};

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

    // Every piece of declared text is escaped: the HTML carries no markup from the declarant. Each item
    // starts with the anchor "item-<id>" (QTextBrowser::scrollToAnchor).
    static QString toHtml(const Declaration& declaration, const FormDefinition& definition,
                          const ViewHighlights* highlights = nullptr);

private:
    QTextBrowser* m_browser;
};

} // namespace probitas
