// The art. 7-2 III lexicon matcher: accents and case folded, whole words, longest match, exclusions.
#include "OpinionGuard.h"

#include <QTest>

using namespace probitas;

class TestOpinionGuard : public QObject
{
    Q_OBJECT

private slots:
    void scan_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QStringList>("expected"); // "category:term"
        QTest::newRow("accents and case folded")
            << "Membre du GRAND ORIENT de FRANCE" << QStringList{"philosophique:grand orient de france"};
        QTest::newRow("longest match only")
            << "Grande Loge de France" << QStringList{"philosophique:grande loge de france"};
        QTest::newRow("whole words: logement") << "Logement de fonction" << QStringList{};
        QTest::newRow("whole words: syndic") << "Syndic bénévole de copropriété" << QStringList{};
        QTest::newRow("exclusion: co-owners") << "Président du syndicat des copropriétaires" << QStringList{};
        QTest::newRow("religion") << "Trésorier de la paroisse Saint-Martin"
                                  << QStringList{"religieuse:paroisse"};
        QTest::newRow("union by acronym") << "Déléguée de l'USM au tribunal" << QStringList{"syndicale:usm"};
        QTest::newRow("magistrates' union") << "adhérente du Syndicat de la Magistrature"
                                            << QStringList{"syndicale:syndicat de la magistrature"};
        QTest::newRow("punctuation ignored")
            << "La France-Insoumise (LFI)" << QStringList{"politique:la france insoumise", "politique:lfi"};
        QTest::newRow("two categories")
            << "militant CGT, paroisse"
            << QStringList{"politique:militant", "syndicale:cgt", "religieuse:paroisse"};
        QTest::newRow("empty") << "" << QStringList{};
        QTest::newRow("ordinary professional text")
            << "Avocate associée, droit des sociétés" << QStringList{};
    }

    void scan()
    {
        QFETCH(QString, text);
        QFETCH(QStringList, expected);
        QStringList found;
        for (const OpinionMention& mention : OpinionGuard::builtIn().scan(text)) {
            found << mention.category + QLatin1Char(':') + mention.term;
            QVERIFY(!mention.categoryLabel.isEmpty());
        }
        QCOMPARE(found, expected);
    }

    void lexiconCoversEveryCategory()
    {
        QStringList categories;
        for (const char* sample : {"parti socialiste", "cgt", "synagogue", "franc macon"}) {
            const auto mentions = OpinionGuard::builtIn().scan(QString::fromUtf8(sample));
            QCOMPARE(mentions.size(), std::size_t(1));
            categories << mentions.front().category;
        }
        QCOMPARE(categories, (QStringList{"politique", "syndicale", "religieuse", "philosophique"}));
    }

    void emptyLexiconIsRefused()
    {
        QVERIFY(!OpinionGuard::fromJson(R"({"categories": []})").ok());
        QVERIFY(!OpinionGuard::fromJson("not json").ok());
    }
};

QTEST_GUILESS_MAIN(TestOpinionGuard)
#include "tst_opinionguard.moc"
