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

// Every whole-word occurrence of `term` in `text`; both are folded, so words are separated by one space.
std::vector<qsizetype> occurrences(const QString& text, const QString& term)
{
    std::vector<qsizetype> found;
    qsizetype from = 0;
    while ((from = text.indexOf(term, from)) >= 0) {
        const qsizetype end = from + term.size();
        const bool startsWord = from == 0 || text.at(from - 1) == QLatin1Char(' ');
        const bool endsWord = end == text.size() || text.at(end) == QLatin1Char(' ');
        if (startsWord && endsWord) {
            found.push_back(from);
        }
        from += 1;
    }
    return found;
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
                guard.m_terms.push_back({folded, int(guard.m_categories.size() - 1)});
            }
        }
    }
    for (const QJsonValue& exclusion : parsed->toObject().value(QLatin1String("exclusions")).toArray()) {
        guard.m_exclusions.push_back(text::fold(exclusion.toString()));
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
    std::vector<std::pair<qsizetype, qsizetype>> excluded;
    for (const QString& exclusion : m_exclusions) {
        for (const qsizetype start : occurrences(folded, exclusion)) {
            excluded.emplace_back(start, start + exclusion.size());
        }
    }
    struct Candidate
    {
        qsizetype start;
        qsizetype end;
        const Term* term;
    };
    std::vector<Candidate> candidates;
    for (const Term& term : m_terms) {
        for (const qsizetype start : occurrences(folded, term.folded)) {
            const qsizetype end = start + term.folded.size();
            const bool insideExclusion = std::any_of(excluded.begin(), excluded.end(), [&](const auto& span) {
                return start < span.second && end > span.first;
            });
            if (!insideExclusion) {
                candidates.push_back({start, end, &term});
            }
        }
    }
    // Longest first, then keep those that overlap no kept one.
    std::sort(candidates.begin(), candidates.end(), [](const Candidate& left, const Candidate& right) {
        if (left.end - left.start != right.end - right.start) {
            return left.end - left.start > right.end - right.start;
        }
        return left.start < right.start;
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
        const Category& category = m_categories.at(std::size_t(candidate.term->category));
        mentions.push_back({category.id, category.label, candidate.term->folded, candidate.start});
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
