// The art. 7-2 III lexicon matcher: accents and case folded, whole words, longest match, exclusions.
#include "OpinionGuard.h"
#include "TextFolding.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRandomGenerator>
#include <QTest>
#include <algorithm>

using namespace probitas;

namespace {

// text::fold as it was before it was made faster, kept as the oracle.
QString referenceFold(const QString& text)
{
    const auto expandSpecialLetter = [](QChar character) -> QString {
        switch (character.unicode()) {
        case 0x0153:
        case 0x0152:
            return QStringLiteral("oe");
        case 0x00E6:
        case 0x00C6:
            return QStringLiteral("ae");
        case 0x00DF:
            return QStringLiteral("ss");
        default:
            return {};
        }
    };
    const QString decomposed = text.normalized(QString::NormalizationForm_KD);
    QString folded;
    bool pendingSpace = false;
    for (const QChar character : decomposed) {
        if (character.category() == QChar::Mark_NonSpacing) {
            continue;
        }
        const QString special = expandSpecialLetter(character);
        if (!special.isEmpty() || character.isLetterOrNumber()) {
            if (pendingSpace && !folded.isEmpty()) {
                folded += QLatin1Char(' ');
            }
            pendingSpace = false;
            folded += special.isEmpty() ? QString(character.toLower()) : special;
        } else {
            pendingSpace = true;
        }
    }
    return folded;
}

} // namespace

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

    // The scan looks terms up by the text's words; a plain search of the text for every term, whole words
    // only, is the oracle: both must find the same mentions, at the same places, on texts made of every term
    // of the built-in lexicon with neighbours that almost match.
    void indexedScanFindsWhatASearchFinds()
    {
        QFile file(QStringLiteral(":/probitas/data/guard-lexicon.json"));
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QJsonObject lexicon = QJsonDocument::fromJson(file.readAll()).object();
        std::vector<std::pair<QString, QString>> terms; // category, folded term
        for (const QJsonValue& category : lexicon.value(QStringLiteral("categories")).toArray()) {
            for (const QJsonValue& term : category.toObject().value(QStringLiteral("terms")).toArray()) {
                terms.emplace_back(category.toObject().value(QStringLiteral("id")).toString(),
                                   text::fold(term.toString()));
            }
        }
        QStringList exclusions;
        for (const QJsonValue& exclusion : lexicon.value(QStringLiteral("exclusions")).toArray()) {
            exclusions << text::fold(exclusion.toString());
        }
        QVERIFY(terms.size() > 400);

        const auto occurrences = [](const QString& text, const QString& term) {
            std::vector<qsizetype> found;
            for (qsizetype from = 0; (from = text.indexOf(term, from)) >= 0; ++from) {
                const qsizetype end = from + term.size();
                if ((from == 0 || text.at(from - 1) == QLatin1Char(' ')) &&
                    (end == text.size() || text.at(end) == QLatin1Char(' '))) {
                    found.push_back(from);
                }
            }
            return found;
        };
        const auto searched = [&](const QString& input) {
            const QString folded = text::fold(input);
            std::vector<std::pair<qsizetype, qsizetype>> excluded;
            for (const QString& exclusion : exclusions) {
                for (const qsizetype start : occurrences(folded, exclusion)) {
                    excluded.emplace_back(start, start + exclusion.size());
                }
            }
            struct Found
            {
                qsizetype start;
                qsizetype end;
                QString mention;
            };
            std::vector<Found> candidates;
            for (const auto& [category, term] : terms) {
                for (const qsizetype start : occurrences(folded, term)) {
                    const qsizetype end = start + term.size();
                    if (std::none_of(excluded.begin(), excluded.end(), [&](const auto& span) {
                            return start < span.second && end > span.first;
                        })) {
                        candidates.push_back(
                            {start, end, QStringLiteral("%1:%2@%3").arg(category, term).arg(start)});
                    }
                }
            }
            std::stable_sort(candidates.begin(), candidates.end(), [](const Found& left, const Found& right) {
                return left.end - left.start != right.end - right.start
                           ? left.end - left.start > right.end - right.start
                           : left.start < right.start;
            });
            std::vector<Found> kept;
            for (const Found& candidate : candidates) {
                if (std::none_of(kept.begin(), kept.end(), [&](const Found& other) {
                        return candidate.start < other.end && candidate.end > other.start;
                    })) {
                    kept.push_back(candidate);
                }
            }
            std::sort(kept.begin(), kept.end(),
                      [](const Found& left, const Found& right) { return left.start < right.start; });
            QStringList mentions;
            for (const Found& found : kept) {
                mentions << found.mention;
            }
            return mentions;
        };
        const auto scanned = [](const QString& input) {
            QStringList mentions;
            for (const OpinionMention& mention : OpinionGuard::builtIn().scan(input)) {
                mentions << QStringLiteral("%1:%2@%3").arg(mention.category, mention.term).arg(mention.start);
            }
            return mentions;
        };

        QStringList texts;
        QStringList everything;
        for (const auto& [category, term] : terms) {
            texts << QStringLiteral("Avant %1, après.").arg(term) << term + QStringLiteral("s")
                  << QStringLiteral("x") + term << term + QLatin1Char(' ') + term
                  << term.left(term.size() - 1);
            everything << term;
        }
        texts << everything.join(QStringLiteral(" et ")) << everything.join(QLatin1Char(' '))
              << (exclusions + everything).join(QStringLiteral(", ")) << exclusions.join(QLatin1Char(' '));
        int mentioned = 0;
        for (const QString& text : texts) {
            const QStringList expected = searched(text);
            QCOMPARE(scanned(text), expected);
            mentioned += expected.isEmpty() ? 0 : 1;
        }
        QVERIFY(mentioned > 1000); // the texts do mention what they are meant to
    }

    // The fast fold gives the reference's result: every UTF-16 code unit alone and between letters, and
    // random strings, short and long (decomposed in pieces), drawn from ASCII, Latin-1, ligatures, combining
    // accents, other scripts and surrogates.
    void foldMatchesReference()
    {
        for (char32_t unit = 0; unit <= 0xFFFF; ++unit) {
            const QString alone{QChar(char16_t(unit))};
            QCOMPARE(text::fold(alone), referenceFold(alone));
            const QString between = QStringLiteral("A") + QChar(char16_t(unit)) + QStringLiteral("b");
            QCOMPARE(text::fold(between), referenceFold(between));
        }
        const QString pool = QStringLiteral("aZ09 _-'’.,\t\nÉéçÇœŒæÆßÀàﬁ½²ªº\u0301\u0327Ωω漢字😀") +
                             QChar(0xd800) + QChar(0xdc00) + QChar(0x2028) + QChar(0xfeff);
        QRandomGenerator random(20261206);
        for (int round = 0; round < 20000; ++round) {
            QString input;
            for (int length = random.bounded(16); length > 0; --length) {
                input += pool.at(random.bounded(int(pool.size())));
            }
            QCOMPARE(text::fold(input), referenceFold(input));
        }
        // Long texts, which fold() decomposes piece by piece.
        for (int round = 0; round < 200; ++round) {
            QString input;
            for (int length = 200 + random.bounded(2000); length > 0; --length) {
                input += pool.at(random.bounded(int(pool.size())));
            }
            QCOMPARE(text::fold(input), referenceFold(input));
        }
    }

    void emptyLexiconIsRefused()
    {
        QVERIFY(!OpinionGuard::fromJson(R"({"categories": []})").ok());
        QVERIFY(!OpinionGuard::fromJson("not json").ok());
    }
};

QTEST_GUILESS_MAIN(TestOpinionGuard)
#include "tst_opinionguard.moc"
