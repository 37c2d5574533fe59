// The reminder letters of the compliance dashboard (forms/ReminderLetterPdf.h): one per magistrate with a
// declaration not filed past its deadline, each naming who writes, to whom, the declarations owed (DI, DSP),
// their events and due dates, the days late and the article that makes each due, as the obligation rules of
// the regime read it. Read back with pdftotext; kept in PROBITAS_TEST_ARTIFACTS ("reminder-*.pdf") and
// rendered to PNG there, for people to look at.
#include "Compliance.h"
#include "PdfWords.h"
#include "ReminderLetterPdf.h"

#include <QApplication>
#include <QJsonDocument>
#include <QTemporaryDir>
#include <QtTest>

using namespace probitas;

namespace {

Profile profileOf(const char* json)
{
    auto profile = Profile::fromJson(QJsonDocument::fromJson(json).object());
    if (!profile) {
        qFatal("%s", qPrintable(profile.error().message));
    }
    return *profile;
}

// A juge of Nanterre installed on 15 January 2026 (her DI due on 15 March), the président of the tribunal
// installed the same day (his DSP due to the HATVP under the 2016 text), a member of the Conseil
// constitutionnel (her DSP due under ord. 58-1067), and Paul Martin, whose DI was filed on time.
std::vector<FollowedMagistrate> magistrates()
{
    return {
        {"Hélène Durand-Lefèvre", "juge",
         profileOf(
             R"({"status": "titulaire", "formation": "siege", "court": {"type": "tj", "seat": "Nanterre"},
                       "rank": "magistrat", "installed_on": "2026-01-15"})")},
        {"Jean-Baptiste Moreau", "chef",
         profileOf(
             R"({"status": "titulaire", "formation": "siege", "court": {"type": "tj", "seat": "Nanterre"},
                       "rank": "chef", "installed_on": "2026-01-15"})")},
        {"Claire Membre", "membre",
         profileOf(R"({"status": "membre-conseil-constitutionnel", "installed_on": "2026-01-15"})")},
        {"Paul Martin", "martin",
         profileOf(
             R"({"status": "titulaire", "formation": "siege", "court": {"type": "tj", "seat": "Nanterre"},
                       "rank": "magistrat", "installed_on": "2026-01-15"})")},
    };
}

std::vector<Filing> filings()
{
    Filing martin;
    martin.declarantId = "martin";
    martin.kind = DeclarationKind::Interets;
    martin.event = DeclarationEvent::Installation;
    martin.filedAt = QDateTime(QDate(2026, 3, 1), QTime(9, 0), Qt::UTC);
    martin.declarationId = "d-martin";
    martin.recipients = {"tj-nanterre:president"};
    return {martin};
}

} // namespace

class TestReminderLetterPdf : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase() { qputenv("TZ", "UTC"); }
    void legalBasis_data();
    void legalBasis();
    void oneLetterPerOverdueMagistrate();
    void letters_data();
    void letters();
    void namesAreEscaped();
    void refusedRecordWritesNothing();
};

void TestReminderLetterPdf::legalBasis_data()
{
    QTest::addColumn<QString>("basis");
    QTest::addColumn<QString>("text");
    QTest::newRow("a DI (ord. 58-1270 art. 7-2)")
        << "art. 7-2, I, 1°"
        << "art. 7-2, I, 1° of ordonnance n° 58-1270 of 22 December 1958";
    QTest::newRow("a DSP (ord. 58-1270 art. 7-3)")
        << "art. 7-3, I, 1°"
        << "art. 7-3, I, 1° of ordonnance n° 58-1270 of 22 December 1958";
    QTest::newRow("an honorary magistrate (art. 41-28)")
        << "art. 41-28"
        << "art. 41-28 of ordonnance n° 58-1270 of 22 December 1958";
    QTest::newRow("the Conseil constitutionnel (ord. 58-1067)")
        << "ord. 58-1067 art. 3-2, III"
        << "art. 3-2, III of ordonnance n° 58-1067 of 7 November 1958";
    QTest::newRow("the CSM (LO 94-100)") << "LO 94-100 art. 10-1-1 A"
                                         << "art. 10-1-1 A of loi organique n° 94-100 of 5 February 1994";
    QTest::newRow("another text, as it is") << "décret n° 93-21 art. 11-4"
                                            << "décret n° 93-21 art. 11-4";
}

void TestReminderLetterPdf::legalBasis()
{
    QFETCH(QString, basis);
    QFETCH(QString, text);
    QCOMPARE(legalBasisText(basis), text);
}

void TestReminderLetterPdf::oneLetterPerOverdueMagistrate()
{
    // On 1 May 2026 the président of Nanterre is owed the juge's DI (47 days late) and Paul Martin's, filed
    // on time: one letter, to the juge.
    const QDate today(2026, 5, 1);
    const ComplianceReport president =
        computeCompliance(magistrates(), filings(), "tj-nanterre:president", today, "lo-2016");
    QCOMPARE(int(president.rows.size()), 2);
    const std::vector<ReminderLetter> letters =
        reminderLetters(president.rows, "tj-nanterre:president", "Jean-Baptiste Moreau", today);
    QCOMPARE(int(letters.size()), 1);
    const ReminderLetter& letter = letters.front();
    QCOMPARE(letter.magistrate, QString("Hélène Durand-Lefèvre"));
    QCOMPARE(letter.personId, QString("juge"));
    QCOMPARE(letter.place, QString("Nanterre"));
    QCOMPARE(letter.authority, QString("président of the tribunal judiciaire of Nanterre"));
    QCOMPARE(int(letter.overdue.size()), 1);
    QCOMPARE(letter.overdue[0].due, QDate(2026, 3, 15));
    QCOMPARE(letter.overdue[0].daysLate, 47);
    // Written a day later, a day more late.
    QCOMPARE(
        reminderLetters(president.rows, "tj-nanterre:president", "Jean-Baptiste Moreau", today.addDays(1))
            .front()
            .overdue[0]
            .daysLate,
        48);
    // Before the deadline, nothing is overdue.
    QVERIFY(reminderLetters(computeCompliance(magistrates(), filings(), "tj-nanterre:president",
                                              QDate(2026, 3, 15), "lo-2016")
                                .rows,
                            "tj-nanterre:president", "Jean-Baptiste Moreau", QDate(2026, 3, 15))
                .empty());

    // Two declarations overdue for one magistrate: one letter naming both, by due date.
    ComplianceRow modification = letter.overdue[0];
    modification.event = DeclarationEvent::Modification;
    modification.triggeredOn = QDate(2026, 2, 1);
    modification.due = QDate(2026, 4, 1);
    modification.basis = "art. 7-2, III";
    std::vector<ComplianceRow> rows{modification, letter.overdue[0]};
    const std::vector<ReminderLetter> both =
        reminderLetters(rows, "tj-nanterre:president", "Jean-Baptiste Moreau", today);
    QCOMPARE(int(both.size()), 1);
    QCOMPARE(int(both[0].overdue.size()), 2);
    QCOMPARE(both[0].overdue[0].due, QDate(2026, 3, 15));
    QCOMPARE(both[0].overdue[1].due, QDate(2026, 4, 1));
    QCOMPARE(both[0].overdue[1].daysLate, 30);
}

void TestReminderLetterPdf::letters_data()
{
    QTest::addColumn<QString>("authorityId");
    QTest::addColumn<QString>("authorityName");
    QTest::addColumn<QString>("regime");
    QTest::addColumn<QString>("magistrate");
    QTest::addColumn<QStringList>("expected");
    QTest::newRow("di") << "tj-nanterre:president"
                        << "Jean-Baptiste Moreau"
                        << "lo-2023"
                        << "Hélène Durand-Lefèvre"
                        << QStringList{"Président of the tribunal judiciaire of Nanterre",
                                       "Jean-Baptiste Moreau",
                                       "Nanterre, on 1 May 2026",
                                       "To Hélène Durand-Lefèvre",
                                       "tribunal judiciaire of Nanterre",
                                       "Reminder: declaration of interests not filed",
                                       "Declaration of interests",
                                       "Installation on 15/01/2026",
                                       "15/03/2026",
                                       "47",
                                       "Declaration of interests, installation: art. 7-2, I, 1° of "
                                       "ordonnance n° 58-1270 of 22 December 1958.",
                                       "Signature",
                                       "Personal — addressed to Hélène Durand-Lefèvre alone",
                                       "Page 1 / 1"};
    QTest::newRow("dsp") << "hatvp"
                         << "Présidente de la HATVP"
                         << "lo-2016"
                         << "Jean-Baptiste Moreau"
                         << QStringList{"Haute Autorité pour la transparence de la vie publique",
                                        "On 1 May 2026",
                                        "To Jean-Baptiste Moreau",
                                        "Reminder: declaration of assets and liabilities not filed",
                                        "15/03/2026",
                                        "47",
                                        "Declaration of assets and liabilities, installation: art. 7-3, I,",
                                        "of ordonnance n° 58-1270 of 22 December 1958."};
    QTest::newRow("dsp-conseil-constitutionnel")
        << "hatvp"
        << "Présidente de la HATVP"
        << "lo-2023"
        << "Claire Membre"
        << QStringList{"To Claire Membre", "Declaration of assets and liabilities, installation: art. 3-2 of "
                                           "ordonnance n° 58-1067 of 7 November 1958."};
}

void TestReminderLetterPdf::letters()
{
    QFETCH(QString, authorityId);
    QFETCH(QString, authorityName);
    QFETCH(QString, regime);
    QFETCH(QString, magistrate);
    QFETCH(QStringList, expected);
    const QDate today(2026, 5, 1);
    const ComplianceReport report = computeCompliance(magistrates(), filings(), authorityId, today, regime);
    std::vector<ReminderLetter> letters = reminderLetters(report.rows, authorityId, authorityName, today);
    const auto letter = std::find_if(letters.begin(), letters.end(), [&](const ReminderLetter& each) {
        return each.magistrate == magistrate;
    });
    QVERIFY2(letter != letters.end(), qPrintable(magistrate));
    QCOMPARE(int(letter->overdue.size()), 1);

    QTemporaryDir dir;
    const QString path = dir.filePath(QString(QTest::currentDataTag()) + ".pdf");
    QVERIFY(exportReminderLetterPdf(*letter, path).ok());
    const QString text = testing::pdfWords(path, QStringLiteral("reminder-"), false, 80);
    QVERIFY2(!text.isEmpty(), "pdftotext read nothing");
    for (const QString& words : expected) {
        QVERIFY2(text.contains(words), qPrintable(words + " not in: " + text));
    }
    // The article the regime's rule gives, whatever it is.
    QVERIFY2(text.contains(letter->overdue[0].basis.section("art. ", 1)), qPrintable(text));
    // What the rendering in memory makes is what is written.
    auto rendered = renderReminderLetterPdf(*letter);
    QVERIFY(rendered);
    QVERIFY(rendered->startsWith("%PDF"));
}

void TestReminderLetterPdf::namesAreEscaped()
{
    ReminderLetter letter;
    letter.authority = "président du tribunal judiciaire de Nanterre";
    letter.authorityName = "Jean <i>Moreau</i>";
    letter.magistrate = "Hélène <b>Durand</b>";
    letter.date = QDate(2026, 5, 1);
    ComplianceRow row;
    row.due = QDate(2026, 3, 15);
    row.basis = "art. 7-2, I, 1°";
    letter.overdue.push_back(row);
    const QString html = reminderLetterHtml(letter);
    QVERIFY(html.contains("Hélène &lt;b&gt;Durand&lt;/b&gt;"));
    QVERIFY(!html.contains("<b>Durand</b>"));
    QVERIFY(html.contains("Jean &lt;i&gt;Moreau&lt;/i&gt;"));
}

void TestReminderLetterPdf::refusedRecordWritesNothing()
{
    const QDate today(2026, 5, 1);
    const ComplianceReport report =
        computeCompliance(magistrates(), filings(), "tj-nanterre:president", today, "lo-2023");
    const std::vector<ReminderLetter> letters =
        reminderLetters(report.rows, "tj-nanterre:president", "Jean-Baptiste Moreau", today);
    QCOMPARE(int(letters.size()), 1);
    QTemporaryDir dir;
    const QString path = dir.filePath("refused.pdf");
    QVERIFY(!exportReminderLetterPdf(letters[0], path, [](QByteArrayView) -> Status {
                 return Error::accessDenied("refused");
             }).ok());
    QVERIFY(!QFile::exists(path));
}

int main(int argc, char* argv[])
{
    qputenv("QT_QPA_PLATFORM", "offscreen");
    QApplication application(argc, argv);
    TestReminderLetterPdf test;
    return QTest::qExec(&test, argc, argv);
}

#include "tst_reminderletterpdf.moc"
