// What changed between two declarations: the summary before signing a modification shows it.
#include "DeclarationDiff.h"
#include "Fixtures.h"

#include <QTest>

using namespace probitas;

class TestDeclarationDiff : public QObject
{
    Q_OBJECT

private slots:
    void identicalDeclarationsHaveNoDiff()
    {
        const Declaration declaration = loadFixture(QStringLiteral("di-valid.json"));
        QVERIFY(diffDeclarations(declaration, declaration).isEmpty());
    }

    void reorderedEntriesAreUnchanged()
    {
        Declaration previous = loadFixture(QStringLiteral("di-valid.json"));
        Entry other;
        other.values[QStringLiteral("societe")] = QStringLiteral("Autre SA");
        previous.items[QStringLiteral("participationsFinancieres")].entries.push_back(other);
        Declaration current = previous;
        auto& entries = current.items[QStringLiteral("participationsFinancieres")].entries;
        std::reverse(entries.begin(), entries.end());
        QVERIFY(diffDeclarations(previous, current).isEmpty());
    }

    void everyKindOfChangeIsReported()
    {
        const Declaration previous = loadFixture(QStringLiteral("di-valid.json"));
        Declaration current = previous;
        // Néant -> one entry.
        Entry activity;
        activity.values[QStringLiteral("description")] = QStringLiteral("Chargée d'enseignement");
        current.items[QStringLiteral("activitesProfessionnelles")] = ItemAnswer{false, {activity}};
        // Entries -> néant.
        current.items[QStringLiteral("activitesConjoint")] = ItemAnswer{true, {}};
        // One entry changed, one added.
        auto& shares = current.items[QStringLiteral("participationsFinancieres")].entries;
        shares[0].values[QStringLiteral("valeur")] = qint64(1500000);
        Entry added;
        added.values[QStringLiteral("societe")] = QStringLiteral("Nouvelle SARL");
        shares.push_back(added);
        // An item no longer answered.
        current.items.erase(QStringLiteral("mandatsElectifs"));
        current.declarant.values[QStringLiteral("fonctions")] = QStringLiteral("Vice-présidente");
        current.observations = QStringLiteral("Déclaration modificative.");

        const DeclarationDiff diff = diffDeclarations(previous, current);
        QCOMPARE(diff.declarantFields, QStringList{QStringLiteral("fonctions")});
        QVERIFY(diff.observationsChanged);
        QCOMPARE(int(diff.items.size()), 4);

        const ItemDiff* professional = diff.find(QStringLiteral("activitesProfessionnelles"));
        QVERIFY(professional);
        QVERIFY(professional->wasNeant && professional->isAnswered && !professional->isNeant);
        QCOMPARE(professional->added, 1);

        const ItemDiff* spouse = diff.find(QStringLiteral("activitesConjoint"));
        QVERIFY(spouse);
        QVERIFY(!spouse->wasNeant && spouse->isNeant);
        QCOMPARE(spouse->removed, 1);

        const ItemDiff* participations = diff.find(QStringLiteral("participationsFinancieres"));
        QVERIFY(participations);
        QCOMPARE(participations->changed, 1);
        QCOMPARE(participations->added, 1);
        QCOMPARE(participations->removed, 0);
        QCOMPARE(participations->unchanged, 0);

        const ItemDiff* mandates = diff.find(QStringLiteral("mandatsElectifs"));
        QVERIFY(mandates);
        QVERIFY(mandates->wasAnswered && !mandates->isAnswered);
        QVERIFY(!diff.find(QStringLiteral("activitesAnterieures")));
    }

    // Side by side, each entry knows its counterpart: identical ones wherever they moved, then the
    // leftovers paired in order (a change), then what is added or removed.
    void entriesArePairedForHighlighting_data()
    {
        QTest::addColumn<QStringList>("before"); // the société of each entry
        QTest::addColumn<QStringList>("after");
        QTest::addColumn<QList<int>>("previousCounterpart");
        QTest::addColumn<QList<int>>("currentCounterpart");
        QTest::addColumn<int>("changed");

        QTest::newRow("one inserted before the others") << QStringList{"A", "B"} << QStringList{"N", "A", "B"}
                                                        << QList<int>{1, 2} << QList<int>{-1, 0, 1} << 0;
        QTest::newRow("one changed in the middle")
            << QStringList{"A", "B", "C"} << QStringList{"A", "B2", "C"} << QList<int>{0, 1, 2}
            << QList<int>{0, 1, 2} << 1;
        QTest::newRow("one removed, one changed") << QStringList{"A", "B", "C"} << QStringList{"C", "A2"}
                                                  << QList<int>{1, -1, 0} << QList<int>{2, 0} << 1;
    }

    void entriesArePairedForHighlighting()
    {
        QFETCH(QStringList, before);
        QFETCH(QStringList, after);
        QFETCH(QList<int>, previousCounterpart);
        QFETCH(QList<int>, currentCounterpart);
        QFETCH(int, changed);

        auto answer = [](const QStringList& names) {
            ItemAnswer result;
            for (const QString& name : names) {
                Entry entry;
                entry.values[QStringLiteral("societe")] = name;
                result.entries.push_back(entry);
            }
            return result;
        };
        Declaration previous = loadFixture(QStringLiteral("di-valid.json"));
        Declaration current = previous;
        previous.items[QStringLiteral("participationsFinancieres")] = answer(before);
        current.items[QStringLiteral("participationsFinancieres")] = answer(after);
        const DeclarationDiff diff = diffDeclarations(previous, current);
        const ItemDiff* item = diff.find(QStringLiteral("participationsFinancieres"));
        QVERIFY(item);
        QCOMPARE(QList<int>(item->previousCounterpart.begin(), item->previousCounterpart.end()),
                 previousCounterpart);
        QCOMPARE(QList<int>(item->currentCounterpart.begin(), item->currentCounterpart.end()),
                 currentCounterpart);
        QCOMPARE(item->changed, changed);
    }
};

QTEST_GUILESS_MAIN(TestDeclarationDiff)
#include "tst_declarationdiff.moc"
