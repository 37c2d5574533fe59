#pragma once

#include "Declaration.h"
#include "DeclarationDiff.h"
#include "FormDefinition.h"
#include "Validator.h"

#include <QWidget>
#include <memory>
#include <optional>
#include <vector>

class QCheckBox;
class QLabel;
class QListWidget;
class QPlainTextEdit;
class QPushButton;
class QStackedWidget;
class QTextBrowser;

namespace probitas {

class DeclarationView;
class FieldEditor;
class ItemPage;

// The guided filling of one declaration. Not a QWizard: the magistrate jumps to any step from the list on
// the left, which shows each step's state (✓ answered or néant, ! errors, ⚠ art. 7-2 III warnings,
// • unanswered). Steps: the declarant, one ItemPage per item of the declaration's event, the summary (with
// what changed since the previous declaration), and the attestation, which lists the recipients the rules
// choose, the remaining errors (each a link to its step) and the button that asks the application to sign
// and file. Ctrl+PgDown / Ctrl+PgUp move between steps.
class DeclarationWizard : public QWidget
{
    Q_OBJECT

public:
    enum class StepState { None, Unanswered, Answered, Neant, Warnings, Errors };

    explicit DeclarationWizard(QWidget* parent = nullptr);
    ~DeclarationWizard() override;

    // `definition` must be the one declaration.schema names and outlive the wizard. To continue from a
    // previous declaration, pass it both as `declaration` and as `previous`: the summary shows the changes.
    void setDeclaration(const Declaration& declaration, const FormDefinition& definition,
                        std::optional<Declaration> previous = {});
    Declaration declaration() const;
    // The regime the recipients are computed under: the store's (store::obligationsRegime); empty: the
    // rules' default.
    void setRegime(const QString& regimeId);
    ValidationReport report() const { return m_report; }

    int stepCount() const;
    int currentStep() const;
    void setCurrentStep(int step);
    StepState stepState(int step) const;
    ItemPage* itemPage(const QString& itemId) const;
    FieldEditor* headerEditor(const QString& fieldId) const;

signals:
    // Every edit, for the draft's autosave.
    void changed();
    // "Signer et déposer…": the declaration is valid and attested.
    void signAndFileRequested(const probitas::Declaration& declaration);

public slots:
    void next();
    void previous();
    // "declarant.nom", "items.participationsFinancieres[0].valeur", "profile.court": the step (and field)
    // where that issue is fixed.
    void goToPath(const QString& path);

private:
    void clearSteps();
    QWidget* makeDeclarantPage();
    QWidget* makeSummaryPage();
    QWidget* makeAttestationPage();
    void onEdited();
    void refresh();
    void refreshNavigation();
    void refreshDeclarantMessages();
    void refreshSummary();
    void refreshAttestation();
    void updateButtons();
    QString changesHtml(const Declaration& current) const;
    QString recipientsHtml() const;

    struct HeaderRow
    {
        FieldEditor* editor = nullptr;
        QLabel* message = nullptr;
    };

    const FormDefinition* m_definition = nullptr;
    std::unique_ptr<Validator> m_validator;
    Declaration m_base; // what the editors do not hold: schema, kind, event, profile, supersedes
    QString m_regime;   // empty: the rules' default
    std::optional<Declaration> m_previous;
    ValidationReport m_report;
    bool m_loading = false;

    QListWidget* m_navigation;
    QStackedWidget* m_stack;
    QPushButton* m_previousButton;
    QPushButton* m_nextButton;
    QLabel* m_position;

    std::vector<HeaderRow> m_header;
    QPlainTextEdit* m_observations = nullptr;
    std::vector<ItemPage*> m_items;
    QTextBrowser* m_changes = nullptr;
    DeclarationView* m_summary = nullptr;
    QLabel* m_recipients = nullptr;
    QCheckBox* m_attest = nullptr;
    QListWidget* m_errors = nullptr;
    QLabel* m_errorsTitle = nullptr;
    QPushButton* m_sign = nullptr;
};

} // namespace probitas
