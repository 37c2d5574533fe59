#pragma once

#include "Declaration.h"
#include "FormDefinition.h"
#include "Result.h"

#include <QByteArray>
#include <QString>
#include <QStringList>
#include <optional>
#include <vector>

namespace probitas {

// The screening of a case's parties against what a magistrate declared (art. 7-1 of ordonnance n° 58-1270:
// "Les magistrats veillent à prévenir ou à faire cesser immédiatement les situations de conflit d'intérêts").
// Each party of a case is compared with each entity of her declaration of interests (an employer, a company
// she holds shares in, her spouse's employer, a board, an association): docs/screening.md says what is
// matched and how, and what is deliberately not.

// ---- Names ----

// A name as it is compared: folded (lowercase, accents removed: text::fold), punctuation as spaces,
// apostrophes dropped ("L'Oréal" -> "loreal"), '&' read as "et", leading civilities removed ("M.", "Mme",
// "Me", "Maître", "Dr"...), and legal forms removed as whole words: SA, SAS, SASU, SARL, EURL, SCI, SELARL,
// SNC, GIE and their neighbours (docs/screening.md lists them), dotted ("S.A.R.L.") or spelt out ("société
// anonyme"), "association", "et associés" / "& associés". Words keep their order: "Dupont Jean" stays
// "dupont jean". A name made of a legal form alone keeps it ("SCI" -> "sci").
QString normalizedName(const QString& name);

// normalizedName's words sorted, joined by one space: two names with the same key are the same name once
// normalised, whatever the order of their words ("Jean Dupont", "DUPONT Jean" -> "dupont jean").
QString nameKey(const QString& name);

// How close two names are, from 0 to 1, word by word (docs/screening.md): each word of one name is paired
// with at most one of the other (the same word 1; a slip of the keyboard, Jaro-Winkler's score when one
// letter differs in a word of 5 letters or more, two in 9 or more; a usual abbreviation, "st" and "saint",
// 0.9; words glued, "le goff" and "legoff", 0.95; an initial and a word it begins, "J" and "jean", or "jp"
// and "jean pierre", 0.8). The score is the highest of: the share of both names' weight so paired (a word
// weighs its length, an article one); 0.9 times the share of the shorter name's weight, when the shorter name
// has two or more words and all find a pair in the longer (a subsidiary: "Société Générale" in "Société
// Générale Securities Services"); 0.9 when one name is a word of 3 to 6 letters spelt by the initials of the
// other's.
double nameSimilarity(const QString& left, const QString& right);

// The score from which two names that are not the same once normalised are a close match, shown to the
// user beside each close match.
inline constexpr double kCloseNameThreshold = 0.85;

// ---- Identifiers ----

// A French company's number in INSEE's SIRENE directory: the SIREN (9 digits) names the legal person, the
// SIRET (14 digits: the SIREN and a 5-digit NIC) one of its establishments.
struct CompanyNumber
{
    QString siren; // 9 digits
    QString nic;   // 5 digits when a SIRET was given, else empty

    bool isSiret() const { return !nic.isEmpty(); }
    QString siret() const { return isSiret() ? siren + nic : QString(); }
    // As INSEE prints it: "552 100 554", or "552 100 554 00012" for a SIRET.
    QString shown() const;
    friend bool operator==(const CompanyNumber&, const CompanyNumber&) = default;
};

// The Luhn check (ISO/IEC 7812-1) of a string of digits: the check digit of SIREN and SIRET.
bool luhnValid(QStringView digits);

// A SIREN or SIRET as typed: 9 or 14 digits, spaces (also non-breaking ones) allowed between them; its check
// digit verified. Errors are ErrorKind::Invalid, with the input quoted at most 80 characters, control
// characters escaped; codes "company-number.format", "company-number.check-digit" and
// "company-number.placeholder" (000 000 000, which some exports write for "unknown").
Result<CompanyNumber> parseCompanyNumber(const QString& text);

// ---- Matching ----

// From the weakest to the strongest, so that strengths compare with < and >.
enum class MatchStrength {
    None,       // nothing in common worth a look
    Close,      // to be read by a person: similarity >= kCloseNameThreshold, or one name under two SIRENs
    Normalized, // the same name once normalised (nameKey)
    Identifier, // the same SIREN (a SIRET's first 9 digits are its SIREN)
};

struct PartyMatch
{
    MatchStrength strength = MatchStrength::None;
    double score = 0; // the names' similarity (nameSimilarity); 1 when the keys are equal
    QString reason;   // why, translated, for the screen: "same SIREN 552 100 554", "close name, score 0.91"
};

// What a party's role in the case is ("qualite" column).
enum class PartyRole {
    Party,   // "partie": a party to the case (the default)
    Counsel, // "conseil": a lawyer or avocat aux Conseils
    Expert,  // "expert": a court-appointed expert
    Other,   // "autre": anyone else the court names (a mandataire, an administrateur judiciaire...)
};
QString partyRoleId(PartyRole role);

struct Party
{
    int line = 0; // 1-based line of the parties file where its row starts; 0 when not read from a file
    QString name;
    std::optional<CompanyNumber> number;
    PartyRole role = PartyRole::Party;
};

// One entity of the declaration of interests: an employer, a company, a board, an association, a person.
struct DeclaredEntity
{
    QString name;
    std::optional<CompanyNumber> number;
};

// One party against one declared entity:
// - the same SIREN is an Identifier match, whatever the names (a company renamed is the same company);
// - two different SIRENs are two legal persons: the names can make a Close match at most (the same group,
//   or an identifier copied wrong), never a Normalized one;
// - otherwise the same name key is a Normalized match, a similarity >= kCloseNameThreshold a Close one.
PartyMatch matchParty(const Party& party, const DeclaredEntity& declared);

// ---- The declared interests a case is screened against ----

// One name a declaration holds in a field its form screens (ItemDefinition::screened): the entity, and where
// and what it is in the declaration, for the screen and the JSON report.
struct DeclaredInterest
{
    DeclaredEntity entity;
    QString itemId;    // "activitesConjoint"
    int entry = 0;     // the entry's index in the item, from 0
    QString field;     // "employeur"
    QString itemTitle; // the item's title, in the application's language
    QString what;      // what the entity is to the declarant: "her spouse's employer"
};

// Every screened name of `declaration`, in the form's order of items, entries and fields; empty values are
// skipped, and of a multiline value only its first non-empty line is taken (a structure's name before its
// address). Nothing for a declaration whose form screens nothing (a DSP).
std::vector<DeclaredInterest> declaredInterests(const Declaration& declaration,
                                                const FormCatalog& catalog = FormCatalog::builtIn());

struct ScreeningMatch
{
    std::size_t party = 0;    // index in the parties
    std::size_t interest = 0; // index in the interests
    PartyMatch match;
};

// Every party against every interest: the pairs at least Close, the strongest first (then by party, then by
// interest, so that the order is the same on every run).
std::vector<ScreeningMatch> screenParties(const std::vector<Party>& parties,
                                          const std::vector<DeclaredInterest>& interests);

// ---- The parties file ----

// The parties of a case, as a greffe exports them (docs/screening.md): UTF-8 CSV, with or without BOM, a
// header line naming the columns in any order (case and accents ignored: "Qualité" is "qualite"), separated
// by ';' or ',' (detected from the header), RFC 4180 quotes. Columns: nom (required), siren (optional: a
// SIREN or a SIRET, spaces allowed), qualite (optional: partie, conseil, expert, autre; partie when empty).
// Every row or none: the first problem is the error, naming its line ("line 4: siren: ..."). What the file's
// shape breaks (encoding, quotes, header, field count) is ErrorKind::Unusable; what a row's value breaks (a
// name missing, a check digit, a role) is ErrorKind::Invalid. Input quoted in a message is at most 80
// characters, control characters escaped.
class PartiesFile
{
public:
    static constexpr qsizetype kMaximumBytes = 4 * 1024 * 1024;
    static constexpr qsizetype kMaximumNameLength = 300;

    static QStringList columns();
    static Result<std::vector<Party>> parse(const QByteArray& csv);
};

} // namespace probitas
