#include "OpinionGuard.h"

#include "BuiltInData.h"
#include "CanonicalJson.h"
#include "TextFolding.h"

#include <QCoreApplication>
#include <QFile>
#include <QJsonArray>
#include <QJsonObject>
#include <QLocale>
#include <algorithm>

namespace probitas {

namespace {

struct GuardText
{
    Q_DECLARE_TR_FUNCTIONS(GuardText)
};

QString firstWord(const QString& folded)
{
    const qsizetype space = folded.indexOf(QLatin1Char(' '));
    return space < 0 ? folded : folded.left(space);
}

// Whether `term` occurs in `text` at `start` (a word's start) as whole words; both are folded, so words are
// separated by one space.
bool occursAt(const QString& text, qsizetype start, const QString& term)
{
    const qsizetype end = start + term.size();
    return QStringView(text).sliced(start).startsWith(term) &&
           (end == text.size() || text.at(end) == QLatin1Char(' '));
}

} // namespace

Result<OpinionGuard> OpinionGuard::fromJson(const QByteArray& json)
{
    auto parsed = json::parse(json);
    if (!parsed) {
        return parsed.error();
    }
    OpinionGuard guard;
    const bool english = QLocale().language() == QLocale::English;
    for (const QJsonValue& categoryValue : parsed->toObject().value(QLatin1String("categories")).toArray()) {
        const QJsonObject category = categoryValue.toObject();
        const QJsonObject label = category.value(QLatin1String("label")).toObject();
        guard.m_categories.push_back(
            {category.value(QLatin1String("id")).toString(),
             label.value(english ? QLatin1String("en") : QLatin1String("fr")).toString()});
        for (const QJsonValue& term : category.value(QLatin1String("terms")).toArray()) {
            const QString folded = text::fold(term.toString());
            if (!folded.isEmpty()) {
                guard.m_termsByFirstWord[firstWord(folded)].push_back(guard.m_terms.size());
                guard.m_terms.push_back({folded, int(guard.m_categories.size() - 1)});
            }
        }
    }
    for (const QJsonValue& exclusion : parsed->toObject().value(QLatin1String("exclusions")).toArray()) {
        const QString folded = text::fold(exclusion.toString());
        if (!folded.isEmpty()) {
            guard.m_exclusionsByFirstWord[firstWord(folded)].push_back(guard.m_exclusions.size());
            guard.m_exclusions.push_back(folded);
        }
    }
    if (guard.m_terms.empty()) {
        return Error::unusable(GuardText::tr("the art. 7-2 III lexicon has no terms"));
    }
    return guard;
}

const OpinionGuard& OpinionGuard::builtIn()
{
    static const OpinionGuard guard =
        detail::loadBuiltIn<OpinionGuard>(QStringLiteral(":/probitas/data/guard-lexicon.json"));
    return guard;
}

std::vector<OpinionMention> OpinionGuard::scan(const QString& input) const
{
    const QString folded = text::fold(input);
    if (folded.isEmpty()) {
        return {};
    }
    struct Candidate
    {
        qsizetype start;
        qsizetype end;
        std::size_t term;
    };
    std::vector<std::pair<qsizetype, qsizetype>> excluded;
    std::vector<Candidate> candidates;
    for (qsizetype start = 0; start < folded.size();) {
        qsizetype end = folded.indexOf(QLatin1Char(' '), start);
        if (end < 0) {
            end = folded.size();
        }
        const QString word = folded.sliced(start, end - start);
        if (const auto exclusions = m_exclusionsByFirstWord.constFind(word);
            exclusions != m_exclusionsByFirstWord.cend()) {
            for (const std::size_t index : *exclusions) {
                if (occursAt(folded, start, m_exclusions[index])) {
                    excluded.emplace_back(start, start + m_exclusions[index].size());
                }
            }
        }
        if (const auto terms = m_termsByFirstWord.constFind(word); terms != m_termsByFirstWord.cend()) {
            for (const std::size_t index : *terms) {
                if (occursAt(folded, start, m_terms[index].folded)) {
                    candidates.push_back({start, start + m_terms[index].folded.size(), index});
                }
            }
        }
        start = end + 1;
    }
    candidates.erase(
        std::remove_if(candidates.begin(), candidates.end(),
                       [&excluded](const Candidate& candidate) {
                           return std::any_of(excluded.begin(), excluded.end(), [&](const auto& span) {
                               return candidate.start < span.second && candidate.end > span.first;
                           });
                       }),
        candidates.end());
    // Longest first, then keep those that overlap no kept one.
    std::sort(candidates.begin(), candidates.end(), [](const Candidate& left, const Candidate& right) {
        if (left.end - left.start != right.end - right.start) {
            return left.end - left.start > right.end - right.start;
        }
        if (left.start != right.start) {
            return left.start < right.start;
        }
        return left.term < right.term; // the same words in two categories: the lexicon's first
    });
    std::vector<Candidate> kept;
    for (const Candidate& candidate : candidates) {
        const bool overlaps = std::any_of(kept.begin(), kept.end(), [&](const Candidate& other) {
            return candidate.start < other.end && candidate.end > other.start;
        });
        if (!overlaps) {
            kept.push_back(candidate);
        }
    }
    std::sort(kept.begin(), kept.end(),
              [](const Candidate& left, const Candidate& right) { return left.start < right.start; });
    std::vector<OpinionMention> mentions;
    for (const Candidate& candidate : kept) {
        const Term& term = m_terms[candidate.term];
        const Category& category = m_categories.at(std::size_t(term.category));
        mentions.push_back({category.id, category.label, term.folded, candidate.start});
    }
    return mentions;
}

QString OpinionGuard::articleText()
{
    // The law is quoted in French whatever the interface language: it is the text that binds.
    return QStringLiteral(
        "« La déclaration d’intérêts ne comporte aucune mention des opinions ou des activités "
        "politiques, syndicales, religieuses ou philosophiques du magistrat, sauf lorsque leur "
        "révélation résulte de la déclaration de fonctions ou de mandats exercés publiquement. »");
}

} // namespace probitas
