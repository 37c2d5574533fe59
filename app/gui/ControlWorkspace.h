#pragma once

#include "ControlCommands.h"

#include <QDialog>
#include <QWidget>
#include <functional>
#include <optional>

class QCheckBox;
class QComboBox;
class QLabel;
class QListWidget;
class QPlainTextEdit;
class QProgressBar;
class QPushButton;
class QTableWidget;
class QTextBrowser;

namespace probitas::gui {

// The HATVP's control of a DSP, for its two parties. The HATVP (Side::Hatvp) sees every DSP it received,
// its open controls first by their nearest deadline (an injonction's month, the six months of VI), then the
// DSPs not controlled yet, then the controls concluded; it acts on the one selected. The declarant
// (Side::Declarant, in "My declarations") sees the controls of her DSPs, what the HATVP awaits of her and by
// when, and answers. Both read the acts (each opening audited) and export one as a PDF.
class ControlWorkspace : public QWidget
{
    Q_OBJECT

public:
    enum class Side { Hatvp, Declarant };
    enum Column { DeclarantColumn, ReceivedColumn, StatusColumn, DeadlineColumn, StateColumn, ColumnCount };

    ControlWorkspace(Session& session, Side side, QWidget* parent = nullptr);

    // Reads the list (the owner calls it first, when the view is shown) (in the background on a server: busy
    // meanwhile) and reopens the control selected.
    void refresh();
    // Selects a row of the table, and opens its control when it has one.
    void selectRow(int row);
    // The HATVP's act on the DSP selected (the first opens its control), or the declarant's answer to the
    // act selected: what it says is asked (a dialog, or `actInputProvider`), then signed and sealed.
    void act(store::ControlActKind kind);
    void exportSelectedActPdf();

    QTableWidget* table() const { return m_table; }
    QListWidget* acts() const { return m_acts; }
    QTextBrowser* actView() const { return m_actView; }
    QLabel* message() const { return m_message; }
    QLabel* awaitedText() const { return m_awaitedText; }
    const ControlListing& listing() const { return m_listing; }
    const std::optional<store::OpenedControl>& opened() const { return m_opened; }
    bool isBusy() const;
    // Whether the declarant has any control to show (the view hides itself otherwise).
    bool isEmpty() const { return m_rows.isEmpty(); }

    // For tests: what the act says, asked instead of a dialog (nullopt: cancelled). Gets the act's kind and,
    // for an answer, the act answered.
    std::function<std::optional<ControlActInput>(store::ControlActKind kind, const QString& answered)>
        actInputProvider;
    // For tests: where the PDF goes, asked instead of a QFileDialog (empty: cancelled).
    std::function<QString(const QString& suggestedName)> pdfPathProvider;

signals:
    void listed();
    void controlOpened(const QString& controlId);
    void acted(const QString& actId);
    void failed(const QString& problem);

private:
    // One line of the table: a control, or (for the HATVP) a DSP received without one.
    struct Row
    {
        std::optional<store::ControlRecord> control;
        store::DeclarationRecord declaration;
    };
    void fill(const Result<ControlListing>& listing);
    void showOpened();
    void showAct(int index);
    void updateButtons();
    // The act of the control opened, as its document says it (with its answer).
    std::optional<ControlActDocument> documentOf(const QString& actId) const;
    void setMessage(const QString& text, bool problem = false);
    const Row* selected() const;
    std::optional<ControlActInput> askInput(store::ControlActKind kind, const QString& answered);

    Session& m_session;
    Side m_side;
    ControlListing m_listing;
    QList<Row> m_rows;
    std::optional<store::OpenedControl> m_opened;
    QString m_selectedDeclaration; // kept across refreshes
    int m_reading = 0;
    QWidget* m_awaitedBar = nullptr;
    QLabel* m_awaitedText = nullptr;
    QTableWidget* m_table = nullptr;
    QProgressBar* m_busy = nullptr;
    QLabel* m_message = nullptr;
    QListWidget* m_acts = nullptr;
    QTextBrowser* m_actView = nullptr;
    QPushButton* m_request = nullptr;
    QPushButton* m_injonction = nullptr;
    QPushButton* m_taxReturns = nullptr;
    QPushButton* m_conclude = nullptr;
    QPushButton* m_answer = nullptr;
    QPushButton* m_exportPdf = nullptr;
    OpenControlCommand* m_open;
    ControlActCommand* m_act;
};

// What the HATVP writes in an act, or the declarant in her answer: the text, and what the act's kind asks
// (the grounds of an injonction, the outcome of a conclusion, the partner's returns). "Sign and send" is
// enabled once the text is there.
class ControlActDialog : public QDialog
{
    Q_OBJECT

public:
    // `answered`: for an answer, the act it answers, as HTML.
    ControlActDialog(store::ControlActKind kind, bool conseilConstitutionnel, const QString& answered,
                     QWidget* parent = nullptr);
    ControlActInput input() const;

private:
    store::ControlActKind m_kind;
    QPlainTextEdit* m_text;
    QComboBox* m_grounds = nullptr;
    QComboBox* m_outcome = nullptr;
    QCheckBox* m_partner = nullptr;
};

} // namespace probitas::gui
