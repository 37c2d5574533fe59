#pragma once

#include "Declaration.h"
#include "DeclarationDiff.h"
#include "DeclarationView.h"

#include <QWidget>

class QLabel;
class QTextBrowser;

namespace probitas {

// Two versions of one declaration side by side, each in the form's layout, with what changed highlighted
// on both sides (new and changed entries on the right, removed and changed ones on the left, the fields
// that differ in a stronger colour) and, above them, the list of changes: a click on one scrolls both
// versions to that item. Scrolling one version scrolls the other along.
class DeclarationCompareView : public QWidget
{
    Q_OBJECT

public:
    explicit DeclarationCompareView(QWidget* parent = nullptr);

    void setDeclarations(const Declaration& previous, const QString& previousCaption,
                         const Declaration& current, const QString& currentCaption);
    // Nothing to compare with: the message says why.
    void showMessage(const QString& message);

    const DeclarationDiff& diff() const { return m_diff; }
    QTextBrowser* summary() const { return m_summary; }
    QTextBrowser* previousBrowser() const { return m_previous; }
    QTextBrowser* currentBrowser() const { return m_current; }
    void scrollToItem(const QString& itemId);

    // What each side highlights, from the diff of previous -> current.
    static ViewHighlights highlights(const DeclarationDiff& diff, const Declaration& previous,
                                     const Declaration& current, bool previousSide);
    // The list of changes, in the law's order, each item a link "#item-<id>".
    static QString summaryHtml(const DeclarationDiff& diff, const FormDefinition& definition,
                               DeclarationEvent event);

private:
    QTextBrowser* m_summary;
    QLabel* m_previousCaption;
    QLabel* m_currentCaption;
    QTextBrowser* m_previous;
    QTextBrowser* m_current;
    QWidget* m_sides;
    QWidget* m_legend;
    DeclarationDiff m_diff;
    bool m_syncing = false;
};

} // namespace probitas
