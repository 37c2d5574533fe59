#include "ObligationsPanel.h"

#include "Clock.h"
#include "Obligations.h"
#include "Profile.h"

#include <QCheckBox>
#include <QComboBox>
#include <QCompleter>
#include <QDateEdit>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QJsonObject>
#include <QLabel>
#include <QSignalBlocker>
#include <QTableWidget>
#include <QVBoxLayout>

namespace probitas {

namespace {

// The court type of the inspection générale de la justice, as profiles spell it.
constexpr QLatin1StringView kInspection("igj");

QDateEdit* makeDateEdit(QWidget* parent, const QString& accessibleName)
{
    auto* edit = new QDateEdit(parent);
    edit->setCalendarPopup(true);
    edit->setDisplayFormat(QStringLiteral("dd/MM/yyyy"));
    edit->setDate(Clock::today());
    edit->setAccessibleName(accessibleName);
    return edit;
}

} // namespace

ObligationsPanel::ObligationsPanel(QWidget* parent)
    : QWidget(parent)
    , m_status(new QComboBox(this))
    , m_formation(new QComboBox(this))
    , m_courtType(new QComboBox(this))
    , m_seat(new QComboBox(this))
    , m_rank(new QComboBox(this))
    , m_installedOn(makeDateEdit(this, tr("Date of installation")))
    , m_hasCessation(new QCheckBox(tr("End of functions on"), this))
    , m_ceasedOn(makeDateEdit(this, tr("Date of the end of functions")))
    , m_hasLastDsp(new QCheckBox(tr("Last declaration of assets on"), this))
    , m_lastDspOn(makeDateEdit(this, tr("Date of the last declaration of assets")))
    , m_deDroit(new QCheckBox(tr("Member de droit (a former Président de la République)"), this))
    , m_hasChange(new QCheckBox(tr("Substantial change on"), this))
    , m_changedOn(makeDateEdit(this, tr("Date of the substantial change")))
    , m_regime(new QComboBox(this))
    , m_message(new QLabel(this))
    , m_table(new QTableWidget(0, ColumnCount, this))
{
    setObjectName(QStringLiteral("obligationsPanel"));
    for (const MagistrateStatus status :
         {MagistrateStatus::Titulaire, MagistrateStatus::Temporaire, MagistrateStatus::Honoraire,
          MagistrateStatus::MembreCsm, MagistrateStatus::MembreConseilConstitutionnel}) {
        m_status->addItem(statusLabel(status), statusId(status));
    }
    for (const Formation formation : {Formation::Siege, Formation::Parquet}) {
        m_formation->addItem(formationLabel(formation), formationId(formation));
    }
    for (const CourtType type : {CourtType::TribunalJudiciaire, CourtType::TribunalPremiereInstance,
                                 CourtType::CourAppel, CourtType::CourDeCassation}) {
        m_courtType->addItem(courtTypeLabel(type), courtTypeId(type));
    }
    // A service of the ministry, not a court: no seat, no formation (LO n° 2023-1058).
    m_courtType->addItem(tr("inspection générale de la justice"), QString(kInspection));
    for (const Regime& regime : ObligationRules::builtIn().regimes()) {
        m_regime->addItem(regime.title, regime.id);
    }
    m_seat->setEditable(true);
    m_seat->setInsertPolicy(QComboBox::NoInsert);
    m_seat->completer()->setCompletionMode(QCompleter::PopupCompletion);
    m_seat->completer()->setFilterMode(Qt::MatchContains);
    m_seat->completer()->setCaseSensitivity(Qt::CaseInsensitive);
    m_ceasedOn->setEnabled(false);
    m_lastDspOn->setEnabled(false);
    m_changedOn->setEnabled(false);
    m_hasChange->setToolTip(tr("A substantial change in your interests or assets calls for a complementary "
                               "declaration within two months (art. 7-2, III and 7-3, III)."));

    m_status->setObjectName(QStringLiteral("status"));
    m_formation->setObjectName(QStringLiteral("formation"));
    m_courtType->setObjectName(QStringLiteral("courtType"));
    m_seat->setObjectName(QStringLiteral("seat"));
    m_rank->setObjectName(QStringLiteral("rank"));
    m_installedOn->setObjectName(QStringLiteral("installedOn"));
    m_hasChange->setObjectName(QStringLiteral("hasChange"));
    m_changedOn->setObjectName(QStringLiteral("changedOn"));
    m_deDroit->setObjectName(QStringLiteral("deDroit"));
    m_deDroit->setToolTip(tr("The former Présidents de la République sit de droit and owe no declaration "
                             "(ord. 58-1067 art. 3-1 I and 3-2 I)."));
    m_regime->setObjectName(QStringLiteral("regime"));
    m_table->setObjectName(QStringLiteral("obligationsTable"));
    m_message->setObjectName(QStringLiteral("message"));

    auto* form = new QFormLayout;
    form->addRow(tr("&Status"), m_status);
    form->addRow(tr("Forma&tion"), m_formation);
    form->addRow(tr("Co&urt"), m_courtType);
    form->addRow(tr("S&eat"), m_seat);
    form->addRow(tr("&Rank"), m_rank);
    form->addRow(QString(), m_deDroit);
    form->addRow(tr("&Installed on"), m_installedOn);
    form->addRow(m_hasCessation, m_ceasedOn);
    form->addRow(m_hasLastDsp, m_lastDspOn);
    form->addRow(m_hasChange, m_changedOn);
    m_regimeLabel = new QLabel(tr("Rules &applied"), this);
    m_regimeLabel->setBuddy(m_regime);
    form->addRow(m_regimeLabel, m_regime);
    m_regimeText = new QLabel(this);
    m_regimeText->setObjectName(QStringLiteral("regimeText"));
    m_regimeText->setWordWrap(true);
    m_regimeText->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_regimeText->hide();
    for (QWidget* field : {static_cast<QWidget*>(m_status), static_cast<QWidget*>(m_formation),
                           static_cast<QWidget*>(m_courtType), static_cast<QWidget*>(m_seat),
                           static_cast<QWidget*>(m_rank), static_cast<QWidget*>(m_regime)}) {
        if (auto* label = qobject_cast<QLabel*>(form->labelForField(field))) {
            field->setAccessibleName(label->text().remove(QLatin1Char('&')));
        }
    }

    m_table->setHorizontalHeaderLabels(
        {tr("Declaration"), tr("Event"), tr("To"), tr("Due by"), tr("Legal basis"), tr("Filing")});
    m_table->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_table->horizontalHeader()->setSectionResizeMode(RecipientsColumn, QHeaderView::Stretch);
    m_table->horizontalHeader()->setSectionResizeMode(FilingColumn, QHeaderView::Stretch);
    m_table->verticalHeader()->hide();
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setWordWrap(true);
    // The rows' height follows the columns' width, which the layout settles after they are filled.
    connect(m_table->horizontalHeader(), &QHeaderView::sectionResized, m_table,
            &QTableWidget::resizeRowsToContents);
    m_table->setAccessibleName(tr("Declarations due"));
    m_message->setWordWrap(true);

    // What is overdue, or due within 30 days, said above the table.
    m_reminders = new QLabel(this);
    m_reminders->setObjectName(QStringLiteral("reminders"));
    m_reminders->setWordWrap(true);
    m_reminders->setStyleSheet(
        QStringLiteral("background: #fff3cd; color: #664d03; border: 1px solid #ffda6a; padding: 6px;"));
    m_reminders->hide();

    auto* layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(m_regimeText);
    layout->addWidget(m_reminders);
    layout->addWidget(m_message);
    layout->addWidget(m_table, 1);

    const auto recomputeLater = [this] { recompute(); };
    connect(m_status, &QComboBox::currentIndexChanged, this, [this] {
        updateEnabledFields();
        recompute();
    });
    connect(m_courtType, &QComboBox::currentIndexChanged, this, [this] {
        refillSeats();
        updateEnabledFields();
        recompute();
    });
    connect(m_formation, &QComboBox::currentIndexChanged, this, [this] {
        updateEnabledFields();
        recompute();
    });
    connect(m_seat, &QComboBox::currentTextChanged, this, recomputeLater);
    connect(m_rank, &QComboBox::currentIndexChanged, this, recomputeLater);
    connect(m_deDroit, &QCheckBox::toggled, this, recomputeLater);
    connect(m_regime, &QComboBox::currentIndexChanged, this, recomputeLater);
    connect(m_installedOn, &QDateEdit::dateChanged, this, recomputeLater);
    connect(m_ceasedOn, &QDateEdit::dateChanged, this, recomputeLater);
    connect(m_lastDspOn, &QDateEdit::dateChanged, this, recomputeLater);
    connect(m_hasCessation, &QCheckBox::toggled, m_ceasedOn, &QWidget::setEnabled);
    connect(m_hasCessation, &QCheckBox::toggled, this, recomputeLater);
    connect(m_hasLastDsp, &QCheckBox::toggled, m_lastDspOn, &QWidget::setEnabled);
    connect(m_hasLastDsp, &QCheckBox::toggled, this, recomputeLater);
    connect(m_changedOn, &QDateEdit::dateChanged, this, recomputeLater);
    connect(m_hasChange, &QCheckBox::toggled, m_changedOn, &QWidget::setEnabled);
    connect(m_hasChange, &QCheckBox::toggled, this, recomputeLater);

    refillSeats();
    updateEnabledFields();
    recompute();
}

void ObligationsPanel::refillSeats()
{
    const QString previous = m_seat->currentText();
    const auto type = courtTypeFromId(m_courtType->currentData().toString());
    QSignalBlocker blocker(m_seat);
    m_seat->clear();
    for (const Court& court : JurisdictionDirectory::builtIn().courts()) {
        if (type && court.type == *type && court.type != CourtType::CourDeCassation) {
            m_seat->addItem(court.seat);
        }
    }
    const int previousIndex = m_seat->findText(previous);
    m_seat->setCurrentIndex(previousIndex >= 0 ? previousIndex : 0);
}

void ObligationsPanel::updateEnabledFields()
{
    const QString status = m_status->currentData().toString();
    const bool csm = status == statusId(MagistrateStatus::MembreCsm);
    const bool conseil = status == statusId(MagistrateStatus::MembreConseilConstitutionnel);
    const bool titulaire = status == statusId(MagistrateStatus::Titulaire);
    const bool inspection = !csm && !conseil && m_courtType->currentData().toString() == kInspection;
    const auto courtType = courtTypeFromId(m_courtType->currentData().toString());
    const Formation formation = m_formation->currentData().toString() == formationId(Formation::Parquet)
                                    ? Formation::Parquet
                                    : Formation::Siege;
    m_formation->setEnabled(!csm && !conseil && !inspection);
    m_courtType->setEnabled(!csm && !conseil);
    m_seat->setEnabled(!csm && !conseil && !inspection && courtType != CourtType::CourDeCassation);
    m_rank->setEnabled(titulaire || conseil);
    m_deDroit->setVisible(conseil);
    m_deDroit->setEnabled(conseil);

    // Offer only the ranks that exist in this formation of this court: the IGJ and the Conseil
    // constitutionnel have their members and their head.
    const QString previous = m_rank->currentData().toString();
    QSignalBlocker blocker(m_rank);
    m_rank->clear();
    if (conseil) {
        m_rank->addItem(tr("member"), rankId(Rank::Magistrat));
        m_rank->addItem(tr("président of the Conseil constitutionnel"), rankId(Rank::Chef));
    } else if (inspection) {
        m_rank->addItem(tr("magistrate of the inspection générale"), rankId(Rank::Magistrat));
        m_rank->addItem(tr("inspecteur général, chef of the inspection générale"), rankId(Rank::Chef));
    } else {
        for (const Rank rank : {Rank::Magistrat, Rank::Chef, Rank::PresidentDeChambre,
                                Rank::PremierAvocatGeneral, Rank::ServiceExtraordinaire}) {
            if (!titulaire && rank != Rank::Magistrat) {
                continue;
            }
            if (courtType && rankExists(rank, formation, *courtType)) {
                m_rank->addItem(rankLabel(rank, formation, courtType), rankId(rank));
            }
        }
    }
    const int previousIndex = m_rank->findData(previous);
    m_rank->setCurrentIndex(previousIndex >= 0 ? previousIndex : 0);
}

void ObligationsPanel::setProfile(const Profile& profile)
{
    m_status->setCurrentIndex(m_status->findData(statusId(profile.status)));
    if (profile.formation) {
        m_formation->setCurrentIndex(m_formation->findData(formationId(*profile.formation)));
    }
    if (profile.atInspection) {
        m_courtType->setCurrentIndex(m_courtType->findData(QString(kInspection)));
    } else if (profile.court) {
        m_courtType->setCurrentIndex(m_courtType->findData(courtTypeId(profile.court->type)));
        m_seat->setCurrentText(profile.court->seat);
    }
    m_deDroit->setChecked(profile.deDroit);
    updateEnabledFields();
    m_rank->setCurrentIndex(std::max(0, m_rank->findData(rankId(profile.rank))));
    m_installedOn->setDate(profile.installedOn);
    m_hasCessation->setChecked(profile.ceasedOn.isValid());
    if (profile.ceasedOn.isValid()) {
        m_ceasedOn->setDate(profile.ceasedOn);
    }
    m_hasLastDsp->setChecked(profile.lastDspOn.isValid());
    if (profile.lastDspOn.isValid()) {
        m_lastDspOn->setDate(profile.lastDspOn);
    }
    m_hasChange->setChecked(profile.changedOn.isValid());
    if (profile.changedOn.isValid()) {
        m_changedOn->setDate(profile.changedOn);
    }
    recompute();
}

void ObligationsPanel::setPostingOnly(bool postingOnly)
{
    m_postingOnly = postingOnly;
    for (QWidget* widget : {static_cast<QWidget*>(m_hasLastDsp), static_cast<QWidget*>(m_lastDspOn),
                            static_cast<QWidget*>(m_hasChange), static_cast<QWidget*>(m_changedOn),
                            static_cast<QWidget*>(m_regimeLabel), static_cast<QWidget*>(m_regime),
                            static_cast<QWidget*>(m_regimeText), static_cast<QWidget*>(m_table)}) {
        widget->setVisible(!postingOnly);
    }
    if (postingOnly) {
        m_hasLastDsp->setChecked(false);
        m_hasChange->setChecked(false);
    }
    showReminders(Clock::today());
}

void ObligationsPanel::setFilings(std::vector<Filing> filings)
{
    m_filings = std::move(filings);
    {
        // The obligations are the same, only shown against what was filed: no obligationsChanged.
        const QSignalBlocker blocker(this);
        recompute();
    }
    // But what is still due may have changed.
    emit remindersChanged(overdueCount(), int(m_reminderList.size()) - overdueCount());
}

int ObligationsPanel::obligationCount() const
{
    return m_table->rowCount();
}

void ObligationsPanel::recompute()
{
    // Build the profile exactly as the command line receives it, so both apply the same checks.
    QJsonObject object{{QStringLiteral("status"), m_status->currentData().toString()},
                       {QStringLiteral("installed_on"), m_installedOn->date().toString(Qt::ISODate)}};
    const QString status = m_status->currentData().toString();
    if (status == statusId(MagistrateStatus::MembreConseilConstitutionnel)) {
        if (m_rank->currentData().toString() == rankId(Rank::Chef)) {
            object.insert(QStringLiteral("rank"), rankId(Rank::Chef));
        }
        if (m_deDroit->isChecked()) {
            object.insert(QStringLiteral("de_droit"), true);
        }
    } else if (status != statusId(MagistrateStatus::MembreCsm) &&
               m_courtType->currentData().toString() == kInspection) {
        object.insert(QStringLiteral("court"), QJsonObject{{QStringLiteral("type"), QString(kInspection)}});
        object.insert(QStringLiteral("rank"), m_rank->currentData().toString());
    } else if (m_formation->isEnabled()) {
        object.insert(QStringLiteral("formation"), m_formation->currentData().toString());
        QJsonObject court{{QStringLiteral("type"), m_courtType->currentData().toString()}};
        if (m_seat->isEnabled()) {
            court.insert(QStringLiteral("seat"), m_seat->currentText());
        }
        object.insert(QStringLiteral("court"), court);
        object.insert(QStringLiteral("rank"), m_rank->currentData().toString());
    }
    if (m_hasCessation->isChecked()) {
        object.insert(QStringLiteral("ceased_on"), m_ceasedOn->date().toString(Qt::ISODate));
    }
    if (m_hasLastDsp->isChecked()) {
        object.insert(QStringLiteral("last_dsp_on"), m_lastDspOn->date().toString(Qt::ISODate));
    }
    if (m_hasChange->isChecked()) {
        object.insert(QStringLiteral("changed_on"), m_changedOn->date().toString(Qt::ISODate));
    }

    m_table->setRowCount(0);
    m_obligationsShown.clear();
    m_standings.clear();
    auto profile = Profile::fromJson(object);
    m_profile = profile ? std::optional<Profile>(*profile) : std::nullopt;
    const JurisdictionDirectory& directory = JurisdictionDirectory::builtIn();
    auto report =
        profile ? ObligationRules::builtIn().compute(*profile, directory, m_regime->currentData().toString())
                : Result<ObligationReport>(profile.error());
    if (!report) {
        m_profile.reset();
        m_message->setText(report.error().message);
        showReminders(Clock::today());
        emit obligationsChanged(0);
        return;
    }
    const QDate today = Clock::today();
    const QLocale locale;
    QStringList notes;
    m_obligationsShown = report->obligations;
    m_standings = standings(report->obligations, m_filings, today);
    for (size_t index = 0; index < report->obligations.size(); ++index) {
        const Obligation& obligation = report->obligations[index];
        const ObligationStanding& standing = m_standings[index];
        const int row = m_table->rowCount();
        m_table->insertRow(row);
        QStringList recipients;
        for (const QString& recipient : obligation.recipients) {
            recipients << authorityLabel(recipient, directory);
        }
        const QStringList cells = {kindLabel(obligation.declaration),
                                   eventLabel(obligation.event),
                                   recipients.join(QLatin1Char('\n')),
                                   locale.toString(obligation.due, QLocale::ShortFormat),
                                   obligation.basis,
                                   standingText(obligation, standing)};
        QString tip = obligation.law;
        QColor background;
        if (standing.met()) {
            background = standing.state == ComplianceState::FiledLate ? QColor(0xFF, 0xF3, 0xCD)
                                                                      : QColor(0xE2, 0xF0, 0xD9);
            tip = tr("Filed on %1").arg(locale.toString(standing.filedOn, QLocale::LongFormat));
        } else if (standing.state == ComplianceState::Outstanding) {
            background = QColor(0xFD, 0xE2, 0xE1);
            tip = tr("Overdue since %1").arg(locale.toString(obligation.due, QLocale::LongFormat));
        }
        for (int column = 0; column < cells.size(); ++column) {
            auto* cell = new QTableWidgetItem(cells[column]);
            cell->setToolTip(tip);
            if (background.isValid()) {
                cell->setBackground(background);
            }
            m_table->setItem(row, column, cell);
        }
        if (!standing.receiptProblem.isEmpty()) {
            m_table->item(row, FilingColumn)->setForeground(QColor(0xB0, 0x2A, 0x37));
            m_table->item(row, FilingColumn)->setToolTip(standing.receiptProblem);
        }
    }
    m_table->resizeRowsToContents();
    for (const Exemption& exemption : report->exemptions) {
        notes << tr("No %1 at %2: one was made less than six months before (%3).")
                     .arg(kindLabel(exemption.declaration), eventLabel(exemption.event), exemption.basis);
    }
    for (const NothingOwed& nothing : report->nothingOwed) {
        notes << tr("No declaration is owed (%1).").arg(nothing.basis);
    }
    m_message->setText(notes.join(QLatin1Char('\n')));
    showReminders(today);
    emit obligationsChanged(m_table->rowCount());
}

void ObligationsPanel::showReminders(QDate today)
{
    // The administrator stating a posting sees no table, and no reminders.
    m_reminderList =
        m_table->isHidden() ? std::vector<Reminder>() : remindersOf(m_obligationsShown, m_standings, today);
    QStringList lines;
    const QLocale locale;
    const JurisdictionDirectory& directory = JurisdictionDirectory::builtIn();
    for (const Reminder& reminder : m_reminderList) {
        const Obligation& obligation = m_obligationsShown[reminder.index];
        QStringList recipients;
        for (const QString& recipient : obligation.recipients) {
            recipients << authorityLabel(recipient, directory);
        }
        const QString what = tr("%1 (%2), to %3")
                                 .arg(kindLabel(obligation.declaration), eventLabel(obligation.event),
                                      recipients.join(tr(" and ")));
        const QString due = locale.toString(obligation.due, QLocale::ShortFormat);
        lines << (reminder.overdue()
                      ? tr("<b>Overdue</b> since %1 (%n day(s)): %2", nullptr, -reminder.daysLeft)
                            .arg(due, what.toHtmlEscaped())
                      : tr("<b>Due</b> by %1 (in %n day(s)): %2", nullptr, reminder.daysLeft)
                            .arg(due, what.toHtmlEscaped()));
    }
    m_reminders->setText(lines.join(QStringLiteral("<br>")));
    m_reminders->setVisible(!lines.isEmpty());
    emit remindersChanged(overdueCount(), int(m_reminderList.size()) - overdueCount());
}

int ObligationsPanel::overdueCount() const
{
    return int(std::count_if(m_reminderList.begin(), m_reminderList.end(),
                             [](const Reminder& reminder) { return reminder.overdue(); }));
}

QString ObligationsPanel::standingText(const Obligation& obligation, const ObligationStanding& standing)
{
    const QLocale locale;
    if (!standing.met()) {
        return standing.state == ComplianceState::Outstanding
                   ? tr("not filed, overdue by %n day(s)", nullptr, standing.daysLate)
                   : tr("to file by %1").arg(locale.toString(obligation.due, QLocale::ShortFormat));
    }
    const QString filedOn = locale.toString(standing.filedOn, QLocale::ShortFormat);
    const QString when = standing.daysLate > 0
                             ? tr("filed on %1, %n day(s) late", nullptr, standing.daysLate).arg(filedOn)
                             : tr("filed on %1, on time").arg(filedOn);
    QString receipt;
    if (!standing.receiptProblem.isEmpty()) {
        receipt = tr("a receipt held does not verify");
    } else if (standing.receiptHeld) {
        receipt = tr("receipt held");
    } else if (!standing.acknowledgedBy.isEmpty()) {
        QStringList from;
        for (const QString& authority : standing.acknowledgedBy) {
            from << authorityLabel(authority, JurisdictionDirectory::builtIn());
        }
        receipt = tr("receipt held from %1 only").arg(from.join(tr(" and ")));
    } else {
        receipt = tr("no receipt yet");
    }
    return tr("%1; %2").arg(when, receipt);
}

void ObligationsPanel::setRegime(const QString& regimeId, const QString& why)
{
    const int index = m_regime->findData(regimeId);
    if (index < 0) {
        return;
    }
    for (const Regime& regime : ObligationRules::builtIn().regimes()) {
        if (regime.id == regimeId) {
            m_regimeText->setText(
                tr("<b>Text applied</b>: %1, %2.").arg(regime.title.toHtmlEscaped(), why.toHtmlEscaped()));
            m_regimeText->setToolTip(regime.source);
        }
    }
    // The regime is the store's, not the person's choice.
    m_regimeLabel->hide();
    m_regime->hide();
    m_regimeText->show();
    m_regime->setCurrentIndex(index); // recomputes
}

} // namespace probitas
