#include "DeclarationCompareView.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QScrollBar>
#include <QSplitter>
#include <QTextBrowser>
#include <QUrl>
#include <QVBoxLayout>
#include <algorithm>
#include <set>

namespace probitas {

namespace {

QLabel* swatch(const QString& colour, const QString& text, QWidget* parent)
{
    auto* label = new QLabel(QStringLiteral("<span style=\"background-color: %1;\">&nbsp;&nbsp;&nbsp;&nbsp;"
                                            "</span>&nbsp;%2")
                                 .arg(colour, text.toHtmlEscaped()),
                             parent);
    return label;
}

QStringList differingFields(const Entry& left, const Entry& right)
{
    std::set<QString> keys;
    for (const auto& [id, value] : left.values) {
        keys.insert(id);
    }
    for (const auto& [id, value] : right.values) {
        keys.insert(id);
    }
    QStringList fields;
    for (const QString& id : keys) {
        const auto a = left.values.find(id);
        const auto b = right.values.find(id);
        const bool inLeft = a != left.values.end();
        const bool inRight = b != right.values.end();
        if (inLeft != inRight || (inLeft && !(a->second == b->second))) {
            fields << id;
        }
    }
    return fields;
}

} // namespace

DeclarationCompareView::DeclarationCompareView(QWidget* parent)
    : QWidget(parent)
    , m_summary(new QTextBrowser(this))
    , m_previousCaption(new QLabel(this))
    , m_currentCaption(new QLabel(this))
    , m_previous(new QTextBrowser(this))
    , m_current(new QTextBrowser(this))
{
    setObjectName(QStringLiteral("declarationCompareView"));
    m_summary->setObjectName(QStringLiteral("compareSummary"));
    m_summary->setOpenLinks(false);
    m_summary->setAccessibleName(tr("Changes since the previous version"));
    m_previous->setObjectName(QStringLiteral("comparePrevious"));
    m_current->setObjectName(QStringLiteral("compareCurrent"));
    m_previous->setAccessibleName(tr("The previous version"));
    m_current->setAccessibleName(tr("This version"));
    for (QTextBrowser* browser : {m_previous, m_current}) {
        browser->setOpenLinks(false);
    }
    m_previousCaption->setObjectName(QStringLiteral("previousCaption"));
    m_currentCaption->setObjectName(QStringLiteral("currentCaption"));

    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_summary);
    m_legend = new QWidget(this);
    auto* legend = new QHBoxLayout(m_legend);
    legend->setContentsMargins(0, 0, 0, 0);
    legend->addWidget(swatch(QStringLiteral("#d4efdc"), tr("new"), m_legend));
    legend->addWidget(
        swatch(QStringLiteral("#fff1bf"), tr("changed (the values that differ are darker)"), m_legend));
    legend->addWidget(swatch(QStringLiteral("#f8d9dc"), tr("removed"), m_legend));
    legend->addStretch();
    layout->addWidget(m_legend);

    m_sides = new QWidget(this);
    auto* splitter = new QSplitter(Qt::Horizontal, m_sides);
    auto* sidesLayout = new QVBoxLayout(m_sides);
    sidesLayout->setContentsMargins(0, 0, 0, 0);
    sidesLayout->addWidget(splitter);
    for (auto [caption, browser] :
         {std::pair{m_previousCaption, m_previous}, std::pair{m_currentCaption, m_current}}) {
        auto* side = new QWidget(splitter);
        auto* sideLayout = new QVBoxLayout(side);
        sideLayout->setContentsMargins(0, 0, 0, 0);
        caption->setParent(side);
        caption->setWordWrap(true);
        browser->setParent(side);
        sideLayout->addWidget(caption);
        sideLayout->addWidget(browser, 1);
        splitter->addWidget(side);
    }
    layout->addWidget(m_sides, 1);

    connect(m_summary, &QTextBrowser::anchorClicked, this, [this](const QUrl& url) {
        const QString fragment = url.fragment();
        if (fragment.startsWith(QLatin1String("item-"))) {
            scrollToItem(fragment.mid(5));
        }
    });
    // The other version follows, at the same relative position: the two rarely have the same length.
    auto follow = [this](QTextBrowser* from, QTextBrowser* to) {
        connect(from->verticalScrollBar(), &QScrollBar::valueChanged, this, [this, from, to](int value) {
            if (m_syncing) {
                return;
            }
            m_syncing = true;
            const int range = from->verticalScrollBar()->maximum();
            to->verticalScrollBar()->setValue(
                range > 0 ? int(qint64(value) * to->verticalScrollBar()->maximum() / range) : 0);
            m_syncing = false;
        });
    };
    follow(m_previous, m_current);
    follow(m_current, m_previous);
    showMessage(QString());
}

void DeclarationCompareView::scrollToItem(const QString& itemId)
{
    m_syncing = true;
    m_previous->scrollToAnchor(QStringLiteral("item-") + itemId);
    m_current->scrollToAnchor(QStringLiteral("item-") + itemId);
    m_syncing = false;
}

void DeclarationCompareView::showMessage(const QString& message)
{
    m_diff = DeclarationDiff();
    m_summary->setHtml(QStringLiteral("<p>%1</p>").arg(message.toHtmlEscaped()));
    m_summary->setMinimumHeight(0);
    m_summary->setMaximumHeight(QWIDGETSIZE_MAX);
    m_sides->hide();
    m_legend->hide();
}

void DeclarationCompareView::setDeclarations(const Declaration& previous, const QString& previousCaption,
                                             const Declaration& current, const QString& currentCaption)
{
    const FormDefinition* before = FormCatalog::builtIn().find(previous.schema);
    const FormDefinition* after = FormCatalog::builtIn().find(current.schema);
    if (!before || !after) {
        showMessage(
            tr("One of the versions was made with a form this version of the program does not know."));
        return;
    }
    m_diff = diffDeclarations(previous, current);
    m_summary->setHtml(summaryHtml(m_diff, *after, current.event));
    // As tall as the list of changes, up to a third of the view.
    m_summary->document()->setTextWidth(m_summary->viewport()->width());
    const int wanted = int(m_summary->document()->size().height()) + 2 * m_summary->frameWidth() + 4;
    m_summary->setFixedHeight(std::clamp(wanted, 40, std::max(80, height() / 3)));
    m_previousCaption->setText(QStringLiteral("<b>%1</b>").arg(previousCaption.toHtmlEscaped()));
    m_currentCaption->setText(QStringLiteral("<b>%1</b>").arg(currentCaption.toHtmlEscaped()));
    const ViewHighlights left = highlights(m_diff, previous, current, true);
    const ViewHighlights right = highlights(m_diff, previous, current, false);
    m_previous->setHtml(DeclarationView::toHtml(previous, *before, &left));
    m_current->setHtml(DeclarationView::toHtml(current, *after, &right));
    m_sides->show();
    m_legend->setVisible(!m_diff.isEmpty());
}

ViewHighlights DeclarationCompareView::highlights(const DeclarationDiff& diff, const Declaration& previous,
                                                  const Declaration& current, bool previousSide)
{
    ViewHighlights marks;
    for (const QString& field : diff.declarantFields) {
        marks.headerFields.insert(field);
    }
    marks.observations = diff.observationsChanged;
    for (const ItemDiff& item : diff.items) {
        if (item.wasAnswered != item.isAnswered || item.wasNeant != item.isNeant) {
            marks.answers.insert(item.itemId);
        }
        const ItemAnswer* mine = (previousSide ? previous : current).answer(item.itemId);
        const ItemAnswer* other = (previousSide ? current : previous).answer(item.itemId);
        const std::vector<int>& counterparts =
            previousSide ? item.previousCounterpart : item.currentCounterpart;
        if (!mine || counterparts.size() != mine->entries.size()) {
            continue;
        }
        std::vector<ViewHighlights::Mark> entryMarks;
        std::vector<QStringList> fields;
        for (std::size_t index = 0; index < counterparts.size(); ++index) {
            const int counterpart = counterparts[index];
            if (counterpart < 0 || !other || std::size_t(counterpart) >= other->entries.size()) {
                entryMarks.push_back(previousSide ? ViewHighlights::Mark::Removed
                                                  : ViewHighlights::Mark::Added);
                fields.emplace_back();
                continue;
            }
            const QStringList differing =
                differingFields(mine->entries[index], other->entries[std::size_t(counterpart)]);
            entryMarks.push_back(differing.isEmpty() ? ViewHighlights::Mark::None
                                                     : ViewHighlights::Mark::Changed);
            fields.push_back(differing);
        }
        marks.entries[item.itemId] = entryMarks;
        marks.changedFields[item.itemId] = fields;
    }
    return marks;
}

QString DeclarationCompareView::summaryHtml(const DeclarationDiff& diff, const FormDefinition& definition,
                                            DeclarationEvent event)
{
    if (diff.isEmpty()) {
        return QStringLiteral("<p><b>%1</b></p>")
            .arg(tr("No change since the previous version.").toHtmlEscaped());
    }
    QStringList lines;
    if (!diff.declarantFields.isEmpty()) {
        QStringList labels;
        for (const QString& id : diff.declarantFields) {
            const FieldDefinition* field = definition.findHeaderField(id);
            labels << (field ? field->label.text() : id);
        }
        lines << tr("Declarant: %1").arg(labels.join(QStringLiteral(", "))).toHtmlEscaped();
    }
    for (const ItemDefinition* item : definition.itemsFor(event)) {
        const ItemDiff* change = diff.find(item->id);
        if (!change) {
            continue;
        }
        QStringList parts;
        if (!change->isAnswered) {
            parts << tr("no longer answered");
        } else if (change->wasNeant && !change->isNeant) {
            parts << tr("was \"nothing to declare\"");
        } else if (!change->wasNeant && change->isNeant) {
            parts << tr("now \"nothing to declare\"");
        } else if (!change->wasAnswered) {
            parts << tr("newly answered");
        }
        if (change->added > 0) {
            parts << tr("%n entry(ies) added", nullptr, change->added);
        }
        if (change->changed > 0) {
            parts << tr("%n entry(ies) changed", nullptr, change->changed);
        }
        if (change->removed > 0) {
            parts << tr("%n entry(ies) removed", nullptr, change->removed);
        }
        lines << QStringLiteral("<a href=\"#item-%1\">%2 %3</a> — %4")
                     .arg(item->id, item->number.toHtmlEscaped(), item->title.text().toHtmlEscaped(),
                          parts.join(QStringLiteral(", ")).toHtmlEscaped());
    }
    if (diff.observationsChanged) {
        lines << tr("Observations changed").toHtmlEscaped();
    }
    QString html =
        QStringLiteral("<p><b>%1</b></p><ul style=\"margin-top: 0;\">")
            .arg(tr("%n change(s) since the previous version:", nullptr, int(lines.size())).toHtmlEscaped());
    for (const QString& line : lines) {
        html += QStringLiteral("<li>%1</li>").arg(line);
    }
    return html + QStringLiteral("</ul>");
}

} // namespace probitas
