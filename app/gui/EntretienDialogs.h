#pragma once

// The dialogs of the entretien déontologique and of the collège's avis. They only gather what a person
// writes and check it; the commands (EntretienCommands.h) seal and store it.
#include "Declaration.h"
#include "EntretienFiche.h"
#include "FormDefinition.h"

#include <QDate>
#include <QDateTime>
#include <QDialog>
#include <map>

class QButtonGroup;
class QCheckBox;
class QComboBox;
class QDateEdit;
class QDateTimeEdit;
class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QPushButton;
class QRadioButton;
class QTextBrowser;

namespace probitas::gui {

// "Schedule the interview…": when, where, and the delegate who holds it, if any.
class ScheduleEntretienDialog : public QDialog
{
    Q_OBJECT

public:
    ScheduleEntretienDialog(const QString& declarant, const QStringList& delegates,
                            QWidget* parent = nullptr);

    QDateTime at() const; // UTC, to the minute
    QString place() const;
    QString delegate() const; // empty when the authority holds it

    void accept() override;

private:
    QDateTimeEdit* m_at;
    QLineEdit* m_place;
    QCheckBox* m_delegated;
    QComboBox* m_delegate;
    QLabel* m_error;
};

// What the fiche's dialog starts from.
struct FicheDialogInput
{
    QString declarant;
    QString declarationId;
    QString authorityId;
    Declaration declaration; // the DI the entretien is about: its items and what was declared in each
    QDate date;              // of the convocation
    QString place;
    QString delegate; // named in the convocation
    bool collegeConsulted = false;
    QStringList delegates;
};

// "Record the fiche navette…": written by a magistrate after the entretien, in the order of the form.
class FicheNavetteDialog : public QDialog
{
    Q_OBJECT

public:
    explicit FicheNavetteDialog(const FicheDialogInput& input, QWidget* parent = nullptr);

    // The fiche as written (points of the boxes left empty are not part of it).
    EntretienFiche fiche() const;
    QPlainTextEdit* pointEditor(const QString& itemId) const;
    // Why it cannot be recorded yet; empty when it can.
    QString problem() const;

    void accept() override;

private:
    void refreshConclusion();

    FicheDialogInput m_input;
    QDateEdit* m_date;
    QLineEdit* m_place;
    QRadioButton* m_inPerson;
    QRadioButton* m_delegated;
    QComboBox* m_delegate;
    QLineEdit* m_delegateFunction;
    std::map<QString, QPlainTextEdit*> m_points;
    QButtonGroup* m_conclusion;
    QLabel* m_detailsLabel;
    QPlainTextEdit* m_details;
    QCheckBox* m_collegeConsulted;
    QPlainTextEdit* m_observations;
    QLabel* m_error;
};

// "Ask the collège's avis…": the question.
class AvisRequestDialog : public QDialog
{
    Q_OBJECT

public:
    explicit AvisRequestDialog(const QString& declarant, QWidget* parent = nullptr);
    QString question() const;
    void accept() override;

private:
    QPlainTextEdit* m_question;
    QLabel* m_error;
};

// "Give the avis…": the collège reads the question and writes its avis.
class CollegeAvisDialog : public QDialog
{
    Q_OBJECT

public:
    CollegeAvisDialog(const QString& declarant, const QString& requestedBy, const QString& question,
                      QWidget* parent = nullptr);
    // The avis as written; the caller names the declaration and the request.
    CollegeAvis avis() const;
    void accept() override;

private:
    QDateEdit* m_date;
    QPlainTextEdit* m_avis;
    QButtonGroup* m_conclusion;
    QLabel* m_error;
};

// The declarant's reading of one entretien: the convocation, the fiche once held, read-only, with the
// acknowledgement and the PDF.
class EntretienViewer : public QDialog
{
    Q_OBJECT

public:
    explicit EntretienViewer(QWidget* parent = nullptr);
    QTextBrowser* browser() const { return m_browser; }
    QPushButton* acknowledgeButton() const { return m_acknowledge; }
    QPushButton* pdfButton() const { return m_pdf; }
    QLabel* message() const { return m_message; }

private:
    QTextBrowser* m_browser;
    QPushButton* m_acknowledge;
    QPushButton* m_pdf;
    QLabel* m_message;
};

} // namespace probitas::gui
