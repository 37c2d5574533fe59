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
};

QTEST_GUILESS_MAIN(TestDeclarationDiff)
#include "tst_declarationdiff.moc"
