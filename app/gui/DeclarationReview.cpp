#include "DeclarationReview.h"

#include "Clock.h"
#include "DeclarationCompareView.h"
#include "DeclarationPdf.h"
#include "DeclarationView.h"
#include "PatrimonyVariation.h"
#include "PatrimonyVariationView.h"

#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QLocale>
#include <QProgressBar>
#include <QPushButton>
#include <QTabWidget>
#include <QTextBrowser>
#include <QVBoxLayout>

namespace probitas::gui {

namespace {

const QLatin1String errorStyle("color: #b02a37;");
const QLatin1String okStyle("color: #146c2e;");

// The side panel has a fixed width; a wrapped label there must ask for the height its text takes at that
// width (the tab and stack above it do not pass height-for-width on).
constexpr int kPanelWidth = 300;
void fitHeight(QLabel* label)
{
    const int width = label->width() > 50 ? label->width() : kPanelWidth - 40;
    label->setMinimumHeight(label->text().isEmpty() ? 0 : label->heightForWidth(width));
}

QString fileStem(const InboxEntry& entry)
{
    // "DI-Durand-Lefevre-2026-03-12": no content, only what the inbox already shows.
    QString name;
    for (const QChar c : entry.record.declarant.normalized(QString::NormalizationForm_D)) {
        if (c.isLetterOrNumber() && c.unicode() < 128) {
            name += c;
        } else if (c.isSpace() || c == QLatin1Char('-')) {
            name += QLatin1Char('-');
        }
    }
    return (entry.record.kind == DeclarationKind::Interets ? QStringLiteral("DI-") : QStringLiteral("DSP-")) +
           name + QLatin1Char('-') + entry.record.filedAt.toLocalTime().date().toString(Qt::ISODate);
}

// A column of the variation: "Filed on 02/03/2026".
QString dateCaption(const QDateTime& filedAt)
{
    return DeclarationReview::tr("Filed on %1")
        .arg(QLocale().toString(filedAt.toLocalTime().date(), QStringLiteral("dd/MM/yyyy")));
}

} // namespace

DeclarationReview::DeclarationReview(Session& session, QWidget* parent)
    : QWidget(parent)
    , m_session(session)
    , m_open(new OpenForReviewCommand(session, this))
    , m_acknowledge(new AcknowledgeCommand(session, this))
{
    setObjectName(QStringLiteral("declarationReview"));
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);

    auto* top = new QHBoxLayout;
    auto* back = new QPushButton(tr("← &Back to the inbox"), this);
    back->setObjectName(QStringLiteral("backToInbox"));
    top->addWidget(back);
    auto* titles = new QVBoxLayout;
    m_title = new QLabel(this);
    m_title->setObjectName(QStringLiteral("reviewTitle"));
    m_subtitle = new QLabel(this);
    m_subtitle->setObjectName(QStringLiteral("reviewSubtitle"));
    m_subtitle->setWordWrap(true);
    titles->addWidget(m_title);
    titles->addWidget(m_subtitle);
    top->addLayout(titles, 1);
    layout->addLayout(top);
    m_busy = new QProgressBar(this);
    m_busy->setObjectName(QStringLiteral("reviewBusy"));
    m_busy->setRange(0, 0);
    m_busy->setMaximumHeight(8);
    m_busy->setTextVisible(false);
    m_busy->setAccessibleName(tr("Opening the declaration"));
    m_busy->hide();
    layout->addWidget(m_busy);

    auto* body = new QHBoxLayout;
    m_tabs = new QTabWidget(this);
    m_tabs->setObjectName(QStringLiteral("reviewTabs"));
    m_view = new DeclarationView(m_tabs);
    m_compare = new DeclarationCompareView(m_tabs);
    m_variation = new PatrimonyVariationView(m_tabs);
    m_tabs->addTab(m_view, tr("The &declaration"));
    m_tabs->addTab(m_compare, tr("Compared with the &previous version"));
    m_tabs->addTab(m_variation, tr("Variation &of the assets"));
    body->addWidget(m_tabs, 1);
    QWidget* side = makeSidePanel();
    body->addWidget(side);
    layout->addLayout(body, 1);
    // Two versions side by side need the whole width.
    connect(m_tabs, &QTabWidget::currentChanged, side,
            [side](int index) { side->setVisible(index != CompareTab); });

    connect(back, &QPushButton::clicked, this, &DeclarationReview::backRequested);
    connect(m_open, &OpenForReviewCommand::finished, this, &DeclarationReview::onOpened);
    connect(m_acknowledge, &AcknowledgeCommand::finished, this, &DeclarationReview::onAcknowledged);
}

QWidget* DeclarationReview::makeSidePanel()
{
    auto* panel = new QWidget(this);
    m_sidePanel = panel;
    panel->setObjectName(QStringLiteral("reviewSidePanel"));
    panel->setFixedWidth(kPanelWidth);
    auto* layout = new QVBoxLayout(panel);
    layout->setContentsMargins(4, 0, 0, 0);

    auto* bordereau = new QGroupBox(tr("Bordereau d'émargement"), panel);
    bordereau->setObjectName(QStringLiteral("bordereauBox"));
    auto* bordereauLayout = new QVBoxLayout(bordereau);
    m_mayOpen = new QLabel(bordereau);
    m_mayOpen->setObjectName(QStringLiteral("bordereauMayOpen"));
    m_mayOpen->setWordWrap(true);
    m_mayOpen->setTextInteractionFlags(Qt::TextSelectableByMouse);
    bordereauLayout->addWidget(m_mayOpen);
    m_lastOpened = new QLabel(bordereau);
    m_lastOpened->setObjectName(QStringLiteral("bordereauLastOpened"));
    m_lastOpened->setWordWrap(true);
    m_lastOpened->setTextInteractionFlags(Qt::TextSelectableByMouse);
    bordereauLayout->addWidget(m_lastOpened);
    layout->addWidget(bordereau);

    auto* actions = new QGroupBox(tr("Receipt and exports"), panel);
    actions->setObjectName(QStringLiteral("actionsBox"));
    auto* actionsLayout = new QVBoxLayout(actions);
    m_receiptState = new QLabel(actions);
    m_receiptState->setObjectName(QStringLiteral("receiptState"));
    m_receiptState->setWordWrap(true);
    actionsLayout->addWidget(m_receiptState);
    m_acknowledgeButton = new QPushButton(tr("&Acknowledge receipt"), actions);
    m_acknowledgeButton->setObjectName(QStringLiteral("acknowledge"));
    m_acknowledgeButton->setToolTip(
        tr("Signs an acknowledgement of receipt with your identity; the declarant "
           "can see it."));
    actionsLayout->addWidget(m_acknowledgeButton);
    m_pdfButton = new QPushButton(tr("&Export the declaration as PDF…"), actions);
    m_pdfButton->setObjectName(QStringLiteral("exportDeclarationPdf"));
    actionsLayout->addWidget(m_pdfButton);
    m_receiptButton = new QPushButton(tr("Ac&knowledgement as PDF…"), actions);
    m_receiptButton->setObjectName(QStringLiteral("exportReceiptPdf"));
    actionsLayout->addWidget(m_receiptButton);
    m_message = new QLabel(actions);
    m_message->setObjectName(QStringLiteral("reviewMessage"));
    m_message->setWordWrap(true);
    m_message->setTextInteractionFlags(Qt::TextSelectableByMouse);
    actionsLayout->addWidget(m_message);
    layout->addWidget(actions);

    // The entretien déontologique (art. 7-2 II and issue 6 §2): scheduling, the fiche navette and the
    // invitation to modify will add their buttons to this box once the store records them.
    m_entretienBox = new QGroupBox(tr("Entretien déontologique"), panel);
    m_entretienBox->setObjectName(QStringLiteral("entretienBox"));
    new QVBoxLayout(m_entretienBox);
    m_entretienBox->hide();
    layout->addWidget(m_entretienBox);
    layout->addStretch();

    connect(m_acknowledgeButton, &QPushButton::clicked, this, &DeclarationReview::acknowledge);
    connect(m_pdfButton, &QPushButton::clicked, this, &DeclarationReview::exportDeclarationPdf);
    connect(m_receiptButton, &QPushButton::clicked, this, &DeclarationReview::exportReceiptPdf);
    return panel;
}

bool DeclarationReview::isBusy() const
{
    return m_open->isRunning() || m_acknowledge->isRunning();
}

void DeclarationReview::open(const InboxEntry& entry, const std::optional<store::DeclarationRecord>& previous)
{
    if (m_open->isRunning()) {
        return;
    }
    m_entry = entry;
    m_previousRecord = previous;
    m_declaration.reset();
    const store::DeclarationRecord& record = entry.record;
    m_title->setText(
        QStringLiteral("<b style=\"font-size: 13pt;\">%1 — %2</b>")
            .arg(capitalized(kindLabel(record.kind)).toHtmlEscaped(), record.declarant.toHtmlEscaped()));
    QString subtitle =
        tr("%1 · filed on %2").arg(capitalized(eventLabel(record.event)), dateTimeLabel(record.filedAt));
    if (previous && previous->id == record.supersedes) {
        subtitle += tr(" · replaces the version filed on %1").arg(dateTimeLabel(previous->filedAt));
    }
    if (record.status == QLatin1String("superseded")) {
        subtitle += tr(" · superseded by a newer version");
    }
    m_subtitle->setText(subtitle);
    m_view->browser()->clear();
    m_compare->showMessage(tr("Opening…"));
    m_variation->showMessage(tr("Opening…"));
    m_tabs->setTabVisible(VariationTab, record.kind == DeclarationKind::Patrimoine);
    m_tabs->setCurrentIndex(DeclarationTab);
    m_acknowledgeButton->setEnabled(false);
    m_pdfButton->setEnabled(false);
    m_receiptButton->setEnabled(false);
    setMessage(QString());
    m_busy->show();
    m_open->run(record.id, previous ? previous->id : QString());
}

void DeclarationReview::onOpened(const Result<OpenedForReview>& result)
{
    m_busy->hide();
    if (!result) {
        m_view->browser()->setPlainText(
            tr("The declaration cannot be opened: %1").arg(result.error().message));
        m_compare->showMessage(QString());
        m_variation->showMessage(QString());
        refreshSidePanel();
        emit openFailed(result.error().message);
        return;
    }
    if (result->id != m_entry.record.id) {
        return; // a late answer for a declaration no longer shown
    }
    m_declaration = result->declaration;
    // The audit now records this opening.
    m_entry.openedByMeAt = Clock::nowUtc();
    m_view->setDeclaration(*m_declaration);
    const QString currentCaption =
        tr("This version — filed on %1").arg(dateTimeLabel(m_entry.record.filedAt));
    QString previousCaption;
    if (m_previousRecord) {
        previousCaption = tr("Previous version — filed on %1").arg(dateTimeLabel(m_previousRecord->filedAt));
    }
    if (result->previous) {
        m_compare->setDeclarations(*result->previous, previousCaption, *m_declaration, currentCaption);
    } else if (m_previousRecord) {
        m_compare->showMessage(tr("The previous version cannot be opened: %1").arg(result->previousProblem));
    } else {
        m_compare->showMessage(
            tr("This is the first %1 of %2 you have received: there is no previous version to compare with.")
                .arg(kindLabel(m_entry.record.kind), m_entry.record.declarant));
    }
    m_tabs->setTabText(CompareTab, m_compare->diff().isEmpty()
                                       ? tr("Compared with the &previous version")
                                       : tr("Compared with the &previous version (%n change(s))", nullptr,
                                            int(m_compare->diff().items.size() +
                                                (m_compare->diff().declarantFields.isEmpty() ? 0 : 1) +
                                                (m_compare->diff().observationsChanged ? 1 : 0))));
    if (m_entry.record.kind == DeclarationKind::Patrimoine) {
        if (result->previous) {
            auto variation = computeVariation(*result->previous, *m_declaration);
            if (variation) {
                m_variation->setVariation(*variation, dateCaption(m_previousRecord->filedAt),
                                          dateCaption(m_entry.record.filedAt));
            } else {
                m_variation->showMessage(variation.error().message);
            }
        } else if (auto totals = probitas::computeTotals(*m_declaration)) {
            m_variation->setTotalsOnly(*totals, dateCaption(m_entry.record.filedAt),
                                       tr("No earlier declaration of assets of %1 has been received: the "
                                          "variation will be computed from the next one.")
                                           .arg(m_entry.record.declarant));
        }
    }
    refreshSidePanel();
    emit opened(result->id);
}

void DeclarationReview::refreshSidePanel()
{
    auto bordereau = BordereauCommand(m_session).run(m_entry.record.id);
    if (bordereau) {
        QStringList names;
        for (const QString& name : bordereau->mayOpen) {
            names << QStringLiteral("• ") + name.toHtmlEscaped();
        }
        m_mayOpen->setText(tr("May open it:").toHtmlEscaped() + QStringLiteral("<br/>") +
                           names.join(QStringLiteral("<br/>")));
        m_lastOpened->setText(
            bordereau->lastOpenedBy.isEmpty()
                ? tr("Never opened yet.")
                : tr("Last opened by <b>%1</b> on %2.")
                      .arg(bordereau->lastOpenedBy.toHtmlEscaped(), dateTimeLabel(bordereau->lastOpenedAt)));
    } else {
        m_mayOpen->setText(bordereau.error().message.toHtmlEscaped());
        m_lastOpened->clear();
    }

    if (m_entry.forwarded) {
        m_receiptState->setText(tr("Forwarded to you: the acknowledgement is given by the authority it was "
                                   "filed to."));
    } else if (m_entry.acknowledgedByMe) {
        m_receiptState->setText(tr("You have acknowledged receipt."));
        m_receiptState->setStyleSheet(okStyle);
    } else {
        m_receiptState->setText(tr("Receipt not acknowledged yet."));
        m_receiptState->setStyleSheet(QString());
    }
    m_acknowledgeButton->setEnabled(m_declaration && m_entry.mayAcknowledge() && !m_acknowledge->isRunning());
    m_acknowledgeButton->setVisible(!m_entry.forwarded);
    m_pdfButton->setEnabled(m_declaration.has_value());
    m_receiptButton->setEnabled(m_entry.acknowledgedByMe);
    m_receiptButton->setVisible(!m_entry.forwarded);
    for (QLabel* label : {m_mayOpen, m_lastOpened, m_receiptState}) {
        fitHeight(label);
    }
    relayoutSidePanel();
}

void DeclarationReview::relayoutSidePanel()
{
    // The boxes take their new heights now, not at some later pass.
    for (QWidget* box : m_sidePanel->findChildren<QGroupBox*>()) {
        box->layout()->activate();
    }
    m_sidePanel->layout()->activate();
}

void DeclarationReview::acknowledge()
{
    if (!m_declaration || !m_entry.mayAcknowledge() || m_acknowledge->isRunning()) {
        return;
    }
    m_acknowledgeButton->setEnabled(false);
    m_busy->show();
    setMessage(tr("Signing the acknowledgement…"));
    m_acknowledge->run(m_entry.record.id);
}

void DeclarationReview::onAcknowledged(const Result<QByteArray>& receipt)
{
    m_busy->hide();
    if (!receipt) {
        setMessage(tr("No acknowledgement: %1").arg(receipt.error().message), true);
        refreshSidePanel();
        return;
    }
    m_entry.acknowledgedByMe = true;
    if (m_entry.record.status == QLatin1String("filed")) {
        m_entry.record.status = QStringLiteral("receipt-held");
    }
    setMessage(tr("Receipt acknowledged and signed. The declarant can see it."));
    refreshSidePanel();
    emit acknowledged(m_entry.record.id);
}

QString DeclarationReview::savePath(const QString& title, const QString& suggestedName)
{
    if (savePathProvider) {
        return savePathProvider(title, suggestedName);
    }
    return QFileDialog::getSaveFileName(this, title, QDir::home().filePath(suggestedName),
                                        tr("PDF documents (*.pdf)"));
}

void DeclarationReview::exportDeclarationPdf()
{
    if (!m_declaration) {
        return;
    }
    const FormDefinition* definition = FormCatalog::builtIn().find(m_declaration->schema);
    if (!definition) {
        setMessage(tr("Unknown form %1.").arg(m_declaration->schema), true);
        return;
    }
    const QString path =
        savePath(tr("Export the declaration as PDF"), fileStem(m_entry) + QStringLiteral(".pdf"));
    if (path.isEmpty()) {
        return;
    }
    PdfOptions options;
    options.generatedAt =
        QLocale().toString(Clock::nowUtc().toLocalTime(), QStringLiteral("dd/MM/yyyy HH:mm"));
    const Status exported = exportPdf(*m_declaration, *definition, path, options);
    exported ? setMessage(tr("Exported: %1.").arg(QFileInfo(path).fileName()), false,
                          QDir::toNativeSeparators(path))
             : setMessage(exported.error().message, true);
}

void DeclarationReview::exportReceiptPdf()
{
    const QString path = savePath(tr("Acknowledgement of receipt as PDF"),
                                  fileStem(m_entry) + QStringLiteral("-accuse-de-reception.pdf"));
    if (path.isEmpty()) {
        return;
    }
    const Status exported = ReceiptDocumentCommand(m_session).exportPdf(m_entry.record, path);
    exported ? setMessage(tr("Exported: %1.").arg(QFileInfo(path).fileName()), false,
                          QDir::toNativeSeparators(path))
             : setMessage(exported.error().message, true);
}

void DeclarationReview::setMessage(const QString& text, bool error, const QString& detail)
{
    m_message->setText(text);
    m_message->setToolTip(detail);
    fitHeight(m_message);
    relayoutSidePanel();
    m_message->setStyleSheet(error ? QString(errorStyle) : QString());
    m_message->setVisible(!text.isEmpty());
}

} // namespace probitas::gui
