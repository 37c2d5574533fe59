#include "DeclarationReview.h"

#include "BusyBar.h"
#include "Clock.h"
#include "DeclarationCompareView.h"
#include "DeclarationPdf.h"
#include "DeclarationView.h"
#include "DocumentPdf.h"
#include "EntretienDialogs.h"
#include "FichePdf.h"
#include "Jurisdictions.h"
#include "Obligations.h"
#include "PatrimonyVariation.h"
#include "PatrimonyVariationView.h"

#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QLocale>
#include <QMessageBox>
#include <QProgressBar>
#include <QPushButton>
#include <QScrollArea>
#include <QScrollBar>
#include <QStyle>
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

QString dayLabel(const QDateTime& at)
{
    return at.isValid() ? QLocale().toString(at.toLocalTime().date(), QStringLiteral("dd/MM/yyyy"))
                        : QStringLiteral("—");
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
    , m_openFile(new OpenEntretienFileCommand(session, this))
    , m_schedule(new ScheduleEntretienCommand(session, this))
    , m_record(new RecordFicheCommand(session, this))
    , m_invite(new InviteModificationCommand(session, this))
    , m_requestAvis(new RequestAvisCommand(session, this))
    , m_recordAvis(new RecordAvisCommand(session, this))
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
    m_busy = makeBusyBar(this, QStringLiteral("reviewBusy"), tr("Opening the declaration"));
    m_busy->setMaximumHeight(8);
    m_busy->setTextVisible(false);
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
    connect(m_openFile, &StoreStepBase::done, this, &DeclarationReview::onEntretienFile);
}

QWidget* DeclarationReview::makeSidePanel()
{
    // The entretien and the avis make the panel taller than a laptop's screen: it scrolls on its own.
    m_sideScroll = new QScrollArea(this);
    m_sideScroll->setObjectName(QStringLiteral("reviewSideScroll"));
    m_sideScroll->setWidgetResizable(true);
    m_sideScroll->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    m_sideScroll->setFrameShape(QFrame::NoFrame);
    auto* panel = new QWidget(m_sideScroll);
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

    m_entretienBox = makeEntretienBox(panel);
    layout->addWidget(m_entretienBox);
    m_avisBox = makeAvisBox(panel);
    // The collège reads a declaration for the avis it is asked: the question comes first.
    layout->insertWidget(isCollege() ? 0 : layout->count(), m_avisBox);
    layout->addStretch();

    connect(m_acknowledgeButton, &QPushButton::clicked, this, &DeclarationReview::acknowledge);
    connect(m_pdfButton, &QPushButton::clicked, this, &DeclarationReview::exportDeclarationPdf);
    connect(m_receiptButton, &QPushButton::clicked, this, &DeclarationReview::exportReceiptPdf);
    m_sideScroll->setWidget(panel);
    m_sideScroll->setFixedWidth(kPanelWidth + style()->pixelMetric(QStyle::PM_ScrollBarExtent) + 4);
    return m_sideScroll;
}

QGroupBox* DeclarationReview::makeEntretienBox(QWidget* panel)
{
    // Art. 7-2 I: "La remise de la déclaration d'intérêts donne lieu à un entretien déontologique du
    // magistrat avec l'autorité à laquelle la déclaration a été remise".
    auto* box = new QGroupBox(tr("Ethics interview"), panel);
    box->setObjectName(QStringLiteral("entretienBox"));
    auto* layout = new QVBoxLayout(box);
    m_entretienState = new QLabel(box);
    m_entretienState->setObjectName(QStringLiteral("entretienState"));
    m_entretienState->setWordWrap(true);
    m_entretienState->setTextInteractionFlags(Qt::TextSelectableByMouse);
    layout->addWidget(m_entretienState);
    m_scheduleButton = new QPushButton(tr("&Schedule the interview…"), box);
    m_scheduleButton->setObjectName(QStringLiteral("scheduleEntretien"));
    m_scheduleButton->setToolTip(tr("Convokes the magistrate: the date, the place and the delegate, if any, "
                                    "are sealed for the magistrate, you and the delegate."));
    layout->addWidget(m_scheduleButton);
    m_recordButton = new QPushButton(tr("&Record the fiche navette…"), box);
    m_recordButton->setObjectName(QStringLiteral("recordFiche"));
    m_recordButton->setToolTip(
        tr("The record of the interview held, item by item, and its conclusion; signed "
           "with your identity and acknowledged by the magistrate."));
    layout->addWidget(m_recordButton);
    m_inviteButton = new QPushButton(tr("&Invite to modify the declaration"), box);
    m_inviteButton->setObjectName(QStringLiteral("inviteModification"));
    m_inviteButton->setToolTip(tr("Art. 7-2 I: after the interview, the declaration may be modified by the "
                                  "magistrate. The magistrate's client shows the invitation."));
    layout->addWidget(m_inviteButton);
    m_fichePdfButton = new QPushButton(tr("Export the &fiche as PDF…"), box);
    m_fichePdfButton->setObjectName(QStringLiteral("exportFichePdf"));
    layout->addWidget(m_fichePdfButton);
    m_ficheView = new QLabel(box);
    m_ficheView->setObjectName(QStringLiteral("ficheView"));
    m_ficheView->setWordWrap(true);
    m_ficheView->setTextFormat(Qt::RichText);
    m_ficheView->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_ficheView->setStyleSheet(QStringLiteral("#ficheView { background: #f6f7f9; border: 1px solid #d0d5dd; "
                                              "padding: 4px; }"));
    layout->addWidget(m_ficheView);
    m_entretienMessage = new QLabel(box);
    m_entretienMessage->setObjectName(QStringLiteral("entretienMessage"));
    m_entretienMessage->setWordWrap(true);
    m_entretienMessage->setTextInteractionFlags(Qt::TextSelectableByMouse);
    layout->addWidget(m_entretienMessage);
    box->hide();
    connect(m_scheduleButton, &QPushButton::clicked, this, &DeclarationReview::scheduleEntretien);
    connect(m_recordButton, &QPushButton::clicked, this, &DeclarationReview::recordFiche);
    connect(m_inviteButton, &QPushButton::clicked, this, &DeclarationReview::inviteModification);
    connect(m_fichePdfButton, &QPushButton::clicked, this, &DeclarationReview::exportFichePdf);
    return box;
}

QGroupBox* DeclarationReview::makeAvisBox(QWidget* panel)
{
    auto* box = new QGroupBox(tr("Avis of the collège de déontologie"), panel);
    box->setObjectName(QStringLiteral("avisBox"));
    auto* layout = new QVBoxLayout(box);
    m_avisView = new QLabel(box);
    m_avisView->setObjectName(QStringLiteral("avisView"));
    m_avisView->setWordWrap(true);
    m_avisView->setTextFormat(Qt::RichText);
    m_avisView->setTextInteractionFlags(Qt::TextSelectableByMouse);
    layout->addWidget(m_avisView);
    m_requestAvisButton = new QPushButton(tr("Ask the co&llège's avis…"), box);
    m_requestAvisButton->setObjectName(QStringLiteral("requestAvis"));
    m_requestAvisButton->setToolTip(
        tr("Art. 7-2 II: when there is a doubt about a possible conflict of "
           "interests. A certified copy of the declaration goes to the collège."));
    layout->addWidget(m_requestAvisButton);
    m_giveAvisButton = new QPushButton(tr("&Give the avis…"), box);
    m_giveAvisButton->setObjectName(QStringLiteral("giveAvis"));
    layout->addWidget(m_giveAvisButton);
    m_avisMessage = new QLabel(box);
    m_avisMessage->setObjectName(QStringLiteral("avisMessage"));
    m_avisMessage->setWordWrap(true);
    m_avisMessage->setTextInteractionFlags(Qt::TextSelectableByMouse);
    layout->addWidget(m_avisMessage);
    box->hide();
    connect(m_requestAvisButton, &QPushButton::clicked, this, &DeclarationReview::requestAvis);
    connect(m_giveAvisButton, &QPushButton::clicked, this, &DeclarationReview::giveAvis);
    return box;
}

bool DeclarationReview::isBusy() const
{
    return m_open->isRunning() || m_acknowledge->isRunning() || stepRunning();
}

bool DeclarationReview::stepRunning() const
{
    return m_schedule->isRunning() || m_record->isRunning() || m_invite->isRunning() ||
           m_requestAvis->isRunning() || m_recordAvis->isRunning();
}

bool DeclarationReview::isCollege() const
{
    return m_session.person.authorityId == store::authorities::College;
}

bool DeclarationReview::mayHoldEntretien() const
{
    // The authority the DI was filed to; the collège advises, it holds no entretien.
    return m_entry.record.kind == DeclarationKind::Interets && !m_entry.forwarded && !isCollege();
}

void DeclarationReview::open(const InboxEntry& entry, const std::optional<store::DeclarationRecord>& previous)
{
    if (m_open->isRunning()) {
        return;
    }
    m_entry = entry;
    m_previousRecord = previous;
    m_declaration.reset();
    m_file.reset();
    m_entretienMessage->clear();
    m_avisMessage->clear();
    refreshEntretienBox(); // "reading…" until the new declaration's entretien is loaded
    refreshAvisBox();
    const store::DeclarationRecord& record = entry.record;
    m_title->setText(
        QStringLiteral("<b style=\"font-size: 13pt;\">%1 — %2</b>")
            .arg(capitalized(kindLabel(record.kind)).toHtmlEscaped(), record.declarant.toHtmlEscaped()));
    QString subtitle =
        tr("%1 · filed on %2").arg(capitalized(eventLabel(record.event)), dateTimeLabel(record.filedAt));
    if (previous && previous->id == record.supersedes) {
        subtitle += tr(" · replaces the version filed on %1").arg(dateTimeLabel(previous->filedAt));
    }
    if (record.status == store::DeclarationStatus::Superseded) {
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
    loadEntretienFile();
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
    } else if (!m_entry.receiptProblem.isEmpty()) {
        m_receiptState->setText(capitalized(m_entry.receiptProblem)); // who signed it, who was expected
        m_receiptState->setStyleSheet(errorStyle);
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
    m_receiptButton->setEnabled(m_entry.acknowledgedByMe && m_entry.receiptProblem.isEmpty());
    m_receiptButton->setVisible(!m_entry.forwarded);
    for (QLabel* label : {m_mayOpen, m_lastOpened, m_receiptState}) {
        fitHeight(label);
    }
    refreshEntretienBox();
    refreshAvisBox();
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
    if (m_entry.record.status == store::DeclarationStatus::Filed) {
        m_entry.record.status = store::DeclarationStatus::ReceiptHeld;
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
    // Audited (export-pdf) before the file is written; nothing is written if the trail refuses it.
    const Status exported =
        gui::exportDeclarationPdf(m_session, m_entry.record.id, *m_declaration, path, options);
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

// ---- the entretien déontologique and the collège's avis --------------------------------------------------

void DeclarationReview::loadEntretienFile()
{
    const bool college = isCollege() && m_entry.record.kind == DeclarationKind::Interets;
    if (!m_declaration || !(mayHoldEntretien() || college)) {
        return;
    }
    m_openFile->run(m_entry.record.id);
}

void DeclarationReview::onEntretienFile()
{
    const Result<EntretienFile> file = m_openFile->result();
    if (!file) {
        m_entretienState->setText(
            tr("The ethics interview cannot be read: %1").arg(file.error().message).toHtmlEscaped());
        m_entretienState->setStyleSheet(errorStyle);
        fitHeight(m_entretienState);
        relayoutSidePanel();
        return;
    }
    if (file->declarationId != m_entry.record.id) {
        return; // a late answer for a declaration no longer shown
    }
    m_file = *file;
    refreshEntretienBox();
    refreshAvisBox();
    emit entretienLoaded(m_entry.record.id);
}

void DeclarationReview::refreshEntretienBox()
{
    const bool shown = mayHoldEntretien();
    m_entretienBox->setVisible(shown);
    if (!shown) {
        return;
    }
    m_entretienState->setStyleSheet(QString());
    const bool current = !store::isFinal(m_entry.record.status);
    const bool busy = stepRunning();
    const store::EntretienRecord* latest = m_file ? m_file->latestRecord() : nullptr;
    const bool held = latest && (latest->status == store::EntretienStatus::Held ||
                                 latest->status == store::EntretienStatus::Acknowledged);
    QStringList lines;
    if (!m_file) {
        lines << tr("Reading the ethics interview…").toHtmlEscaped();
    } else if (!latest) {
        lines << (m_entry.record.event == DeclarationEvent::Installation
                      ? tr("No interview yet. The filing of the declaration of interests calls for an ethics "
                           "interview with you (art. 7-2 I).")
                      : tr("No interview on this version. The interview may be renewed at any time "
                           "(art. 7-2 I)."))
                     .toHtmlEscaped();
    } else {
        const std::optional<EntretienConvocation> convocation =
            m_file->latest ? m_file->latest->convocation : std::nullopt;
        if (latest->status == store::EntretienStatus::Scheduled) {
            QString line =
                tr("<b>Scheduled</b> for %1").arg(dateTimeLabel(latest->scheduledAt).toHtmlEscaped());
            if (convocation) {
                line += QStringLiteral(", ") + convocation->place.toHtmlEscaped();
                if (!convocation->delegate.isEmpty()) {
                    line += tr(", held by %1 by delegation").arg(convocation->delegate.toHtmlEscaped());
                }
            }
            lines << line + QLatin1Char('.');
            lines << tr("Once it is held, record its fiche navette.").toHtmlEscaped();
        } else if (held) {
            const QString day =
                m_file->latest && m_file->latest->fiche
                    ? QLocale().toString(m_file->latest->fiche->date, QStringLiteral("dd/MM/yyyy"))
                    : dayLabel(latest->heldAt);
            lines << tr("<b>Held</b> on %1.").arg(day);
            lines << (latest->status == store::EntretienStatus::Acknowledged
                          ? tr("The magistrate acknowledged the fiche on %1.")
                                .arg(dayLabel(latest->acknowledgedAt))
                          : tr("The magistrate has not acknowledged the fiche yet."))
                         .toHtmlEscaped();
        } else {
            lines << EntretienText::status(*latest).toHtmlEscaped();
        }
        if (latest->invitation == store::InvitationState::Open) {
            lines << tr("<b>Invited to modify</b> the declaration on %1: the magistrate's client shows the "
                        "invitation.")
                         .arg(dayLabel(latest->invitedAt));
        } else if (latest->invitation == store::InvitationState::Answered) {
            lines << tr("<b>Declaration modified</b> in answer to the invitation: the new version supersedes "
                        "this one.");
        }
        if (m_file->entretiens.size() > 1) {
            lines << tr("%n earlier interview(s) on this declaration.", nullptr,
                        int(m_file->entretiens.size()) - 1)
                         .toHtmlEscaped();
        }
        if (!m_file->latestProblem.isEmpty()) {
            lines << QStringLiteral("<span style=\"color: #b02a37;\">%1</span>")
                         .arg(tr("The convocation and the fiche cannot be read: %1")
                                  .arg(m_file->latestProblem)
                                  .toHtmlEscaped());
        }
    }
    if (!current && m_file) {
        lines << tr("This version is superseded: a new interview is about the version in force.")
                     .toHtmlEscaped();
    }
    m_entretienState->setText(lines.join(QStringLiteral("<br/>")));

    const bool ready = m_file.has_value() && !busy;
    m_scheduleButton->setText(held ? tr("&Schedule a new interview…") : tr("&Schedule the interview…"));
    m_scheduleButton->setEnabled(ready && current && (!latest || held));
    m_recordButton->setEnabled(ready && m_declaration && latest &&
                               latest->status == store::EntretienStatus::Scheduled);
    m_recordButton->setVisible(!held);
    m_inviteButton->setEnabled(ready && current && held &&
                               latest->invitation == store::InvitationState::None);
    m_inviteButton->setVisible(held);
    const bool ficheHeld = m_file && m_file->latest && m_file->latest->fiche && latest;
    m_fichePdfButton->setVisible(ficheHeld);
    m_fichePdfButton->setEnabled(ficheHeld);
    if (ficheHeld) {
        const FicheDocument document =
            ExportFichePdfCommand(m_session).document(*latest, *m_file->latest->fiche);
        m_ficheView->setText(QStringLiteral("<p style=\"margin: 0 0 4px 0;\"><b>%1</b></p>")
                                 .arg(tr("The fiche navette").toHtmlEscaped()) +
                             ficheHtml(document, true));
        m_ficheView->show();
    } else {
        m_ficheView->clear();
        m_ficheView->hide();
    }
    for (QLabel* label : {m_entretienState, m_ficheView, m_entretienMessage}) {
        fitHeight(label);
    }
    m_entretienMessage->setVisible(!m_entretienMessage->text().isEmpty());
    relayoutSidePanel();
}

void DeclarationReview::refreshAvisBox()
{
    const bool requester = mayHoldEntretien();
    const bool college = isCollege() && m_entry.record.kind == DeclarationKind::Interets;
    m_avisBox->setVisible(requester || college);
    if (!requester && !college) {
        return;
    }
    m_requestAvisButton->setVisible(requester);
    m_giveAvisButton->setVisible(college);
    QStringList parts;
    bool pending = false;
    bool toAnswer = false;
    if (!m_file) {
        parts << tr("Reading the requests for an avis…").toHtmlEscaped();
    } else if (m_file->avis.isEmpty()) {
        parts << (requester ? tr("The collège has not been asked about this declaration. Ask its avis when "
                                 "there is a doubt about a possible conflict of interests (art. 7-2 II).")
                            : tr("No request for an avis on this declaration."))
                     .toHtmlEscaped();
    }
    if (m_file) {
        // The newest first; the requesting authority is named to the collège only (to the authority, it is
        // itself).
        for (auto avisIt = m_file->avis.crbegin(); avisIt != m_file->avis.crend(); ++avisIt) {
            const EntretienFile::Avis& avis = *avisIt;
            const store::AvisRecord& request = avis.record;
            const bool waiting = request.status == store::AvisStatus::Requested;
            pending = pending || waiting;
            toAnswer = toAnswer || (waiting && avis.opened);
            const QString state = EntretienText::avisStatus(request);
            QString part = college ? tr("<b>Request of %1</b> — %2 — %3.")
                                         .arg(dayLabel(request.requestedAt),
                                              capitalized(authorityLabel(request.requestedBy,
                                                                         JurisdictionDirectory::builtIn()))
                                                  .toHtmlEscaped(),
                                              state.toHtmlEscaped())
                                   : tr("<b>Request of %1</b> — %2.")
                                         .arg(dayLabel(request.requestedAt), state.toHtmlEscaped());
            if (avis.opened) {
                part += QStringLiteral("<br/><i>%1</i> %2")
                            .arg(tr("Question:").toHtmlEscaped(),
                                 documenthtml::paragraphs(avis.opened->request.question));
                if (const auto& given = avis.opened->avis) {
                    part += QStringLiteral("<br/><i>%1</i> <b>%2.</b> %3")
                                .arg(tr("Avis of %1:")
                                         .arg(QLocale().toString(given->date, QStringLiteral("dd/MM/yyyy")))
                                         .toHtmlEscaped(),
                                     conclusionLabel(given->conclusion).toHtmlEscaped(),
                                     documenthtml::paragraphs(given->avis));
                }
            } else if (!avis.problem.isEmpty()) {
                part += QStringLiteral("<br/><span style=\"color: #b02a37;\">%1</span>")
                            .arg(tr("It cannot be read: %1").arg(avis.problem).toHtmlEscaped());
            }
            parts << part;
        }
    }
    m_avisView->setText(parts.join(QStringLiteral("<br/><br/>")));
    const bool ready = m_file.has_value() && !stepRunning();
    m_requestAvisButton->setEnabled(ready && requester && !store::isFinal(m_entry.record.status) && !pending);
    m_giveAvisButton->setEnabled(ready && college && toAnswer);
    for (QLabel* label : {m_avisView, m_avisMessage}) {
        fitHeight(label);
    }
    m_avisMessage->setVisible(!m_avisMessage->text().isEmpty());
    relayoutSidePanel();
}

void DeclarationReview::follow(StoreStepBase* step, const QString& success, QLabel* messageLabel)
{
    const QString id = m_entry.record.id;
    m_busy->show();
    messageLabel->setStyleSheet(QString());
    messageLabel->setText(tr("Signing and sealing…"));
    refreshEntretienBox();
    refreshAvisBox();
    connect(
        step, &StoreStepBase::done, this,
        [this, step, success, messageLabel, id] {
            m_busy->hide();
            if (const std::optional<Error> error = step->failure()) {
                messageLabel->setText(tr("Not done: %1").arg(error->message));
                messageLabel->setStyleSheet(errorStyle);
            } else {
                messageLabel->setText(success);
                messageLabel->setStyleSheet(okStyle);
                emit entretienChanged(id);
            }
            if (id == m_entry.record.id) {
                loadEntretienFile();
            }
            refreshEntretienBox();
            refreshAvisBox();
        },
        Qt::SingleShotConnection);
}

void DeclarationReview::scheduleEntretien()
{
    if (!mayHoldEntretien() || !m_file || stepRunning()) {
        return;
    }
    auto delegates = DelegatesCommand(m_session).run(m_entry.record.declarantId);
    auto* dialog =
        new ScheduleEntretienDialog(m_entry.record.declarant, delegates ? *delegates : QStringList(), this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    const QString id = m_entry.record.id;
    const QString declarant = m_entry.record.declarant;
    connect(dialog, &QDialog::accepted, this, [this, dialog, id, declarant] {
        m_schedule->run(id, dialog->at(), dialog->place(), dialog->delegate());
        follow(m_schedule, tr("Convocation sent: %1 sees it in Probitas.").arg(declarant),
               m_entretienMessage);
    });
    dialog->open();
}

void DeclarationReview::recordFiche()
{
    const store::EntretienRecord* latest = m_file ? m_file->latestRecord() : nullptr;
    if (!mayHoldEntretien() || !m_declaration || !latest ||
        latest->status != store::EntretienStatus::Scheduled || stepRunning()) {
        return;
    }
    FicheDialogInput input;
    input.declarant = m_entry.record.declarant;
    input.declarationId = m_entry.record.id;
    input.authorityId = m_session.person.authorityId;
    input.declaration = *m_declaration;
    if (m_file->latest && m_file->latest->convocation) {
        const EntretienConvocation& convocation = *m_file->latest->convocation;
        input.date = convocation.at.toLocalTime().date();
        input.place = convocation.place;
        input.delegate = convocation.delegate;
    }
    // Consulted: the collège was asked about this declaration.
    input.collegeConsulted = !m_file->avis.isEmpty();
    if (auto delegates = DelegatesCommand(m_session).run(m_entry.record.declarantId)) {
        input.delegates = *delegates;
    }
    auto* dialog = new FicheNavetteDialog(input, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    const QString entretienId = latest->id;
    const QString declarant = m_entry.record.declarant;
    connect(dialog, &QDialog::accepted, this, [this, dialog, entretienId, declarant] {
        m_record->run(entretienId, dialog->fiche());
        follow(m_record,
               tr("Fiche navette recorded and sealed: %1 can read it and acknowledge it.").arg(declarant),
               m_entretienMessage);
    });
    dialog->open();
}

void DeclarationReview::inviteModification()
{
    const store::EntretienRecord* latest = m_file ? m_file->latestRecord() : nullptr;
    if (!mayHoldEntretien() || !latest || latest->invitation != store::InvitationState::None ||
        stepRunning()) {
        return;
    }
    const QString question = tr("Invite %1 to modify this declaration of interests? The magistrate's client "
                                "shows the invitation and starts the modification from this declaration.")
                                 .arg(m_entry.record.declarant);
    bool yes = false;
    if (confirmation) {
        yes = confirmation(question);
    } else {
        QMessageBox box(QMessageBox::Question, tr("Invite to modify the declaration"), question,
                        QMessageBox::NoButton, this);
        QPushButton* invite = box.addButton(tr("Invite"), QMessageBox::AcceptRole);
        box.setDefaultButton(box.addButton(tr("Cancel"), QMessageBox::RejectRole));
        box.exec();
        yes = box.clickedButton() == invite;
    }
    if (!yes) {
        return;
    }
    m_invite->run(latest->id);
    follow(m_invite,
           tr("Invitation sent: %1's client shows it and starts the modification from this declaration.")
               .arg(m_entry.record.declarant),
           m_entretienMessage);
}

void DeclarationReview::exportFichePdf()
{
    const store::EntretienRecord* latest = m_file ? m_file->latestRecord() : nullptr;
    if (!latest || !m_file->latest || !m_file->latest->fiche) {
        return;
    }
    const EntretienFiche& fiche = *m_file->latest->fiche;
    const QString path = savePath(tr("Export the fiche navette as PDF"), fichePdfName(*latest, fiche));
    if (path.isEmpty()) {
        return;
    }
    const Status exported = ExportFichePdfCommand(m_session).run(*latest, fiche, path);
    m_entretienMessage->setText(exported ? tr("Exported: %1.").arg(QFileInfo(path).fileName())
                                         : exported.error().message);
    m_entretienMessage->setToolTip(exported ? QDir::toNativeSeparators(path) : QString());
    m_entretienMessage->setStyleSheet(exported ? QString() : QString(errorStyle));
    refreshEntretienBox();
}

void DeclarationReview::requestAvis()
{
    if (!mayHoldEntretien() || !m_file || stepRunning()) {
        return;
    }
    auto* dialog = new AvisRequestDialog(m_entry.record.declarant, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    const QString id = m_entry.record.id;
    connect(dialog, &QDialog::accepted, this, [this, dialog, id] {
        m_requestAvis->run(id, dialog->question());
        follow(m_requestAvis,
               tr("Request sent to the collège de déontologie, with a certified copy of the declaration."),
               m_avisMessage);
    });
    dialog->open();
}

void DeclarationReview::giveAvis()
{
    if (!isCollege() || !m_file || stepRunning()) {
        return;
    }
    const EntretienFile::Avis* pending = nullptr;
    for (const EntretienFile::Avis& avis : m_file->avis) {
        if (avis.record.status == store::AvisStatus::Requested && avis.opened) {
            pending = &avis;
            break;
        }
    }
    if (!pending) {
        return;
    }
    const QString requestedBy = authorityLabel(pending->record.requestedBy, JurisdictionDirectory::builtIn());
    auto* dialog = new CollegeAvisDialog(m_entry.record.declarant, capitalized(requestedBy),
                                         pending->opened->request.question, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    const QString requestId = pending->record.id;
    const QString declarationId = pending->record.declarationId;
    connect(dialog, &QDialog::accepted, this, [this, dialog, requestId, declarationId, requestedBy] {
        CollegeAvis avis = dialog->avis();
        avis.declarationId = declarationId;
        avis.requestId = requestId;
        m_recordAvis->run(requestId, avis);
        follow(m_recordAvis,
               tr("Avis given, sealed for the collège and for: %1.").arg(capitalized(requestedBy)),
               m_avisMessage);
    });
    dialog->open();
}

} // namespace probitas::gui
