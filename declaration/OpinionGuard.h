#pragma once

#include "Result.h"

#include <QByteArray>
#include <QHash>
#include <QString>
#include <vector>

namespace probitas {

struct OpinionMention
{
    QString category;      // politique, syndicale, religieuse, philosophique
    QString categoryLabel; // "opinions ou activités politiques"
    QString term;          // the lexicon term found, folded ("grande loge de france")
    qsizetype start = 0;   // where it is in the folded text
};

// Art. 7-2 III: "La déclaration d'intérêts ne comporte aucune mention des opinions ou des activités
// politiques, syndicales, religieuses ou philosophiques du magistrat, sauf lorsque leur révélation résulte
// de la déclaration de fonctions ou de mandats exercés publiquement." Finds such mentions in free text,
// accents and case folded, whole words only, using the lexicon in declaration/data/guard-lexicon.json.
class OpinionGuard
{
public:
    static Result<OpinionGuard> fromJson(const QByteArray& json);
    static const OpinionGuard& builtIn();
    bool isEmpty() const { return m_terms.empty(); }

    // Overlapping terms are reported once, the longest ("grande loge de france", not also "loge");
    // matches inside an exclusion ("syndicat des copropriétaires") are not reported.
    std::vector<OpinionMention> scan(const QString& text) const;

    // The sentence of the law that the warning quotes.
    static QString articleText();
    static QString articleReference() { return QStringLiteral("art. 7-2, III"); }

private:
    struct Term
    {
        QString folded;
        int category;
    };
    struct Category
    {
        QString id;
        QString label;
    };
    std::vector<Category> m_categories;
    std::vector<Term> m_terms;
    std::vector<QString> m_exclusions;
    // Indexes into m_terms and m_exclusions by first word. A whole-word occurrence starts where a word of the
    // folded text starts, and that word is the term's first: a scan looks up each word of the text instead
    // of searching the text for each of the ~500 terms (which was half of the cost of filing a 10 KiB DI).
    QHash<QString, std::vector<std::size_t>> m_termsByFirstWord;
    QHash<QString, std::vector<std::size_t>> m_exclusionsByFirstWord;
};

} // namespace probitas
