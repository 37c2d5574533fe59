#include "ControlWorkspace.h"

#include "AuthorityCommands.h"
#include "BusyBar.h"
#include "Clock.h"
#include "DeclarationPdf.h"
#include "DocumentPdf.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QDir>
#include <QFileDialog>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QListWidget>
#include <QLocale>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSplitter>
#include <QTableWidget>
#include <QTextBrowser>
#include <QVBoxLayout>
#include <algorithm>

namespace probitas::gui {

using documenthtml::day;

namespace {

constexpr int ActIdRole = Qt::UserRole + 1;

QTableWidgetItem* cell(const QString& text)
{
    auto* item = new QTableWidgetItem(text);
    item->setToolTip(text);
    return item;
}

} // namespace

ControlWorkspace::ControlWorkspace(Session& session, Side side, QWidget* parent)
    : QWidget(parent)
    , m_session(session)
    , m_side(side)
    , m_open(new OpenControlCommand(session, this))
    , m_act(new ControlActCommand(session, this))
{
    setObjectName(side == Side::Hatvp ? QStringLiteral("hatvpControls")
                                      : QStringLiteral("declarantControls"));
    auto* layout = new QVBoxLayout(this);
    if (side == Side::Declarant) {
        layout->setContentsMargins(0, 0, 0, 0);
        auto* heading = new QLabel(tr("<b>Control of your declarations of assets by the HATVP</b>"), this);
        heading->setObjectName(QStringLiteral("controlHeading"));
        layout->addWidget(heading);
        // What the HATVP awaits of her, and by when: an answer not given in time may end at the parquet.
        m_awaitedBar = makeBanner(QStringLiteral("controlAwaitedBar"),
                                  QStringLiteral("background: #fff3cd; border: 1px solid #ffe69c;"), this);
        auto* awaitedLayout = new QHBoxLayout(m_awaitedBar);
        m_awaitedText = new QLabel(m_awaitedBar);
        m_awaitedText->setObjectName(QStringLiteral("controlAwaitedText"));
        m_awaitedText->setWordWrap(true);
        awaitedLayout->addWidget(m_awaitedText, 1);
        auto* readAndAnswer = new QPushButton(tr("Read the re&quest and answer…"), m_awaitedBar);
        readAndAnswer->setObjectName(QStringLiteral("readAwaitedAct"));
        awaitedLayout->addWidget(readAndAnswer);
        m_awaitedBar->hide();
        layout->addWidget(m_awaitedBar);
        connect(readAndAnswer, &QPushButton::clicked, this, [this] {
            for (int row = 0; row < m_rows.size(); ++row) {
                if (m_rows.at(row).control &&
                    !ControlLabels::awaitingAnswer(*m_rows.at(row).control).isEmpty()) {
                    selectRow(row);
                    return;
                }
            }
        });
    }

    m_table = new QTableWidget(0, ColumnCount, this);
    m_table->setObjectName(QStringLiteral("controls"));
    m_table->setHorizontalHeaderLabels(
        {tr("Declarant"), tr("Declaration received"), tr("Control"), tr("Deadlines"), tr("Where it stands")});
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_table->verticalHeader()->hide();
    m_table->setWordWrap(true);
    m_table->setAccessibleName(side == Side::Hatvp ? tr("Declarations of assets received and their control")
                                                   : tr("Controls of your declarations of assets"));
    if (side == Side::Declarant) {
        // A declarant has a control or two: the room goes to the acts.
        m_table->setColumnHidden(DeclarantColumn, true);
        m_table->setMaximumHeight(m_table->fontMetrics().height() * 7);
    }
    layout->addWidget(m_table, 1);
    m_busy = makeBusyBar(this, QStringLiteral("controlsBusy"), tr("Reading the controls"));
    m_busy->setMaximumHeight(8);
    m_busy->setTextVisible(false);
    m_busy->hide();
    layout->addWidget(m_busy);
    m_message = new QLabel(this);
    m_message->setObjectName(QStringLiteral("controlMessage"));
    m_message->setWordWrap(true);
    m_message->setTextInteractionFlags(Qt::TextSelectableByMouse);
    layout->addWidget(m_message);

    auto* splitter = new QSplitter(Qt::Horizontal, this);
    m_acts = new QListWidget(splitter);
    m_acts->setObjectName(QStringLiteral("controlActs"));
    m_acts->setAccessibleName(tr("The acts of the control"));
    m_acts->setWordWrap(true);
    m_acts->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    m_actView = new QTextBrowser(splitter);
    m_actView->setObjectName(QStringLiteral("controlActView"));
    m_actView->setAccessibleName(tr("The act selected"));
    m_actView->setPlaceholderText(side == Side::Hatvp
                                      ? tr("Select a declaration: its control's acts show here.")
                                      : tr("Select a control: the HATVP's acts and your answers show here."));
    splitter->setStretchFactor(0, 2);
    splitter->setStretchFactor(1, 5);
    layout->addWidget(splitter, 2);

    auto* buttons = new QHBoxLayout;
    buttons->addStretch();
    const auto button = [this, buttons](const QString& name, const QString& text, const QString& tip) {
        auto* made = new QPushButton(text, this);
        made->setObjectName(name);
        made->setToolTip(tip);
        buttons->addWidget(made);
        return made;
    };
    if (side == Side::Hatvp) {
        m_request = button(QStringLiteral("controlRequest"), tr("As&k for explanations…"),
                           tr("Ask the declarant for any explanation needed to appreciate the declaration "
                              "(art. 7-3 IV). The first act opens the control."));
        m_injonction =
            button(QStringLiteral("controlInjonction"), tr("&Enjoin…"),
                   tr("Enjoin the declarant to complete the declaration or to answer, within one month "
                      "(art. 7-3 IV)."));
        m_taxReturns = button(QStringLiteral("controlTaxReturns"), tr("Ask for the &tax returns…"),
                              tr("Ask for the declarant's tax returns (art. 7-3 V)."));
        m_conclude = button(QStringLiteral("controlConclude"), tr("Concl&ude…"),
                            tr("Record the appreciation of the variation of the assets (art. 7-3 VI)."));
        connect(m_request, &QPushButton::clicked, this,
                [this] { act(store::ControlActKind::ExplanationRequest); });
        connect(m_injonction, &QPushButton::clicked, this,
                [this] { act(store::ControlActKind::Injonction); });
        connect(m_taxReturns, &QPushButton::clicked, this,
                [this] { act(store::ControlActKind::TaxReturnsRequest); });
        connect(m_conclude, &QPushButton::clicked, this, [this] { act(store::ControlActKind::Conclusion); });
    } else {
        m_answer =
            button(QStringLiteral("controlAnswer"), tr("Ans&wer…"),
                   tr("Answer the request or the injonction selected: your answer is signed and sealed "
                      "for the HATVP and you."));
        connect(m_answer, &QPushButton::clicked, this, [this] { act(store::ControlActKind::Answer); });
    }
    m_exportPdf = button(QStringLiteral("controlExportPdf"), tr("E&xport the act as PDF…"),
                         tr("The act selected, with its answer, as a PDF document. The export is recorded in "
                            "the audit trail."));
    connect(m_exportPdf, &QPushButton::clicked, this, &ControlWorkspace::exportSelectedActPdf);
    layout->addLayout(buttons);

    connect(m_table, &QTableWidget::currentCellChanged, this, [this](int row) { selectRow(row); });
    connect(m_acts, &QListWidget::currentRowChanged, this, [this](int index) {
        showAct(index);
        updateButtons();
    });
    connect(m_open, &StoreStepBase::done, this, [this] {
        m_busy->setVisible(isBusy());
        const auto opened = m_open->result();
        if (!opened) {
            m_opened.reset();
            m_acts->clear();
            m_actView->clear();
            setMessage(tr("The control could not be opened: %1").arg(opened.error().message), true);
            emit failed(opened.error().message);
        } else {
            m_opened = *opened;
            showOpened();
            emit controlOpened(m_opened->record.id);
        }
        updateButtons();
    });
    connect(m_act, &StoreStepBase::done, this, [this] {
        m_busy->setVisible(isBusy());
        const auto done = m_act->result();
        if (!done) {
            setMessage(tr("The act was not recorded: %1").arg(done.error().message), true);
            updateButtons();
            emit failed(done.error().message);
            return;
        }
        setMessage(m_side == Side::Hatvp
                       ? tr("Act signed, sealed for the declarant and the Haute Autorité, and recorded.")
                       : tr("Answer signed, sealed for the Haute Autorité and you, and recorded."));
        emit acted(*done);
        refresh();
    });
    updateButtons();
}

bool ControlWorkspace::isBusy() const
{
    return m_reading > 0 || m_open->isRunning() || m_act->isRunning();
}

void ControlWorkspace::refresh()
{
    ++m_reading;
    m_busy->show();
    const crypto::Identity identity = m_session.identity;
    const store::Person person = m_session.person;
    runOnStore<ControlListing>(
        m_session.worker.get(), *m_session.store, this,
        [identity, person](store::Store& store) { return ControlListing::read(store, identity, person); },
        [this](const Result<ControlListing>& listing) {
            --m_reading;
            fill(listing);
        });
}

void ControlWorkspace::fill(const Result<ControlListing>& listing)
{
    m_busy->setVisible(isBusy());
    if (!listing) {
        setMessage(tr("The controls could not be read: %1").arg(listing.error().message), true);
        return;
    }
    m_listing = *listing;
    // Open controls by their nearest deadline, then (the HATVP) the DSPs not controlled yet, newest first,
    // then those concluded.
    QList<Row> open;
    QList<Row> closed;
    for (const store::ControlRecord& control : m_listing.controls) {
        Row row{control, m_listing.declarations.value(control.declarationId)};
        (control.status == store::ControlStatus::Open ? open : closed) << row;
    }
    std::stable_sort(open.begin(), open.end(), [](const Row& a, const Row& b) {
        return ControlLabels::nextDeadline(*a.control) < ControlLabels::nextDeadline(*b.control);
    });
    m_rows = open;
    for (const store::DeclarationRecord& declaration : std::as_const(m_listing.uncontrolled)) {
        m_rows << Row{std::nullopt, declaration};
    }
    m_rows << closed;

    const QString keep = m_selectedDeclaration;
    const QSignalBlocker blocker(m_table);
    m_table->setRowCount(int(m_rows.size()));
    int awaitedCount = 0;
    QStringList awaited;
    int overdue = 0;
    for (int index = 0; index < m_rows.size(); ++index) {
        const Row& row = m_rows.at(index);
        const QString declarant = row.control ? row.control->declarant : row.declaration.declarant;
        const QDateTime received = row.control ? row.control->receivedAt : row.declaration.filedAt;
        m_table->setItem(index, DeclarantColumn, cell(declarant));
        m_table->setItem(index, ReceivedColumn,
                         cell(row.declaration.id.isEmpty()
                                  ? day(received)
                                  : tr("%1 (%2)").arg(day(received), eventLabel(row.declaration.event))));
        if (!row.control) {
            m_table->setItem(index, StatusColumn, cell(tr("not controlled")));
            m_table->setItem(index, DeadlineColumn, cell(QString()));
            m_table->setItem(index, StateColumn, cell(QString()));
            continue;
        }
        const store::ControlRecord& control = *row.control;
        m_table->setItem(index, StatusColumn, cell(ControlLabels::status(control)));
        auto* deadline = cell(ControlLabels::deadlines(control));
        const QDate next = ControlLabels::nextDeadline(control);
        if (next.isValid() && next < Clock::today()) {
            deadline->setForeground(QColor(QStringLiteral("#b02a37")));
            ++overdue;
        }
        m_table->setItem(index, DeadlineColumn, deadline);
        m_table->setItem(index, StateColumn, cell(ControlLabels::state(control)));
        for (const store::ControlActRecord& act : ControlLabels::awaitingAnswer(control)) {
            ++awaitedCount;
            awaited << (act.kind == store::ControlActKind::Injonction
                            ? tr("an injonction of %1, to be answered by %2").arg(day(act.at), day(act.dueOn))
                            : tr("a request for explanations of %1").arg(day(act.at)));
        }
    }
    m_table->resizeColumnsToContents();
    m_table->resizeRowsToContents();

    if (m_side == Side::Hatvp) {
        QStringList summary{tr("%n control(s) in progress", nullptr, int(open.size()))};
        if (overdue > 0) {
            summary << tr("%n past its deadline", nullptr, overdue);
        }
        if (!m_listing.uncontrolled.isEmpty()) {
            summary << tr("%n declaration(s) of assets received not controlled", nullptr,
                          int(m_listing.uncontrolled.size()));
        }
        setMessage(summary.join(tr("; ")) + QLatin1Char('.'));
    } else {
        m_awaitedBar->setVisible(awaitedCount > 0);
        const bool conseilConstitutionnel = m_listing.conseilConstitutionnel.contains(m_session.person.id);
        m_awaitedText->setText(tr("<b>The Haute Autorité awaits your answer</b> to %1. Without an answer, it "
                                  "may enjoin you, and "
                                  "then send the file to the parquet (%2, IV and VI).")
                                   .arg(awaited.join(tr(" and ")).toHtmlEscaped(),
                                        conseilConstitutionnel ? tr("art. 3-2 of ordonnance n° 58-1067")
                                                               : tr("art. 7-3 of ordonnance n° 58-1270")));
        setMessage(QString());
    }
    int reselect = -1;
    for (int index = 0; index < m_rows.size(); ++index) {
        const Row& row = m_rows.at(index);
        const QString id = row.control ? row.control->declarationId : row.declaration.id;
        if (!keep.isEmpty() && id == keep) {
            reselect = index;
        }
    }
    if (reselect >= 0) {
        m_table->setCurrentCell(reselect, 0);
        selectRow(reselect);
    } else {
        m_table->clearSelection();
        m_table->setCurrentCell(-1, -1);
        m_opened.reset();
        m_acts->clear();
        m_actView->clear();
    }
    updateButtons();
    emit listed();
}

const ControlWorkspace::Row* ControlWorkspace::selected() const
{
    const int row = m_table->currentRow();
    return row >= 0 && row < m_rows.size() ? &m_rows.at(row) : nullptr;
}

void ControlWorkspace::selectRow(int index)
{
    if (index < 0 || index >= m_rows.size()) {
        return;
    }
    if (m_table->currentRow() != index) {
        const QSignalBlocker blocker(m_table);
        m_table->setCurrentCell(index, 0);
    }
    const Row& row = m_rows.at(index);
    m_selectedDeclaration = row.control ? row.control->declarationId : row.declaration.id;
    m_opened.reset();
    m_acts->clear();
    m_actView->clear();
    if (row.control && row.control->status != store::ControlStatus::Destroyed) {
        m_open->run(row.control->id);
        m_busy->show();
    } else if (!row.control) {
        const bool conseilConstitutionnel =
            m_listing.conseilConstitutionnel.contains(row.declaration.declarantId);
        m_actView->setHtml(
            tr("<p>No control of this declaration yet.</p><p>Ask for explanations, enjoin, ask for the tax "
               "returns or conclude: the first act opens the control, and its six months run from the "
               "declaration's receipt, until %1 (%2, VI).</p>")
                .arg(day(row.declaration.filedAt.toLocalTime().date().addMonths(6)),
                     conseilConstitutionnel ? tr("art. 3-2 of ordonnance n° 58-1067")
                                            : tr("art. 7-3 of ordonnance n° 58-1270")));
    }
    updateButtons();
}

void ControlWorkspace::showOpened()
{
    const QSignalBlocker blocker(m_acts);
    m_acts->clear();
    int select = -1;
    for (const store::OpenedControlAct& act : m_opened->acts) {
        QString line = tr("%1 — %2").arg(day(act.record.at), ControlLabels::actKind(act.record.kind));
        // An answer names what it answers: two answers of one day read apart.
        for (const store::OpenedControlAct& answered : m_opened->acts) {
            if (act.record.kind == store::ControlActKind::Answer &&
                answered.record.id == act.record.answers) {
                line = tr("%1 — Answer to: %2 of %3")
                           .arg(day(act.record.at), ControlLabels::actKind(answered.record.kind),
                                day(answered.record.at));
            }
        }
        if (m_opened->record.status == store::ControlStatus::Open &&
            ControlLabels::awaitsAnswer(act.record)) {
            line += act.record.kind == store::ControlActKind::Injonction
                        ? tr(" — answer due by %1").arg(day(act.record.dueOn))
                        : tr(" — answer awaited");
            if (select < 0 && m_side == Side::Declarant) {
                select = m_acts->count();
            }
        }
        auto* item = new QListWidgetItem(line, m_acts);
        item->setData(ActIdRole, act.record.id);
    }
    if (select < 0) {
        select = m_acts->count() - 1;
    }
    m_acts->setCurrentRow(select);
    showAct(select);
}

void ControlWorkspace::showAct(int index)
{
    if (!m_opened || index < 0 || index >= m_opened->acts.size()) {
        m_actView->clear();
        return;
    }
    const store::OpenedControlAct& act = m_opened->acts.at(index);
    if (act.record.kind == store::ControlActKind::Answer) {
        QString html = QStringLiteral("<h1>%1</h1><p><i>%2</i></p><p>%3</p>")
                           .arg(ControlLabels::actKind(act.record.kind).toHtmlEscaped(),
                                tr("Signed by %1 on %2.")
                                    .arg(act.record.author, dateTimeLabel(act.record.at))
                                    .toHtmlEscaped(),
                                act.text.toHtmlEscaped().replace(QLatin1Char('\n'), QStringLiteral("<br>")));
        m_actView->setHtml(html);
        return;
    }
    const auto document = documentOf(act.record.id);
    m_actView->setHtml(document ? controlActHtml(*document) : QString());
}

std::optional<ControlActDocument> ControlWorkspace::documentOf(const QString& actId) const
{
    if (!m_opened) {
        return std::nullopt;
    }
    const auto declaration = m_listing.declarations.constFind(m_opened->record.declarationId);
    return ExportControlActPdfCommand::document(
        *m_opened, actId, declaration == m_listing.declarations.constEnd() ? nullptr : &*declaration,
        m_listing.conseilConstitutionnel.contains(m_opened->record.declarantId));
}

void ControlWorkspace::updateButtons()
{
    const Row* row = selected();
    const bool idle = !m_act->isRunning();
    if (m_side == Side::Hatvp) {
        const bool actable = row && idle &&
                             (!row->control || row->control->status == store::ControlStatus::Open) &&
                             (!row->control || m_opened);
        for (QPushButton* button : {m_request, m_injonction, m_taxReturns, m_conclude}) {
            button->setEnabled(actable);
        }
    } else {
        const bool awaiting =
            m_opened && m_opened->record.status == store::ControlStatus::Open &&
            std::any_of(m_opened->acts.begin(), m_opened->acts.end(), [](const store::OpenedControlAct& act) {
                return ControlLabels::awaitsAnswer(act.record);
            });
        m_answer->setEnabled(idle && awaiting);
    }
    m_exportPdf->setEnabled(m_opened && m_acts->currentRow() >= 0);
}

void ControlWorkspace::setMessage(const QString& text, bool problem)
{
    m_message->setText(text);
    m_message->setStyleSheet(problem ? QStringLiteral("color: #b02a37;") : QString());
}

std::optional<ControlActInput> ControlWorkspace::askInput(store::ControlActKind kind, const QString& answered)
{
    if (actInputProvider) {
        return actInputProvider(kind, answered);
    }
    const bool conseilConstitutionnel =
        m_opened     ? m_listing.conseilConstitutionnel.contains(m_opened->record.declarantId)
        : selected() ? m_listing.conseilConstitutionnel.contains(selected()->declaration.declarantId)
                     : false;
    ControlActDialog dialog(kind, conseilConstitutionnel, answered, this);
    if (dialog.exec() != QDialog::Accepted) {
        return std::nullopt;
    }
    return dialog.input();
}

void ControlWorkspace::act(store::ControlActKind kind)
{
    const Row* row = selected();
    if (!row || m_act->isRunning()) {
        return;
    }
    // Copied before asking: the list may be read again while the dialog is open.
    if (m_side == Side::Hatvp) {
        if (kind == store::ControlActKind::Answer) {
            return;
        }
        const QString declarationId = row->control ? row->control->declarationId : row->declaration.id;
        auto input = askInput(kind, {});
        if (!input) {
            return;
        }
        input->kind = kind;
        setMessage(tr("Signing and sealing the act…"));
        m_act->run(declarationId, *input);
    } else {
        if (kind != store::ControlActKind::Answer || !m_opened) {
            return;
        }
        // The act selected when it awaits her answer, else the first that does.
        const store::OpenedControlAct* target = nullptr;
        const int current = m_acts->currentRow();
        if (current >= 0 && current < m_opened->acts.size() &&
            ControlLabels::awaitsAnswer(m_opened->acts.at(current).record)) {
            target = &m_opened->acts.at(current);
        }
        for (const store::OpenedControlAct& act : m_opened->acts) {
            if (!target && ControlLabels::awaitsAnswer(act.record)) {
                target = &act;
            }
        }
        if (!target) {
            return;
        }
        const QString answered = target->record.id;
        const auto document = documentOf(answered);
        auto input = askInput(kind, document ? controlActHtml(*document) : QString());
        if (!input) {
            return;
        }
        input->kind = kind;
        input->answers = answered;
        setMessage(tr("Signing and sealing your answer…"));
        m_act->run({}, *input);
    }
    m_busy->show();
    updateButtons();
}

void ControlWorkspace::exportSelectedActPdf()
{
    const int current = m_acts->currentRow();
    if (!m_opened || current < 0 || current >= m_opened->acts.size()) {
        return;
    }
    // An answer is printed with the act it answers.
    const store::ControlActRecord& chosen = m_opened->acts.at(current).record;
    const QString actId = chosen.kind == store::ControlActKind::Answer ? chosen.answers : chosen.id;
    const auto act =
        std::find_if(m_opened->acts.begin(), m_opened->acts.end(),
                     [&actId](const store::OpenedControlAct& a) { return a.record.id == actId; });
    const auto document = documentOf(actId);
    if (!document || act == m_opened->acts.end()) {
        return;
    }
    const QString suggested = controlActPdfName(m_opened->record, act->record);
    const QString path = pdfPathProvider ? pdfPathProvider(suggested)
                                         : QFileDialog::getSaveFileName(this, tr("Export the act as PDF"),
                                                                        QDir::home().filePath(suggested),
                                                                        tr("PDF documents (*.pdf)"));
    if (path.isEmpty()) {
        return;
    }
    const Status written =
        ExportControlActPdfCommand(m_session).run(m_opened->record.id, actId, *document, path);
    if (!written) {
        setMessage(tr("The PDF was not written: %1").arg(written.error().message), true);
        emit failed(written.error().message);
        return;
    }
    setMessage(tr("Act exported to %1. The export is recorded in the audit trail.")
                   .arg(QDir::toNativeSeparators(path)));
}

ControlActDialog::ControlActDialog(store::ControlActKind kind, bool conseilConstitutionnel,
                                   const QString& answered, QWidget* parent)
    : QDialog(parent)
    , m_kind(kind)
{
    setObjectName(QStringLiteral("controlActDialog"));
    setWindowTitle(ControlLabels::actKind(kind));
    auto* layout = new QVBoxLayout(this);
    const QString article = conseilConstitutionnel ? tr("art. 3-2 of ordonnance n° 58-1067")
                                                   : tr("art. 7-3 of ordonnance n° 58-1270");
    QString intro;
    switch (kind) {
    case store::ControlActKind::ExplanationRequest:
        intro = tr("The Haute Autorité may ask the declarant for any explanation needed to appreciate the "
                   "declaration (%1, IV).");
        break;
    case store::ControlActKind::Injonction:
        intro = tr("When the declaration is incomplete, or a request for explanations went unanswered, the "
                   "Haute Autorité enjoins the declarant to complete it or to answer within one month (%1, "
                   "IV).");
        break;
    case store::ControlActKind::TaxReturnsRequest:
        intro = tr("The Haute Autorité may ask for the declarant's tax returns, and those of the spouse, "
                   "partner or concubin (%1, V).");
        break;
    case store::ControlActKind::Conclusion:
        intro = tr("The appreciation of the variation of the assets ends the control; the declarant is "
                   "informed (%1, VI). It cannot be changed once signed.");
        break;
    case store::ControlActKind::Answer:
        intro =
            tr("Your answer is signed with your identity and sealed for the Haute Autorité and you alone. "
               "It cannot be changed once sent.");
        break;
    }
    auto* introLabel = new QLabel(intro.contains(QLatin1String("%1")) ? intro.arg(article) : intro, this);
    introLabel->setWordWrap(true);
    layout->addWidget(introLabel);
    if (!answered.isEmpty()) {
        auto* view = new QTextBrowser(this);
        view->setObjectName(QStringLiteral("answeredAct"));
        view->setHtml(answered);
        layout->addWidget(view, 1);
    }
    auto* form = new QFormLayout;
    if (kind == store::ControlActKind::Injonction) {
        m_grounds = new QComboBox(this);
        m_grounds->setObjectName(QStringLiteral("injonctionGrounds"));
        m_grounds->addItem(tr("The declaration is incomplete"),
                           store::injonctionGroundsId(store::InjonctionGrounds::Incomplete));
        m_grounds->addItem(tr("A request for explanations went unanswered"),
                           store::injonctionGroundsId(store::InjonctionGrounds::Unanswered));
        form->addRow(tr("&Grounds:"), m_grounds);
    }
    if (kind == store::ControlActKind::Conclusion) {
        m_outcome = new QComboBox(this);
        m_outcome->setObjectName(QStringLiteral("controlOutcome"));
        for (const store::ControlOutcome outcome :
             {store::ControlOutcome::NoObservation, store::ControlOutcome::Justified,
              store::ControlOutcome::Parquet, store::ControlOutcome::GardeDesSceaux}) {
            if (outcome == store::ControlOutcome::GardeDesSceaux && conseilConstitutionnel) {
                continue; // art. 3-2 VI has no such paragraph: a member is not a magistrate
            }
            const QString id = store::controlOutcomeId(outcome);
            m_outcome->addItem(controlOutcomeLabel(id), id);
        }
        form->addRow(tr("&Outcome:"), m_outcome);
    }
    if (kind == store::ControlActKind::TaxReturnsRequest) {
        m_partner = new QCheckBox(tr("Also those of the spouse, partner or concubin"), this);
        m_partner->setObjectName(QStringLiteral("includingPartner"));
        form->addRow(QString(), m_partner);
    }
    m_text = new QPlainTextEdit(this);
    m_text->setObjectName(QStringLiteral("controlActText"));
    m_text->setTabChangesFocus(true);
    form->addRow(kind == store::ControlActKind::Answer ? tr("Your &answer:") : tr("&Text of the act:"),
                 m_text);
    layout->addLayout(form, 2);
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Cancel, this);
    auto* sign = buttons->addButton(tr("&Sign and send"), QDialogButtonBox::AcceptRole);
    sign->setObjectName(QStringLiteral("signAct"));
    sign->setEnabled(false);
    connect(m_text, &QPlainTextEdit::textChanged, this,
            [this, sign] { sign->setEnabled(!m_text->toPlainText().trimmed().isEmpty()); });
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    layout->addWidget(buttons);
    resize(640, answered.isEmpty() ? 420 : 620);
}

ControlActInput ControlActDialog::input() const
{
    ControlActInput input;
    input.kind = m_kind;
    input.text = m_text->toPlainText().trimmed();
    if (m_grounds) {
        input.grounds = *store::injonctionGroundsFromId(m_grounds->currentData().toString());
    }
    if (m_outcome) {
        input.outcome = *store::controlOutcomeFromId(m_outcome->currentData().toString());
    }
    input.includingPartner = m_partner && m_partner->isChecked();
    return input;
}

} // namespace probitas::gui
