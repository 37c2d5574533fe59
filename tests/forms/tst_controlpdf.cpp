// The PDFs of the HATVP's control (forms/ControlPdf.h): the request for explanations, the injonction and the
// outcome, each with what its reader must see (the law applied, the deadlines, the outcome, the answer), the
// recorded text escaped, and the confidentiality notice of a DSP. The PDFs are kept in
// PROBITAS_TEST_ARTIFACTS ("control-*.pdf") and rendered to PNG there, for people to look at.
#include "ControlPdf.h"
#include "PdfWords.h"

#include <QApplication>
#include <QTemporaryDir>
#include <QtTest>

using namespace probitas;

namespace {

ControlActDocument act(ControlActDocument::Kind kind)
{
    ControlActDocument document;
    document.kind = kind;
    document.declarant = "Jean-Baptiste Moreau";
    document.declarationFiledAt = QDateTime(QDate(2026, 3, 2), QTime(9, 0), Qt::UTC);
    document.at = QDateTime(QDate(2026, 5, 4), QTime(10, 0), Qt::UTC);
    document.appreciationDueOn = QDate(2026, 9, 2);
    document.text = "Merci de préciser l'origine des fonds <b>placés</b> sur le livret A.";
    return document;
}

} // namespace

class TestControlPdf : public QObject
{
    Q_OBJECT

private slots:
    void acts_data();
    void acts();
    void recordedTextIsEscaped();
};

void TestControlPdf::acts_data()
{
    QTest::addColumn<int>("kind");
    QTest::addColumn<QString>("outcome");
    QTest::addColumn<bool>("conseilConstitutionnel");
    QTest::addColumn<QStringList>("expected");
    QTest::newRow("request (7-3 IV), answered")
        << int(ControlActDocument::Kind::ExplanationRequest) << QString() << false
        << QStringList{"Request for explanations", "Art. 7-3 IV of ordonnance n° 58-1270",
                       "Jean-Baptiste Moreau",     "02/09/2026",
                       "Une donation de 2019.",    "Answered on"};
    QTest::newRow("injonction (7-3 IV): its month")
        << int(ControlActDocument::Kind::Injonction) << QString() << false
        << QStringList{"Injonction", "The declaration is incomplete", "04/06/2026", "within one month",
                       "Not answered yet."};
    QTest::newRow("outcome (7-3 VI): parquet")
        << int(ControlActDocument::Kind::Conclusion) << QString("parquet") << false
        << QStringList{"Appreciation of the variation of the assets", "Art. 7-3 VI",
                       "the file is sent to the parquet"};
    QTest::newRow("outcome (3-2 VI) of a member of the Conseil constitutionnel: justified")
        << int(ControlActDocument::Kind::Conclusion) << QString("justified") << true
        << QStringList{"Art. 3-2 VI of ordonnance n° 58-1067", "The variation of the assets is justified."};
    QTest::newRow("outcome: the garde des sceaux seized")
        << int(ControlActDocument::Kind::Conclusion) << QString("garde-des-sceaux") << false
        << QStringList{"The garde des sceaux, ministre de la justice, is seized."};
}

void TestControlPdf::acts()
{
    QFETCH(int, kind);
    QFETCH(QString, outcome);
    QFETCH(bool, conseilConstitutionnel);
    QFETCH(QStringList, expected);
    ControlActDocument document = act(ControlActDocument::Kind(kind));
    document.outcome = outcome;
    document.conseilConstitutionnel = conseilConstitutionnel;
    if (document.kind == ControlActDocument::Kind::Injonction) {
        document.grounds = "incomplete";
        document.dueOn = QDate(2026, 6, 4);
    }
    if (document.kind == ControlActDocument::Kind::ExplanationRequest) {
        document.answer = "Une donation de 2019.";
        document.answeredAt = QDateTime(QDate(2026, 5, 10), QTime(8, 0), Qt::UTC);
    }
    QTemporaryDir dir;
    const QString name = QString(QTest::currentDataTag()).section(' ', 0, 0).remove(':') +
                         (outcome.isEmpty() ? QString() : "-" + outcome) + ".pdf";
    const QString path = dir.filePath(name);
    QByteArray written;
    QVERIFY(exportControlActPdf(document, path, [&written](QByteArrayView pdf) {
                written = pdf.toByteArray();
                return success();
            }).ok());
    QVERIFY(written.startsWith("%PDF"));
    const QString text = testing::pdfWords(path, QStringLiteral("control-"), true, 60);
    QVERIFY2(!text.isEmpty(), "pdftotext read nothing");
    for (const QString& words : expected) {
        QVERIFY2(text.contains(words), qPrintable(words + " not in: " + text));
    }
    // The HATVP's header on every page, and the DSP's confidentiality notice.
    QVERIFY(text.contains("HATVP control of the declaration of assets of Jean-Baptiste Moreau"));
    QVERIFY(text.contains("Page 1 / 1"));
    // Nothing is written when recording the export is refused.
    const QString refusedPath = dir.filePath("refused.pdf");
    QVERIFY(!exportControlActPdf(document, refusedPath, [](QByteArrayView) -> Status {
                 return Error::unusable("refused");
             }).ok());
    QVERIFY(!QFile::exists(refusedPath));
}

void TestControlPdf::recordedTextIsEscaped()
{
    const QString html = controlActHtml(act(ControlActDocument::Kind::ExplanationRequest));
    QVERIFY(html.contains("&lt;b&gt;placés&lt;/b&gt;"));
    QVERIFY(!html.contains("<b>placés</b>"));
}

int main(int argc, char* argv[])
{
    qputenv("QT_QPA_PLATFORM", "offscreen");
    QApplication application(argc, argv);
    TestControlPdf test;
    return QTest::qExec(&test, argc, argv);
}

#include "tst_controlpdf.moc"
