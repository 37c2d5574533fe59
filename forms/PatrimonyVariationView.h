#pragma once

#include "PatrimonyVariation.h"

#include <QWidget>

class QTextBrowser;

namespace probitas {

// The variation of a magistrate's assets between two DSPs (art. 7-3, VI), per category and in total, with
// the split between separate, community and jointly owned property where the declarations give it. A
// first declaration shows its own totals and says there is nothing to compare with yet.
class PatrimonyVariationView : public QWidget
{
    Q_OBJECT

public:
    explicit PatrimonyVariationView(QWidget* parent = nullptr);

    void setVariation(const PatrimonyVariation& variation, const QString& previousCaption,
                      const QString& currentCaption);
    // One declaration alone (`totals` from computeTotals): its totals, and `message`.
    void setTotalsOnly(const PatrimonyVariation& totals, const QString& caption, const QString& message);
    void showMessage(const QString& message);
    QTextBrowser* browser() const { return m_browser; }

    static QString toHtml(const PatrimonyVariation& variation, const QString& previousCaption,
                          const QString& currentCaption, bool compare);

private:
    QTextBrowser* m_browser;
};

} // namespace probitas
