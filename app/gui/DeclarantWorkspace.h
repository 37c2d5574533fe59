#pragma once

#include "Commands.h"

#include <QWidget>
#include <functional>

class QCheckBox;
class QComboBox;
class QLabel;
class QPushButton;
class QTabWidget;
class QTableWidget;
class QVBoxLayout;

namespace probitas {
class DeclarationWizard;
}

namespace probitas::gui {

// The declarant's workspace: "My obligations", "My declarations" (read-only view, PDF export) and
// "New declaration" (the wizard, its autosaved draft, signing and filing). All store and crypto work goes
// through the commands.
class DeclarantWorkspace : public QWidget
{
    Q_OBJECT

public:
    DeclarantWorkspace(Session& session, QWidget* parent = nullptr);
    ~DeclarantWorkspace() override;

    QTabWidget* tabs() const { return m_tabs; }
    DeclarationWizard* wizard() const { return m_wizard; }
    SaveDraftCommand* drafts() const { return m_drafts; }
    void refreshList();
    void openDeclaration(int row);
    void startNew();
    void resumeDraft();

    // For tests: "Export as PDF…" asks this instead of a QFileDialog when set.
    std::function<QString()> pdfPathProvider;

signals:
    void filed(const QString& id);

private:
    QWidget* makeObligationsTab();
    QWidget* makeDeclarationsTab();
    QWidget* makeNewTab();
    void showWizard(const Declaration& declaration, std::optional<Declaration> previous);
    void exportSelected();
    void onSignAndFile(const Declaration& declaration);

    Session& m_session;
    DeclarationsCommand m_declarations;
    SaveDraftCommand* m_drafts;
    QTabWidget* m_tabs;
    QTableWidget* m_table = nullptr;
    QLabel* m_listMessage = nullptr;
    QComboBox* m_kind = nullptr;
    QCheckBox* m_fromLast = nullptr;
    QWidget* m_draftBar = nullptr;
    QLabel* m_newMessage = nullptr;
    QVBoxLayout* m_wizardArea = nullptr;
    DeclarationWizard* m_wizard = nullptr;
    std::optional<Declaration> m_draft;
    QList<store::DeclarationRecord> m_records;
};

} // namespace probitas::gui
