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
    , m_hasChange(new QCheckBox(tr("Substantial change on"), this))
    , m_changedOn(makeDateEdit(this, tr("Date of the substantial change")))
    , m_regime(new QComboBox(this))
    , m_message(new QLabel(this))
    , m_table(new QTableWidget(0, 5, this))
{
    setObjectName(QStringLiteral("obligationsPanel"));
    for (const MagistrateStatus status : {MagistrateStatus::Titulaire, MagistrateStatus::Temporaire,
                                          MagistrateStatus::Honoraire, MagistrateStatus::MembreCsm}) {
        m_status->addItem(statusLabel(status), statusId(status));
    }
    for (const Formation formation : {Formation::Siege, Formation::Parquet}) {
        m_formation->addItem(formationLabel(formation), formationId(formation));
    }
    for (const CourtType type : {CourtType::TribunalJudiciaire, CourtType::TribunalPremiereInstance,
                                 CourtType::CourAppel, CourtType::CourDeCassation}) {
        m_courtType->addItem(courtTypeLabel(type), courtTypeId(type));
    }
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
    m_regime->setObjectName(QStringLiteral("regime"));
    m_table->setObjectName(QStringLiteral("obligationsTable"));
    m_message->setObjectName(QStringLiteral("message"));

    auto* form = new QFormLayout;
    form->addRow(tr("&Status"), m_status);
    form->addRow(tr("Forma&tion"), m_formation);
    form->addRow(tr("Co&urt"), m_courtType);
    form->addRow(tr("S&eat"), m_seat);
    form->addRow(tr("&Rank"), m_rank);
    form->addRow(tr("&Installed on"), m_installedOn);
    form->addRow(m_hasCessation, m_ceasedOn);
    form->addRow(m_hasLastDsp, m_lastDspOn);
    form->addRow(m_hasChange, m_changedOn);
    m_regimeLabel = new QLabel(tr("Rules &applied"), this);
    m_regimeLabel->setBuddy(m_regime);
    form->addRow(m_regimeLabel, m_regime);
    for (QWidget* field : {static_cast<QWidget*>(m_status), static_cast<QWidget*>(m_formation),
                           static_cast<QWidget*>(m_courtType), static_cast<QWidget*>(m_seat),
                           static_cast<QWidget*>(m_rank), static_cast<QWidget*>(m_regime)}) {
        if (auto* label = qobject_cast<QLabel*>(form->labelForField(field))) {
            field->setAccessibleName(label->text().remove(QLatin1Char('&')));
        }
    }

    m_table->setHorizontalHeaderLabels(
        {tr("Declaration"), tr("Event"), tr("To"), tr("Due by"), tr("Legal basis")});
    m_table->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_table->horizontalHeader()->setSectionResizeMode(2, QHeaderView::Stretch);
    m_table->verticalHeader()->hide();
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setWordWrap(true);
    m_table->setAccessibleName(tr("Declarations due"));
    m_message->setWordWrap(true);

    auto* layout = new QVBoxLayout(this);
    layout->addLayout(form);
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
    const bool titulaire = status == statusId(MagistrateStatus::Titulaire);
    const auto courtType = courtTypeFromId(m_courtType->currentData().toString());
    const Formation formation = m_formation->currentData().toString() == formationId(Formation::Parquet)
                                    ? Formation::Parquet
                                    : Formation::Siege;
    m_formation->setEnabled(!csm);
    m_courtType->setEnabled(!csm);
    m_seat->setEnabled(!csm && courtType != CourtType::CourDeCassation);
    m_rank->setEnabled(titulaire);

    // Offer only the ranks that exist in this formation of this court.
    const QString previous = m_rank->currentData().toString();
    QSignalBlocker blocker(m_rank);
    m_rank->clear();
    for (const Rank rank : {Rank::Magistrat, Rank::Chef, Rank::PresidentDeChambre, Rank::PremierAvocatGeneral,
                            Rank::ServiceExtraordinaire}) {
        if (!titulaire && rank != Rank::Magistrat) {
            continue;
        }
        if (courtType && rankExists(rank, formation, *courtType)) {
            m_rank->addItem(rankLabel(rank, formation, courtType), rankId(rank));
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
    if (profile.court) {
        m_courtType->setCurrentIndex(m_courtType->findData(courtTypeId(profile.court->type)));
        m_seat->setCurrentText(profile.court->seat);
    }
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
    for (QWidget* widget : {static_cast<QWidget*>(m_hasLastDsp), static_cast<QWidget*>(m_lastDspOn),
                            static_cast<QWidget*>(m_hasChange), static_cast<QWidget*>(m_changedOn),
                            static_cast<QWidget*>(m_regimeLabel), static_cast<QWidget*>(m_regime),
                            static_cast<QWidget*>(m_table)}) {
        widget->setVisible(!postingOnly);
    }
    if (postingOnly) {
        m_hasLastDsp->setChecked(false);
        m_hasChange->setChecked(false);
    }
}

void ObligationsPanel::setFilings(std::vector<Filing> filings)
{
    m_filings = std::move(filings);
    // The obligations are the same, only shown against what was filed: no obligationsChanged.
    const QSignalBlocker blocker(this);
    recompute();
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
    if (m_formation->isEnabled()) {
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
    auto profile = Profile::fromJson(object);
    m_profile = profile ? std::optional<Profile>(*profile) : std::nullopt;
    const JurisdictionDirectory& directory = JurisdictionDirectory::builtIn();
    auto report =
        profile ? ObligationRules::builtIn().compute(*profile, directory, m_regime->currentData().toString())
                : Result<ObligationReport>(profile.error());
    if (!report) {
        m_profile.reset();
        m_message->setText(report.error().message);
        emit obligationsChanged(0);
        return;
    }
    const QDate today = Clock::today();
    const QLocale locale;
    QStringList notes;
    const std::vector<ObligationStanding> matched = standings(report->obligations, m_filings, today);
    for (size_t index = 0; index < report->obligations.size(); ++index) {
        const Obligation& obligation = report->obligations[index];
        const ObligationStanding& standing = matched[index];
        const int row = m_table->rowCount();
        m_table->insertRow(row);
        QStringList recipients;
        for (const QString& recipient : obligation.recipients) {
            recipients << authorityLabel(recipient, directory);
        }
        const QString due = locale.toString(obligation.due, QLocale::ShortFormat);
        const QStringList cells = {
            kindLabel(obligation.declaration), eventLabel(obligation.event),
            recipients.join(QLatin1Char('\n')),
            standing.filedOn.isValid()
                ? tr("%1 (filed on %2)").arg(due, locale.toString(standing.filedOn, QLocale::ShortFormat))
                : due,
            obligation.basis};
        for (int column = 0; column < cells.size(); ++column) {
            auto* cell = new QTableWidgetItem(cells[column]);
            cell->setToolTip(obligation.law);
            if (standing.filedOn.isValid()) {
                cell->setBackground(QColor(0xE2, 0xF0, 0xD9));
                cell->setToolTip(
                    tr("Filed on %1").arg(locale.toString(standing.filedOn, QLocale::LongFormat)));
            } else if (standing.state == ComplianceState::Outstanding) {
                cell->setBackground(QColor(0xFD, 0xE2, 0xE1));
                cell->setToolTip(
                    tr("Overdue since %1").arg(locale.toString(obligation.due, QLocale::LongFormat)));
            }
            m_table->setItem(row, column, cell);
        }
    }
    m_table->resizeRowsToContents();
    for (const Exemption& exemption : report->exemptions) {
        notes << tr("No %1 at %2: one was made less than six months before (%3).")
                     .arg(kindLabel(exemption.declaration), eventLabel(exemption.event), exemption.basis);
    }
    m_message->setText(notes.join(QLatin1Char('\n')));
    emit obligationsChanged(m_table->rowCount());
}

} // namespace probitas
