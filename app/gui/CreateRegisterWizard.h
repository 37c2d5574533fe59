#pragma once

#include "FileField.h"
#include "RegisterCreation.h"

#include <QWizard>
#include <functional>

class QComboBox;
class QLabel;
class QLineEdit;
class QRadioButton;
class QWidget;
class QWizardPage;

namespace probitas::gui {

// "Create the organisation's register", for its administrator, in three pages: the organisation's CA (a new
// one, saved under a passphrase; or an existing one, with its key or only its certificate), their own
// identity (issued by that CA, or the file they hold), then the register's file and the regime its first
// statement states. "Create the register" runs createRegister off the GUI thread; on success the wizard is
// accepted and created() says where the register and the identity are. Every field is checked before
// anything is written, and a failure leaves nothing behind (createRegister), the wizard open to correct it.
class CreateRegisterWizard : public QWizard
{
    Q_OBJECT

public:
    enum PageId { CaPageId, AdministratorPageId, RegisterPageId };

    explicit CreateRegisterWizard(QWidget* parent = nullptr);
    ~CreateRegisterWizard() override;

    // What was made, once accepted.
    const CreatedRegister& created() const { return m_created; }
    // Whether the creation is under way (the wizard then refuses to close).
    bool isCreating() const;

    // For tests: each "Browse…" asks this (with what the file is for) instead of a QFileDialog when set.
    FileProvider fileProvider;

    void done(int result) override;

private:
    friend class CheckedPage;
    QWizardPage* makeCaPage();
    QWizardPage* makeAdministratorPage();
    QWizardPage* makeRegisterPage();
    // What is wrong with the page `id` as filled, or empty.
    QString problemsOf(int id) const;
    std::shared_ptr<RegisterPlan> plan() const;
    void create();
    void onCreated(const Result<CreatedRegister>& result);
    void browse(QLineEdit* field, const QString& what, const QString& filter, bool save);
    void updateCaChoice();
    void updateAdministratorChoice();

    // The CA.
    QRadioButton* m_createCa;
    QRadioButton* m_importCa;
    QWidget* m_createCaBox;
    QWidget* m_importCaBox;
    QLineEdit* m_organisation;
    QLineEdit* m_caName;
    QLineEdit* m_newCaFile;
    QLineEdit* m_caPassphrase;
    QLineEdit* m_caPassphraseAgain;
    QLineEdit* m_existingCaFile;
    QLineEdit* m_existingCaPassphrase;
    QLabel* m_existingCaPassphraseLabel;
    // The administrator.
    QLineEdit* m_administratorName;
    QRadioButton* m_issueIdentity;
    QRadioButton* m_existingIdentity;
    QWidget* m_issueBox;
    QWidget* m_existingBox;
    QLineEdit* m_newIdentityFile;
    QLineEdit* m_identityPassphrase;
    QLineEdit* m_identityPassphraseAgain;
    QLineEdit* m_existingIdentityFile;
    QLineEdit* m_existingIdentityPassphrase;
    // The register.
    QLineEdit* m_storeFile;
    QComboBox* m_regime;
    QLabel* m_summary;
    QWidget* m_busy;
    QLabel* m_failure;

    CreateRegisterCommand* m_command;
    CreatedRegister m_created;
    // From "Create the register" until its outcome is shown (the future ends before its watcher says so).
    bool m_creating = false;
};

} // namespace probitas::gui
