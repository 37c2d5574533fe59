#include "PartyMatching.h"

#include "CsvRecords.h"
#include "ShownInput.h"
#include "TextFolding.h"

#include <QCoreApplication>
#include <QRegularExpression>
#include <algorithm>
#include <cmath>
#include <map>
#include <set>

namespace probitas {

namespace {

struct ScreeningText
{
    Q_DECLARE_TR_FUNCTIONS(ScreeningText)
};

// ---- Normalisation ----

// Legal forms, as fold() writes them: the form a company takes says nothing of who it is ("Dupont SARL" and
// "SAS Dupont" are one name). French forms first, then the foreign ones that French cases meet most.
const std::set<QString>& legalForms()
{
    static const std::set<QString> forms{
        QStringLiteral("sa"),    QStringLiteral("sas"),     QStringLiteral("sasu"),
        QStringLiteral("sarl"),  QStringLiteral("sarlu"),   QStringLiteral("eurl"),
        QStringLiteral("sci"),   QStringLiteral("selarl"),  QStringLiteral("selarlu"),
        QStringLiteral("selas"), QStringLiteral("selafa"),  QStringLiteral("selca"),
        QStringLiteral("snc"),   QStringLiteral("gie"),     QStringLiteral("scp"),
        QStringLiteral("scm"),   QStringLiteral("aarpi"),   QStringLiteral("sca"),
        QStringLiteral("scs"),   QStringLiteral("se"),      QStringLiteral("ei"),
        QStringLiteral("eirl"),  QStringLiteral("gaec"),    QStringLiteral("scea"),
        QStringLiteral("earl"),  QStringLiteral("scop"),    QStringLiteral("association"),
        QStringLiteral("ltd"),   QStringLiteral("limited"), QStringLiteral("inc"),
        QStringLiteral("llc"),   QStringLiteral("plc"),     QStringLiteral("gmbh"),
        QStringLiteral("ag"),    QStringLiteral("bv"),      QStringLiteral("nv"),
        QStringLiteral("srl"),
    };
    return forms;
}

// Legal forms of several words, spelt out; "& associés" is "et associés" once '&' is read as "et".
const std::vector<QStringList>& legalFormPhrases()
{
    static const std::vector<QStringList> phrases = [] {
        std::vector<QStringList> list;
        for (const char* phrase :
             {"et associes", "et associees", "et associe", "societe anonyme",
              "societe a responsabilite limitee", "societe par actions simplifiee unipersonnelle",
              "societe par actions simplifiee", "societe civile immobiliere", "societe en nom collectif",
              "societe civile professionnelle", "entreprise unipersonnelle a responsabilite limitee",
              "groupement dinteret economique"}) {
            list.push_back(QString::fromLatin1(phrase).split(QLatin1Char(' ')));
        }
        // The longest first, so that "société par actions simplifiée unipersonnelle" goes whole.
        std::stable_sort(list.begin(), list.end(),
                         [](const QStringList& a, const QStringList& b) { return a.size() > b.size(); });
        return list;
    }();
    return phrases;
}

// What stands before a name without being part of it: "M. Jean Dupont", "Me Martin" (Maître, for counsel).
bool isCivility(const QString& word)
{
    static const std::set<QString> civilities{
        QStringLiteral("monsieur"),  QStringLiteral("madame"),  QStringLiteral("mademoiselle"),
        QStringLiteral("m"),         QStringLiteral("mme"),     QStringLiteral("mlle"),
        QStringLiteral("mr"),        QStringLiteral("me"),      QStringLiteral("maitre"),
        QStringLiteral("dr"),        QStringLiteral("docteur"), QStringLiteral("pr"),
        QStringLiteral("professeur")};
    return civilities.count(word) > 0;
}

// Words that carry little of a name: articles and particles ("de", "van", "da"), and "née", "épouse" and
// "veuve", which introduce a birth or married name. They weigh one letter in the score, are never a slip of
// the keyboard, and a name need not hold them to hold another.
bool isLightWord(const QString& word)
{
    static const std::set<QString> light{
        QStringLiteral("de"),  QStringLiteral("du"),  QStringLiteral("des"),    QStringLiteral("la"),
        QStringLiteral("le"),  QStringLiteral("les"), QStringLiteral("et"),     QStringLiteral("en"),
        QStringLiteral("au"),  QStringLiteral("aux"), QStringLiteral("sur"),    QStringLiteral("pour"),
        QStringLiteral("par"), QStringLiteral("the"), QStringLiteral("of"),     QStringLiteral("and"),
        QStringLiteral("nee"), QStringLiteral("ep"),  QStringLiteral("epouse"), QStringLiteral("veuve"),
        QStringLiteral("vve"), QStringLiteral("da"),  QStringLiteral("di"),     QStringLiteral("do"),
        QStringLiteral("dos"), QStringLiteral("van"), QStringLiteral("von"),    QStringLiteral("der"),
        QStringLiteral("den"), QStringLiteral("del"), QStringLiteral("della")};
    return light.count(word) > 0;
}

// Letters written with dots and no space are one word: "S.A.R.L." is "sarl" (a legal form, removed next),
// "S.N.C.F." is "sncf", "J.P." is "jp" (which pairs with "Jean Pierre" as initials: wordScore). One letter
// and its dot ("J. Dupont") is an initial, left for fold() to part.
QString undottedLetters(const QString& name)
{
    static const QRegularExpression dotted(QStringLiteral("(?<![\\w.])((?:\\p{L}\\.){1,9}\\p{L})\\.?(?!\\w)"),
                                           QRegularExpression::UseUnicodePropertiesOption);
    if (!name.contains(QLatin1Char('.'))) {
        return name;
    }
    QString result;
    qsizetype copied = 0;
    QRegularExpressionMatchIterator matches = dotted.globalMatch(name);
    while (matches.hasNext()) {
        const QRegularExpressionMatch match = matches.next();
        QString letters = match.captured(1);
        letters.remove(QLatin1Char('.'));
        result += QStringView(name).sliced(copied, match.capturedStart() - copied);
        result += QLatin1Char(' ') + letters + QLatin1Char(' ');
        copied = match.capturedEnd();
    }
    result += QStringView(name).sliced(copied);
    return result;
}

// The words of a name, in order, as normalizedName describes them.
QStringList nameWords(const QString& name)
{
    QString text = undottedLetters(name);
    text.replace(QLatin1Char('&'), QStringLiteral(" et "));
    // An elided article belongs to the word it precedes: "L'Oréal" is one word, as is "d'Ormesson".
    for (const char16_t apostrophe : {u'\'', u'\u2019', u'\u02BC', u'\u2018', u'`', u'\u00B4'}) {
        text.remove(QChar(apostrophe));
    }
    QStringList words = text::fold(text).split(QLatin1Char(' '), Qt::SkipEmptyParts);
    while (words.size() > 1 && isCivility(words.front())) {
        words.removeFirst();
    }
    const QStringList named = words;
    // Legal forms of several words, then of one.
    for (const QStringList& phrase : legalFormPhrases()) {
        for (qsizetype at = 0; at + phrase.size() <= words.size();) {
            if (words.mid(at, phrase.size()) == phrase) {
                words.remove(at, phrase.size());
            } else {
                ++at;
            }
        }
    }
    words.removeIf([](const QString& word) { return legalForms().count(word) > 0; });
    // A name that is nothing but a legal form ("SCI") keeps it rather than becoming no name.
    return words.isEmpty() ? named : words;
}

// ---- Similarity ----

// Jaro-Winkler (Winkler 1990): the Jaro score raised by the common prefix, up to 4 letters.
double jaroWinkler(const QString& left, const QString& right)
{
    if (left.isEmpty() || right.isEmpty()) {
        return left == right ? 1.0 : 0.0;
    }
    const qsizetype window = std::max<qsizetype>(0, std::max(left.size(), right.size()) / 2 - 1);
    std::vector<bool> leftMatched(left.size()), rightMatched(right.size());
    int matches = 0;
    for (qsizetype i = 0; i < left.size(); ++i) {
        const qsizetype from = std::max<qsizetype>(0, i - window);
        const qsizetype to = std::min<qsizetype>(right.size() - 1, i + window);
        for (qsizetype j = from; j <= to; ++j) {
            if (!rightMatched[j] && left[i] == right[j]) {
                leftMatched[i] = rightMatched[j] = true;
                ++matches;
                break;
            }
        }
    }
    if (matches == 0) {
        return 0.0;
    }
    int halfTranspositions = 0;
    qsizetype j = 0;
    for (qsizetype i = 0; i < left.size(); ++i) {
        if (!leftMatched[i]) {
            continue;
        }
        while (!rightMatched[j]) {
            ++j;
        }
        if (left[i] != right[j]) {
            ++halfTranspositions;
        }
        ++j;
    }
    const double m = matches;
    const double jaro =
        (m / double(left.size()) + m / double(right.size()) + (m - halfTranspositions / 2.0) / m) / 3.0;
    int prefix = 0;
    while (prefix < 4 && prefix < left.size() && prefix < right.size() && left[prefix] == right[prefix]) {
        ++prefix;
    }
    return jaro + prefix * 0.1 * (1.0 - jaro);
}

// Edit distance where swapping two neighbouring letters is one edit (optimal string alignment).
int keyboardDistance(const QString& left, const QString& right)
{
    const qsizetype rows = left.size() + 1;
    const qsizetype columns = right.size() + 1;
    std::vector<int> d(rows * columns);
    auto at = [&](qsizetype row, qsizetype column) -> int& { return d[row * columns + column]; };
    for (qsizetype row = 0; row < rows; ++row) {
        at(row, 0) = int(row);
    }
    for (qsizetype column = 0; column < columns; ++column) {
        at(0, column) = int(column);
    }
    for (qsizetype row = 1; row < rows; ++row) {
        for (qsizetype column = 1; column < columns; ++column) {
            const int cost = left[row - 1] == right[column - 1] ? 0 : 1;
            int best =
                std::min({at(row - 1, column) + 1, at(row, column - 1) + 1, at(row - 1, column - 1) + cost});
            if (row > 1 && column > 1 && left[row - 1] == right[column - 2] &&
                left[row - 2] == right[column - 1]) {
                best = std::min(best, at(row - 2, column - 2) + 1);
            }
            at(row, column) = best;
        }
    }
    return at(rows - 1, columns - 1);
}

// Usual abbreviations of words met in names. "ste" is both "sainte" and "société": either is a pair.
bool isAbbreviation(const QString& shorter, const QString& longer)
{
    static const std::multimap<QString, QString> abbreviations{
        {QStringLiteral("st"), QStringLiteral("saint")},
        {QStringLiteral("ste"), QStringLiteral("sainte")},
        {QStringLiteral("ste"), QStringLiteral("societe")},
        {QStringLiteral("cie"), QStringLiteral("compagnie")},
        {QStringLiteral("ets"), QStringLiteral("etablissements")},
        {QStringLiteral("ets"), QStringLiteral("etablissement")},
        {QStringLiteral("intl"), QStringLiteral("international")},
        {QStringLiteral("univ"), QStringLiteral("universite")},
        {QStringLiteral("mut"), QStringLiteral("mutuelle")},
        {QStringLiteral("dept"), QStringLiteral("departement")},
    };
    const auto [begin, end] = abbreviations.equal_range(shorter);
    return std::any_of(begin, end, [&](const auto& entry) { return entry.second == longer; });
}

constexpr double kInitialScore = 0.8;
constexpr double kAbbreviationScore = 0.9;
constexpr double kJoinedScore = 0.95;    // "Le Goff" and "Legoff"
constexpr double kContainedFactor = 0.9; // a name within a longer one is at most this close
constexpr double kAcronymScore = 0.9;

// How close two words are, 0 when they are not a pair.
double wordScore(const QString& left, const QString& right)
{
    if (left == right) {
        return 1.0;
    }
    // An initial: "J" and "jean".
    if (left.size() == 1 || right.size() == 1) {
        const QString& initial = left.size() == 1 ? left : right;
        const QString& word = left.size() == 1 ? right : left;
        return word.size() > 1 && word.front() == initial.front() ? kInitialScore : 0.0;
    }
    if (isAbbreviation(left, right) || isAbbreviation(right, left)) {
        return kAbbreviationScore;
    }
    if (isLightWord(left) || isLightWord(right)) {
        return 0.0;
    }
    // A slip of the keyboard: one edit in a word of 5 letters or more, two in 9 or more. A word and the same
    // word with a final "e" are two names, not a slip: Martin and Martine, Louis and Louise, Denis and
    // Denise.
    const qsizetype shortest = std::min(left.size(), right.size());
    if (shortest < 5) {
        return 0.0;
    }
    if (left + QLatin1Char('e') == right || right + QLatin1Char('e') == left) {
        return 0.0;
    }
    const int allowed = shortest >= 9 ? 2 : 1;
    if (std::abs(left.size() - right.size()) > allowed || keyboardDistance(left, right) > allowed) {
        return 0.0;
    }
    return jaroWinkler(left, right);
}

struct Word
{
    QString text;
    double weight = 0;
    bool light = false;   // an article, "née"...: not needed for a name to hold another
    bool initial = false; // one letter
};

std::vector<Word> weighedWords(const QStringList& words)
{
    std::vector<Word> result;
    for (const QString& word : words) {
        const bool light = isLightWord(word);
        result.push_back({word, light ? 1.0 : double(word.size()), light, word.size() == 1});
    }
    return result;
}

enum class Closeness { Words, Contained, Acronym };

struct Similarity
{
    double score = 0;
    Closeness kind = Closeness::Words;
};

// The initial of a word that begins with an elided article or preposition ("louest" from "l'Ouest",
// "depargne" from "d'Épargne": elision only comes before a vowel), or none.
QChar elidedInitial(const QString& word)
{
    static const QString vowels = QStringLiteral("aeiouyh");
    if (word.size() > 2 && (word.front() == QLatin1Char('l') || word.front() == QLatin1Char('d')) &&
        vowels.contains(word.at(1))) {
        return word.at(1);
    }
    return {};
}

// `acronym` spelt by the first letters of `words`, in order: every word that is not light gives its letter,
// a light one may ("EDF": Électricité de France; "RATP": Régie autonome des transports parisiens), and an
// elided article lends the word it is joined to ("BRO": Banque régionale de l'Ouest).
bool spells(const QString& acronym, const std::vector<Word>& words)
{
    // reachable[k]: the first k letters are spelt by the words read so far.
    std::vector<bool> reachable(acronym.size() + 1);
    reachable[0] = true;
    for (const Word& word : words) {
        std::vector<bool> next(acronym.size() + 1);
        for (qsizetype k = 0; k <= acronym.size(); ++k) {
            if (!reachable[k]) {
                continue;
            }
            if (word.light) {
                next[k] = true;
            }
            if (k < acronym.size() &&
                (acronym[k] == word.text.front() || acronym[k] == elidedInitial(word.text))) {
                next[k + 1] = true;
            }
        }
        reachable = std::move(next);
    }
    return reachable[acronym.size()];
}

bool isAcronymOf(const std::vector<Word>& acronym, const std::vector<Word>& words)
{
    if (acronym.size() != 1 || acronym.front().text.size() < 3 || acronym.front().text.size() > 6) {
        return false;
    }
    const auto heavy =
        std::count_if(words.begin(), words.end(), [](const Word& word) { return !word.light; });
    return heavy >= 2 && spells(acronym.front().text, words);
}

Similarity similarity(const QStringList& leftWords, const QStringList& rightWords)
{
    const std::vector<Word> left = weighedWords(leftWords);
    const std::vector<Word> right = weighedWords(rightWords);
    if (left.empty() || right.empty()) {
        return {};
    }
    // Every candidate pair: a word with a word; two or three neighbouring words with the word they make once
    // joined ("le goff", "legoff"); a word of two or three letters with as many neighbouring words it is the
    // initials of ("jp", "jean pierre").
    struct Pair
    {
        qsizetype leftFirst, leftCount, rightFirst, rightCount;
        double score;
        double weight;
    };
    std::vector<Pair> pairs;
    auto weightOf = [](const std::vector<Word>& words, qsizetype first, qsizetype count) {
        double weight = 0;
        for (qsizetype k = first; k < first + count; ++k) {
            weight += words[k].weight;
        }
        return weight;
    };
    // The run of `words` from `first` that `word` stands for, joined or as initials: its length and score.
    auto run = [](const Word& word, const std::vector<Word>& words,
                  qsizetype first) -> std::pair<qsizetype, double> {
        if (word.text.size() >= 4) {
            QString joined = words[first].text;
            for (qsizetype count = 2; count <= 3 && first + count <= qsizetype(words.size()); ++count) {
                joined += words[first + count - 1].text;
                if (joined == word.text) {
                    return {count, kJoinedScore};
                }
            }
        }
        const qsizetype letters = word.text.size();
        if (letters < 2 || letters > 3 || word.light || first + letters > qsizetype(words.size())) {
            return {0, 0.0};
        }
        for (qsizetype k = 0; k < letters; ++k) {
            if (words[first + k].light || words[first + k].text.front() != word.text[k]) {
                return {0, 0.0};
            }
        }
        return {letters, kInitialScore};
    };
    for (qsizetype i = 0; i < qsizetype(left.size()); ++i) {
        for (qsizetype j = 0; j < qsizetype(right.size()); ++j) {
            if (const double score = wordScore(left[i].text, right[j].text); score > 0) {
                pairs.push_back({i, 1, j, 1, score, left[i].weight + right[j].weight});
            }
            if (const auto [count, score] = run(right[j], left, i); count > 0) {
                pairs.push_back({i, count, j, 1, score, weightOf(left, i, count) + right[j].weight});
            }
            if (const auto [count, score] = run(left[i], right, j); count > 0) {
                pairs.push_back({i, 1, j, count, score, left[i].weight + weightOf(right, j, count)});
            }
        }
    }
    // The best pairs first; among equals, the heavier, then the first in the names (a stable order).
    std::stable_sort(pairs.begin(), pairs.end(), [](const Pair& a, const Pair& b) {
        return a.score != b.score ? a.score > b.score : a.weight > b.weight;
    });
    std::vector<double> leftScore(left.size()), rightScore(right.size());
    std::vector<bool> leftUsed(left.size()), rightUsed(right.size());
    double paired = 0;
    for (const Pair& pair : pairs) {
        bool available = true;
        for (qsizetype k = 0; k < pair.leftCount; ++k) {
            available = available && !leftUsed[pair.leftFirst + k];
        }
        for (qsizetype k = 0; k < pair.rightCount; ++k) {
            available = available && !rightUsed[pair.rightFirst + k];
        }
        if (!available) {
            continue;
        }
        for (qsizetype k = 0; k < pair.leftCount; ++k) {
            leftUsed[pair.leftFirst + k] = true;
            leftScore[pair.leftFirst + k] = pair.score;
        }
        for (qsizetype k = 0; k < pair.rightCount; ++k) {
            rightUsed[pair.rightFirst + k] = true;
            rightScore[pair.rightFirst + k] = pair.score;
        }
        paired += pair.score * pair.weight;
    }
    double total = 0;
    for (const Word& word : left) {
        total += word.weight;
    }
    for (const Word& word : right) {
        total += word.weight;
    }
    Similarity best{paired / total, Closeness::Words};

    // The shorter name within the longer: each of its words that is not light finds a pair, and there are
    // two of them or more, one at least more than an initial. One word alone within a longer name is not
    // enough: "Orange" is in "Orange Bleue" as in "Orange Business Services".
    auto contained = [](const std::vector<Word>& words, const std::vector<double>& scores) {
        double weight = 0;
        double held = 0;
        int heavy = 0;
        bool whole = false;
        for (std::size_t k = 0; k < words.size(); ++k) {
            if (words[k].light) {
                continue;
            }
            if (scores[k] == 0) {
                return 0.0;
            }
            ++heavy;
            whole = whole || !words[k].initial;
            weight += words[k].weight;
            held += words[k].weight * scores[k];
        }
        return heavy >= 2 && whole ? kContainedFactor * held / weight : 0.0;
    };
    for (const double score : {contained(left, leftScore), contained(right, rightScore)}) {
        if (score > best.score) {
            best = {score, Closeness::Contained};
        }
    }
    if (best.score < kAcronymScore && (isAcronymOf(left, right) || isAcronymOf(right, left))) {
        best = {kAcronymScore, Closeness::Acronym};
    }
    return best;
}

// Shown with two decimals, never rounded up across the threshold: 0.849 is "0.84".
QString shownScore(double score)
{
    return QString::number(std::floor(score * 100.0 + 1e-9) / 100.0, 'f', 2);
}

// ---- The parties file ----

Error atLine(ErrorKind kind, int line, const QString& problem, const QString& code)
{
    return Error{kind, ScreeningText::tr("line %1: %2").arg(line).arg(problem), code};
}

// A name as the matching reads it: its words in order, and its key (the same words sorted), made once however
// many names it is compared with.
struct ReadName
{
    QStringList words;
    QStringList key;

    explicit ReadName(const QString& name)
        : words(nameWords(name))
        , key(words)
    {
        key.sort();
    }
};

PartyMatch matchReadNames(const std::optional<CompanyNumber>& partyNumber, const ReadName& party,
                          const std::optional<CompanyNumber>& declaredNumber, const ReadName& declared);

std::optional<PartyRole> roleFromId(const QString& id)
{
    for (const PartyRole role : {PartyRole::Party, PartyRole::Counsel, PartyRole::Expert, PartyRole::Other}) {
        if (partyRoleId(role) == id) {
            return role;
        }
    }
    return std::nullopt;
}

} // namespace

QString normalizedName(const QString& name)
{
    return nameWords(name).join(QLatin1Char(' '));
}

QString nameKey(const QString& name)
{
    return ReadName(name).key.join(QLatin1Char(' '));
}

double nameSimilarity(const QString& left, const QString& right)
{
    return similarity(nameWords(left), nameWords(right)).score;
}

QString CompanyNumber::shown() const
{
    QString text = siren.left(3) + QLatin1Char(' ') + siren.mid(3, 3) + QLatin1Char(' ') + siren.mid(6);
    return isSiret() ? text + QLatin1Char(' ') + nic : text;
}

bool luhnValid(QStringView digits)
{
    if (digits.isEmpty()) {
        return false;
    }
    int sum = 0;
    bool doubled = false;
    for (qsizetype index = digits.size() - 1; index >= 0; --index) {
        const char16_t unit = digits[index].unicode();
        if (unit < u'0' || unit > u'9') {
            return false;
        }
        int digit = unit - u'0';
        if (doubled) {
            digit *= 2;
            if (digit > 9) {
                digit -= 9;
            }
        }
        sum += digit;
        doubled = !doubled;
    }
    return sum % 10 == 0;
}

Result<CompanyNumber> parseCompanyNumber(const QString& text)
{
    QString digits;
    bool onlyDigitsAndSpaces = true;
    for (const QChar c : text) {
        if (c.isSpace()) { // also U+00A0 and U+202F, the spaces French typography groups digits with
            continue;
        }
        if (c.unicode() < u'0' || c.unicode() > u'9') {
            onlyDigitsAndSpaces = false;
            break;
        }
        digits += c;
    }
    if (!onlyDigitsAndSpaces || (digits.size() != 9 && digits.size() != 14)) {
        return Error::invalid(
            ScreeningText::tr("\"%1\" is neither a SIREN (9 digits) nor a SIRET (14 digits)")
                .arg(shownInput(text)),
            QStringLiteral("company-number.format"));
    }
    CompanyNumber number{digits.left(9), digits.size() == 14 ? digits.mid(9) : QString()};
    if (std::all_of(number.siren.begin(), number.siren.end(),
                    [](QChar c) { return c == QLatin1Char('0'); })) {
        return Error::invalid(
            ScreeningText::tr("%1 is no SIREN: leave the cell empty when the number is unknown")
                .arg(number.shown()),
            QStringLiteral("company-number.placeholder"));
    }
    if (!luhnValid(number.siren)) {
        return Error::invalid(
            ScreeningText::tr("the check digit of %1 is wrong: not a SIREN").arg(number.shown()),
            QStringLiteral("company-number.check-digit"));
    }
    if (number.isSiret()) {
        // La Poste's establishments (SIREN 356 000 000) are too many for the NIC's Luhn digit: INSEE numbers
        // them so that the sum of the SIRET's 14 digits is a multiple of 5 instead. Its head office's SIRET
        // (356 000 000 00048) keeps the Luhn digit; either check accepts a SIRET of La Poste.
        bool valid = luhnValid(digits);
        if (!valid && number.siren == QLatin1String("356000000")) {
            int sum = 0;
            for (const QChar c : digits) {
                sum += c.unicode() - u'0';
            }
            valid = sum % 5 == 0;
        }
        if (!valid) {
            return Error::invalid(
                ScreeningText::tr("the check digit of %1 is wrong: not a SIRET").arg(number.shown()),
                QStringLiteral("company-number.check-digit"));
        }
    }
    return number;
}

QString partyRoleId(PartyRole role)
{
    switch (role) {
    case PartyRole::Party:
        return QStringLiteral("partie");
    case PartyRole::Counsel:
        return QStringLiteral("conseil");
    case PartyRole::Expert:
        return QStringLiteral("expert");
    case PartyRole::Other:
        return QStringLiteral("autre");
    }
    return {};
}

PartyMatch matchParty(const Party& party, const DeclaredEntity& declared)
{
    return matchReadNames(party.number, ReadName(party.name), declared.number, ReadName(declared.name));
}

namespace {

PartyMatch matchReadNames(const std::optional<CompanyNumber>& partyNumber, const ReadName& party,
                          const std::optional<CompanyNumber>& declaredNumber, const ReadName& declared)
{
    const bool bothNumbered = partyNumber && declaredNumber;
    if (bothNumbered && partyNumber->siren == declaredNumber->siren) {
        const CompanyNumber siren{partyNumber->siren, {}};
        return {MatchStrength::Identifier, 1.0, ScreeningText::tr("same SIREN %1").arg(siren.shown())};
    }
    const bool sameKey = !party.key.isEmpty() && party.key == declared.key;
    const Similarity names =
        sameKey ? Similarity{1.0, Closeness::Words} : similarity(party.words, declared.words);
    const QString score = shownScore(names.score);
    QString closeReason;
    switch (names.kind) {
    case Closeness::Words:
        closeReason = ScreeningText::tr("close name, score %1").arg(score);
        break;
    case Closeness::Contained:
        closeReason =
            ScreeningText::tr("close name, score %1: one name holds all the words of the other (the "
                              "same group?)")
                .arg(score);
        break;
    case Closeness::Acronym:
        closeReason =
            ScreeningText::tr("close name, score %1: one name is the initials of the other").arg(score);
        break;
    }
    if (bothNumbered) {
        // Two SIRENs, two legal persons: the names can only ask for a look.
        const QString partySiren = CompanyNumber{partyNumber->siren, {}}.shown();
        const QString declaredSiren = CompanyNumber{declaredNumber->siren, {}}.shown();
        if (sameKey) {
            return {MatchStrength::Close, names.score,
                    ScreeningText::tr("same name once normalised, but another SIREN (%1, declared %2)")
                        .arg(partySiren, declaredSiren)};
        }
        if (names.score >= kCloseNameThreshold) {
            return {MatchStrength::Close, names.score,
                    ScreeningText::tr("%1, but another SIREN (%2, declared %3)")
                        .arg(closeReason, partySiren, declaredSiren)};
        }
        return {MatchStrength::None, names.score,
                ScreeningText::tr("another SIREN (%1, declared %2) and another name, score %3")
                    .arg(partySiren, declaredSiren, score)};
    }
    if (sameKey) {
        return {MatchStrength::Normalized, 1.0, ScreeningText::tr("same name once normalised")};
    }
    if (names.score >= kCloseNameThreshold) {
        return {MatchStrength::Close, names.score, closeReason};
    }
    return {MatchStrength::None, names.score, ScreeningText::tr("another name, score %1").arg(score)};
}

} // namespace

std::vector<DeclaredInterest> declaredInterests(const Declaration& declaration, const FormCatalog& catalog)
{
    std::vector<DeclaredInterest> interests;
    const FormDefinition* form = catalog.find(declaration.schema);
    if (!form) {
        return interests; // the codec refuses a declaration of an unknown form before anyone screens it
    }
    for (const ItemDefinition* item : form->itemsFor(declaration.event)) {
        const ItemAnswer* answer = declaration.answer(item->id);
        if (item->screened.empty() || !answer) {
            continue;
        }
        for (std::size_t index = 0; index < answer->entries.size(); ++index) {
            for (const ScreenedField& screened : item->screened) {
                QString name;
                const QStringList lines =
                    answer->entries[index].text(screened.field).split(QLatin1Char('\n'));
                for (const QString& line : lines) {
                    if (!line.trimmed().isEmpty()) {
                        name = line.trimmed();
                        break;
                    }
                }
                if (!name.isEmpty()) {
                    interests.push_back({{name, std::nullopt},
                                         item->id,
                                         int(index),
                                         screened.field,
                                         item->title.text(),
                                         screened.as.text()});
                }
            }
        }
    }
    return interests;
}

std::vector<ScreeningMatch> screenParties(const std::vector<Party>& parties,
                                          const std::vector<DeclaredInterest>& interests)
{
    // Each name read once: reading one (folding, legal forms) costs more than comparing two.
    std::vector<ReadName> partyNames, interestNames;
    partyNames.reserve(parties.size());
    interestNames.reserve(interests.size());
    for (const Party& party : parties) {
        partyNames.emplace_back(party.name);
    }
    for (const DeclaredInterest& interest : interests) {
        interestNames.emplace_back(interest.entity.name);
    }
    std::vector<ScreeningMatch> matches;
    for (std::size_t party = 0; party < parties.size(); ++party) {
        for (std::size_t interest = 0; interest < interests.size(); ++interest) {
            PartyMatch match = matchReadNames(parties[party].number, partyNames[party],
                                              interests[interest].entity.number, interestNames[interest]);
            if (match.strength != MatchStrength::None) {
                matches.push_back({party, interest, std::move(match)});
            }
        }
    }
    std::stable_sort(matches.begin(), matches.end(),
                     [](const ScreeningMatch& left, const ScreeningMatch& right) {
                         return left.match.strength > right.match.strength;
                     });
    return matches;
}

QStringList PartiesFile::columns()
{
    return {QStringLiteral("nom"), QStringLiteral("siren"), QStringLiteral("qualite")};
}

Result<std::vector<Party>> PartiesFile::parse(const QByteArray& csv)
{
    if (csv.size() > kMaximumBytes) {
        return Error::unusable(ScreeningText::tr("the file is larger than %1 MB: not a list of parties")
                                   .arg(kMaximumBytes / (1024 * 1024)),
                               QStringLiteral("parties.size"));
    }
    QByteArray bytes = csv;
    if (bytes.startsWith("\xEF\xBB\xBF")) {
        bytes.remove(0, 3);
    }
    const QString text = QString::fromUtf8(bytes);
    if (text.contains(QChar::ReplacementCharacter)) {
        return Error::unusable(ScreeningText::tr("the file is not UTF-8 text"),
                               QStringLiteral("parties.encoding"));
    }
    const QChar delimiter = guessCsvDelimiter(text);
    const CsvRecords split = splitCsvRecords(text, delimiter);
    if (split.unclosedQuoteLine != 0) {
        return atLine(ErrorKind::Unusable, split.unclosedQuoteLine,
                      ScreeningText::tr("a quoted field is never closed"), QStringLiteral("parties.quote"));
    }
    const std::vector<CsvRecord>& records = split.records;
    if (records.empty()) {
        return Error::unusable(ScreeningText::tr("the file is empty: a header line is expected"),
                               QStringLiteral("parties.empty"));
    }

    // The header: known columns, each once, "nom" present.
    const CsvRecord& head = records.front();
    std::map<QString, qsizetype> index;
    const QStringList known = columns();
    for (qsizetype column = 0; column < head.fields.size(); ++column) {
        const QString name = text::fold(head.fields.at(column));
        if (!known.contains(name)) {
            return atLine(
                ErrorKind::Unusable, head.line,
                ScreeningText::tr("unknown column \"%1\" (expected: %2)")
                    .arg(shownInput(head.fields.at(column).trimmed()), known.join(QStringLiteral(", "))),
                QStringLiteral("parties.header"));
        }
        if (index.count(name)) {
            return atLine(ErrorKind::Unusable, head.line,
                          ScreeningText::tr("the column \"%1\" appears twice").arg(name),
                          QStringLiteral("parties.header"));
        }
        index[name] = column;
    }
    if (!index.count(QStringLiteral("nom"))) {
        return atLine(ErrorKind::Unusable, head.line, ScreeningText::tr("the column \"nom\" is missing"),
                      QStringLiteral("parties.header"));
    }

    std::vector<Party> parties;
    for (std::size_t recordIndex = 1; recordIndex < records.size(); ++recordIndex) {
        const CsvRecord& record = records[recordIndex];
        if (record.fields.size() != head.fields.size()) {
            return atLine(ErrorKind::Unusable, record.line,
                          ScreeningText::tr("%1 fields where the header has %2")
                              .arg(record.fields.size())
                              .arg(head.fields.size()),
                          QStringLiteral("parties.fields"));
        }
        auto value = [&](const QString& column) {
            const auto found = index.find(column);
            return found == index.end() ? QString() : record.fields.at(found->second).trimmed();
        };
        auto invalid = [&](const QString& problem, const char* code) {
            return atLine(ErrorKind::Invalid, record.line, problem, QString::fromLatin1(code));
        };
        Party party;
        party.line = record.line;
        const QString name = value(QStringLiteral("nom"));
        // A name is shown on screens and printed: nothing in it may drive a terminal.
        if (const auto control = forbiddenControlCharacter(name)) {
            return invalid(ScreeningText::tr("nom: holds a control character (%1), which no name may hold")
                               .arg(escapedCharacter(*control)),
                           "parties.name");
        }
        party.name = name.simplified();
        if (party.name.isEmpty()) {
            return invalid(ScreeningText::tr("nom: missing"), "parties.name");
        }
        if (party.name.size() > kMaximumNameLength) {
            return invalid(ScreeningText::tr("nom: longer than %1 characters").arg(kMaximumNameLength),
                           "parties.name");
        }
        if (const QString number = value(QStringLiteral("siren")); !number.isEmpty()) {
            auto parsed = parseCompanyNumber(number);
            if (!parsed) {
                return invalid(QStringLiteral("siren: ") + parsed.error().message, "parties.siren");
            }
            party.number = *parsed;
        }
        if (const QString role = value(QStringLiteral("qualite")); !role.isEmpty()) {
            const auto parsedRole = roleFromId(text::fold(role));
            if (!parsedRole) {
                QStringList roles;
                for (const PartyRole each :
                     {PartyRole::Party, PartyRole::Counsel, PartyRole::Expert, PartyRole::Other}) {
                    roles << partyRoleId(each);
                }
                return invalid(ScreeningText::tr("qualite: \"%1\" is not one of %2")
                                   .arg(shownInput(role), roles.join(QStringLiteral(", "))),
                               "parties.role");
            }
            party.role = *parsedRole;
        }
        parties.push_back(std::move(party));
    }
    if (parties.empty()) {
        return atLine(ErrorKind::Invalid, head.line, ScreeningText::tr("the file lists no party"),
                      QStringLiteral("parties.none"));
    }
    return parties;
}

} // namespace probitas
