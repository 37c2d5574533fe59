// The directory as the store reads it: statements replayed, rows checked against them.
#include "DirectoryView.h"

#include "Compliance.h"
#include "Digest.h"
#include "Signature.h"
#include "StoreSql.h"

#include <QCryptographicHash>
#include <QFile>
#include <QJsonDocument>
#include <QtConcurrent/QtConcurrentMap>

namespace probitas::store {

using namespace sql;

DirectoryView::DirectoryView(const Connection& connection)
    : m_connection(connection)
    , m_memory(std::make_shared<VerifiedMemory>())
{}

void DirectoryView::rememberVerifiedIn(std::shared_ptr<VerifiedMemory> memory) const
{
    m_memory = std::move(memory);
    if (m_replayed) {
        m_replayed->setVerifiedMemory(m_memory.get());
    }
}

void DirectoryView::saveVerified() const
{
    if (Status saved = m_memory->save(); !saved) {
        qCInfo(lcStore) << "what was verified is not remembered:" << saved.error().message;
    }
}

DirectoryView::~DirectoryView() = default;

void DirectoryView::forgetReplay() const
{
    m_replayed.reset();
}

namespace {
Result<Person> onePerson(const Connection& connection, const QString& where, const QVariant& value,
                         const QString& notFoundMessage, ErrorKind kind, QLatin1StringView code)
{
    auto rows = fetch(
        connection, QStringLiteral("SELECT %1 FROM people WHERE %2 = ?").arg(kPersonColumns, where), {value});
    if (!rows) {
        return rows.error();
    }
    if (rows->empty()) {
        return Error{kind, notFoundMessage, QString(code)};
    }
    return personFromRow(rows->front());
}
} // namespace

Result<std::map<QString, Profile>> DirectoryView::declaredPostings() const
{
    auto rows =
        fetch(m_connection, QStringLiteral("SELECT id, declared_profile FROM people WHERE "
                                           "declared_profile IS NOT NULL AND declared_profile <> ''"));
    if (!rows) {
        return rows.error();
    }
    std::map<QString, Profile> postings;
    for (const auto& row : *rows) {
        // Unreadable: nothing is offered, and the administrator states the posting afterwards.
        if (auto parsed =
                Profile::fromJson(QJsonDocument::fromJson(row.at(1).toString().toUtf8()).object())) {
            postings.emplace(row.at(0).toString(), parsed->posting());
        }
    }
    return postings;
}

Result<Person> DirectoryView::personById(const QString& id) const
{
    return backed(onePerson(m_connection, QStringLiteral("id"), id,
                            tr("no person %1 in the directory").arg(id), ErrorKind::Unusable,
                            errors::NotFound));
}

Result<Person> DirectoryView::personByName(const QString& name) const
{
    return backed(onePerson(m_connection, QStringLiteral("name"), name,
                            tr("no person named %1 in the directory").arg(name), ErrorKind::Unusable,
                            errors::NotFound));
}

Result<Person> DirectoryView::personByAuthority(const QString& authorityId) const
{
    return backed(onePerson(m_connection, QStringLiteral("authority_id"), authorityId,
                            tr("no one in the directory holds the authority %1").arg(authorityId),
                            ErrorKind::Invalid, errors::MissingAuthority));
}

Result<Person> DirectoryView::personFor(const crypto::Certificate& certificate) const
{
    return backed(onePerson(m_connection, QStringLiteral("fingerprint"), fingerprintOf(certificate),
                            tr("this identity is not in the store's directory"), ErrorKind::AccessDenied,
                            errors::NotInDirectory));
}

Result<QList<Person>> DirectoryView::peopleAsStored() const
{
    auto rows =
        fetch(m_connection, QStringLiteral("SELECT %1 FROM people ORDER BY name").arg(kPersonColumns));
    if (!rows) {
        return rows.error();
    }
    QList<Person> list;
    for (const auto& row : *rows) {
        auto person = personFromRow(row);
        if (!person) {
            return person.error();
        }
        list << *person;
    }
    return list;
}

Result<QList<Person>> DirectoryView::people() const
{
    auto list = peopleAsStored();
    if (!list) {
        return list.error();
    }
    // The directory brought up to date once for the whole listing, not once per row.
    auto directory = replayed();
    if (!directory) {
        return directory.error();
    }
    (*directory)->rememberedWhole();
    for (const Person& person : *list) {
        auto checked = backedBy(**directory, person);
        if (!checked) {
            saveVerified();
            return checked.error();
        }
    }
    saveVerified();
    return list;
}

namespace {

// `ids` in groups of kIdsPerQuery. `sql` names the ids' condition `%IDS%`: on SQLite a list of placeholders,
// padded with empty ids so that the SQL text is the same at each query; on PostgreSQL `= ANY(?)`, one array
// parameter (one query and one plan for all of them, not 512 parameters to plan).
constexpr qsizetype kIdsPerQuery = 512;

QString idsCondition(const Connection& connection)
{
    if (connection.backend() == Backend::PostgreSql) {
        return QStringLiteral(" = ANY(CAST(? AS text[]))");
    }
    QStringList placeholders;
    for (qsizetype i = 0; i < kIdsPerQuery; ++i) {
        placeholders << QStringLiteral("?");
    }
    return QStringLiteral(" IN (%1)").arg(placeholders.join(QLatin1Char(',')));
}

// PostgreSQL's text form of a text array: each element quoted, its quotes and backslashes escaped.
QString textArray(const QStringList& values)
{
    QStringList quoted;
    quoted.reserve(values.size());
    for (QString value : values) {
        value.replace(QLatin1Char('\\'), QStringLiteral("\\\\"))
            .replace(QLatin1Char('"'), QStringLiteral("\\\""));
        quoted << QLatin1Char('"') + value + QLatin1Char('"');
    }
    return QLatin1Char('{') + quoted.join(QLatin1Char(',')) + QLatin1Char('}');
}

Result<Rows> fetchForIds(const Connection& connection, QString sql, const QVariantList& before,
                         const QStringList& ids)
{
    sql.replace(QLatin1String("%IDS%"), idsCondition(connection));
    if (connection.backend() == Backend::PostgreSql) {
        QVariantList values = before;
        values << textArray(ids);
        return fetch(connection, sql, values);
    }
    Rows all;
    for (qsizetype first = 0; first < ids.size(); first += kIdsPerQuery) {
        QVariantList values = before;
        for (qsizetype i = first; i < first + kIdsPerQuery; ++i) {
            values << (i < ids.size() ? ids.at(i) : QString());
        }
        auto rows = fetch(connection, sql, values);
        if (!rows) {
            return rows.error();
        }
        std::move(rows->begin(), rows->end(), std::back_inserter(all));
    }
    return all;
}

} // namespace

namespace {

// What the obligation rules route on besides the posting: the rules and the courts compiled into this program
// (routesTo's defaults), and the statuses, formations and ranks a posting can state (what
// somePostingAtRoutesTo enumerates). A decision remembered under other data is not found, and is made again.
const QByteArray& builtInRoutingData()
{
    static const QByteArray digest = [] {
        QCryptographicHash hash(QCryptographicHash::Sha256);
        for (const char* path : {":/probitas/rules/obligations.json", ":/probitas/data/jurisdictions.json"}) {
            QFile file(QString::fromLatin1(path));
            hash.addData(file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray());
        }
        QStringList values;
        for (const MagistrateStatus status : allStatuses()) {
            values << statusId(status);
        }
        for (const Formation formation : allFormations()) {
            values << formationId(formation);
        }
        for (const Rank rank : allRanks()) {
            values << rankId(rank);
        }
        hash.addData(values.join(QLatin1Char(' ')).toUtf8());
        return hash.result();
    }();
    return digest;
}

// A court as a posting states it: its type's id and its official seat (none for the Cour de cassation).
using CourtKey = std::pair<QString, QString>;

CourtKey courtKeyOf(const Court& court)
{
    return {courtTypeId(court.type), court.seat};
}

// Whether some posting at `court` routes a declaration to `authorityId`: every status, formation and rank
// there, each with every event the rules date (installation, cessation, change) having happened and no
// earlier DSP to exempt one. Besides the court, the rules' conditions read the status, the formation, the
// rank and de_droit; de_droit is left false, the value under which a member of the Conseil constitutionnel
// owes something (a member de droit owes nothing), and the events add obligations as their dates happen, so
// no posting at that court reaches more authorities than these do. A posting at no court of the directory
// (the IGJ, a member of the CSM or of the Conseil constitutionnel) is never in the sort's answer: the rules
// decide it (peopleFollowedBy).
bool somePostingAtRoutesTo(const Court& court, const QString& authorityId, const QString& regime)
{
    // Every value the profile reads (Profile.h's own lists): one added there is enumerated here too, and a
    // court is never skipped for want of it.
    std::vector<std::optional<Formation>> formations{std::nullopt};
    for (const Formation formation : allFormations()) {
        formations.emplace_back(formation);
    }
    for (const MagistrateStatus status : allStatuses()) {
        for (const std::optional<Formation> formation : formations) {
            for (const Rank rank : allRanks()) {
                Profile posting;
                posting.status = status;
                posting.formation = formation;
                posting.court = CourtReference{court.type, court.seat};
                posting.rank = rank;
                posting.installedOn = QDate(2000, 1, 1);
                posting.changedOn = QDate(2005, 1, 1);
                posting.ceasedOn = QDate(2010, 1, 1);
                if (routesTo(posting, authorityId, regime)) {
                    return true;
                }
            }
        }
    }
    return false;
}

} // namespace

QSet<CourtKey> DirectoryView::courtsNotRoutingTo(const QString& authorityId, const QString& regime) const
{
    // Remembered by this computer per court, authority, regime and built-in data (VerifiedMemory.h): a
    // session then looks up two hundred digests instead of running the rules twelve thousand times.
    const JurisdictionDirectory& courts = JurisdictionDirectory::builtIn();
    const QByteArray authority = authorityId.toUtf8();
    const QByteArray regimeId = regime.toUtf8();
    struct CourtDecision
    {
        const Court* court;
        QByteArray routes, routesNot;
        std::optional<bool> reaches;
    };
    std::vector<CourtDecision> decisions;
    for (const Court& court : courts.courts()) {
        const QByteArray type = courtTypeId(court.type).toUtf8();
        const QByteArray seat = court.seat.toUtf8();
        CourtDecision decision{&court,
                               verifiedDigest(QLatin1StringView("some posting at this court routes to"),
                                              {builtInRoutingData(), regimeId, authority, type, seat}),
                               verifiedDigest(QLatin1StringView("no posting at this court routes to"),
                                              {builtInRoutingData(), regimeId, authority, type, seat}),
                               std::nullopt};
        if (m_memory->contains(decision.routes)) {
            decision.reaches = true;
        } else if (m_memory->contains(decision.routesNot)) {
            decision.reaches = false;
        }
        decisions.push_back(std::move(decision));
    }
    QtConcurrent::blockingMap(decisions, [this, &authorityId, &regime](CourtDecision& decision) {
        if (!decision.reaches) {
            decision.reaches = somePostingAtRoutesTo(*decision.court, authorityId, regime);
            m_memory->insert(*decision.reaches ? decision.routes : decision.routesNot);
        }
    });
    QSet<CourtKey> notRouting;
    for (const CourtDecision& decision : decisions) {
        if (!*decision.reaches) {
            notRouting.insert(courtKeyOf(*decision.court));
        }
    }
    return notRouting;
}

bool DirectoryView::postingRoutesTo(const QJsonObject& posting, const QString& authorityId,
                                    const QString& regime) const
{
    // Remembered by this computer under exactly the posting stated (its compact JSON, every field the rules
    // could read), the authority, the regime and the built-in data (VerifiedMemory.h): a new session finds
    // the decision instead of running the rules on the two thousand postings of a cour d'appel's ressort.
    const QByteArray stated = QJsonDocument(posting).toJson(QJsonDocument::Compact);
    const QByteArray authority = authorityId.toUtf8();
    const QByteArray regimeId = regime.toUtf8();
    const QByteArray routes = verifiedDigest(QLatin1StringView("this posting routes to"),
                                             {builtInRoutingData(), regimeId, authority, stated});
    if (m_memory->contains(routes)) {
        return true;
    }
    const QByteArray routesNot = verifiedDigest(QLatin1StringView("this posting does not route to"),
                                                {builtInRoutingData(), regimeId, authority, stated});
    if (m_memory->contains(routesNot)) {
        return false;
    }
    const auto profile = Profile::fromJson(posting);
    const bool routed = profile && routesTo(*profile, authorityId, regime);
    m_memory->insert(routed ? routes : routesNot);
    return routed;
}

Result<QList<Person>> DirectoryView::peopleFollowedBy(const QString& authorityId) const
{
    // The courts none of whose postings reach this authority (for a cour d'appel's premier président, those
    // outside its ressort). A posting there is not followed, without the rules run on it; any other (a court
    // whose postings may reach it, a seat spelt otherwise, no court) is decided by the rules. Found once per
    // session: they depend on the built-in rules and courts alone.
    // Under the store's regime, as its statements state it (lo-2023 sends a head of court's DSP nowhere).
    auto regime = this->regime();
    if (!regime) {
        return regime.error();
    }
    const QString& regimeId = regime->regime;
    const std::pair<QString, QString> key{regimeId, authorityId};
    auto courts = m_notRouting.find(key);
    if (courts == m_notRouting.end()) {
        courts = m_notRouting.emplace(key, courtsNotRoutingTo(authorityId, regimeId)).first;
        saveVerified();
    }
    const QSet<CourtKey>& notRouting = courts->second;
    // The decisions of this session for this authority and regime, by person, and the postings at a court out
    // of reach: looked up on this thread; the others decided on every core, then kept (a refresh of the
    // dashboard decides nothing again).
    QHash<QString, std::pair<qint64, bool>>& decided = m_routes[key];
    auto followed = peopleChosen([this, &authorityId, &regimeId, &notRouting,
                                  &decided](const std::vector<const DirectoryFacts*>& everyone) {
        std::vector<char> chosen(everyone.size(), 0);
        std::vector<size_t> undecided;
        for (size_t i = 0; i < everyone.size(); ++i) {
            const DirectoryFacts& facts = *everyone[i];
            if (facts.posting.isEmpty() || notRouting.contains(facts.court)) {
                continue;
            }
            if (const auto known = decided.constFind(facts.personId);
                known != decided.constEnd() && known->first == facts.since) {
                chosen[i] = known->second;
            } else {
                undecided.push_back(i);
            }
        }
        // Each thread writes its own elements of `chosen`.
        QtConcurrent::blockingMap(undecided, [&](size_t i) {
            chosen[i] = postingRoutesTo(everyone[i]->posting, authorityId, regimeId);
        });
        decided.reserve(decided.size() + qsizetype(undecided.size()));
        for (size_t i : undecided) {
            decided.insert(everyone[i]->personId, {everyone[i]->since, chosen[i] != 0});
        }
        return chosen;
    });
    saveVerified(); // the decisions made on postings this computer had not seen
    return followed;
}

Result<QList<Person>> DirectoryView::peopleWhere(const std::function<bool(const DirectoryFacts&)>& keep) const
{
    // The choice on every core.
    return peopleChosen([&keep](const std::vector<const DirectoryFacts*>& everyone) {
        return QtConcurrent::blockingMapped<std::vector<char>>(
            everyone, [&keep](const DirectoryFacts* facts) { return char(keep(*facts)); });
    });
}

Result<QList<Person>> DirectoryView::peopleChosen(
    const std::function<std::vector<char>(const std::vector<const DirectoryFacts*>&)>& choose) const
{
    auto directory = replayed();
    if (!directory) {
        return directory.error();
    }
    // Everyone found sound before, exactly as now: the replayed facts are the verified ones, read in place
    // (9,000 copies were a tenth of a dashboard's time).
    const bool remembered = (*directory)->rememberedWhole();
    std::vector<DirectoryFacts> verifiedNow;
    if (!remembered) {
        verifiedNow.reserve((*directory)->everyone().size());
        for (const auto& [personId, replayedFacts] : (*directory)->everyone()) {
            auto facts = (*directory)->verified(personId);
            if (!facts) {
                saveVerified();
                return Error{ErrorKind::Integrity,
                             tr("the directory entry of %1 is refused: %2")
                                 .arg(replayedFacts.name, facts.error().message),
                             facts.error().code};
            }
            verifiedNow.push_back(std::move(facts).value());
        }
        (*directory)->rememberWhole();
        saveVerified();
    }
    std::vector<const DirectoryFacts*> everyone;
    everyone.reserve((*directory)->everyone().size());
    if (remembered) {
        for (const auto& [personId, facts] : (*directory)->everyone()) {
            everyone.push_back(&facts);
        }
    } else {
        for (const DirectoryFacts& facts : verifiedNow) {
            everyone.push_back(&facts);
        }
    }
    const std::vector<char> chosen = choose(everyone);
    QStringList kept;
    for (size_t i = 0; i < everyone.size(); ++i) {
        if (chosen[i]) {
            kept << everyone[i]->personId;
        }
    }
    // Their rows: a few hundred per query on SQLite, one query on PostgreSQL.
    auto fetched = fetchForIds(
        m_connection, QStringLiteral("SELECT %1 FROM people WHERE id%IDS%").arg(kPersonColumns), {}, kept);
    if (!fetched) {
        return fetched.error();
    }
    std::map<QString, Person> rows;
    for (const auto& row : *fetched) {
        auto person = personFromRow(row);
        if (!person) {
            return person.error();
        }
        rows.emplace(person->id, std::move(person).value());
    }
    QList<Person> list;
    for (const QString& personId : kept) {
        const auto row = rows.find(personId);
        if (row == rows.end()) {
            qCInfo(lcStore) << "directory row missing:" << personId;
            return Error{ErrorKind::Integrity,
                         tr("the directory entry of %1 is missing from the people table, though the "
                            "administrators' statements name them")
                             .arg((*directory)->everyone().at(personId).name),
                         QString(errors::DirectoryUnbacked)};
        }
        auto checked = backedBy(**directory, row->second);
        if (!checked) {
            return checked.error();
        }
        list << *checked;
    }
    std::sort(list.begin(), list.end(), [](const Person& a, const Person& b) { return a.name < b.name; });
    return list;
}

crypto::Certificate DirectoryView::storedCertificate(const QString& fingerprint) const
{
    auto rows = fetch(m_connection,
                      QStringLiteral("SELECT certificate FROM certificates WHERE fingerprint = ? UNION ALL "
                                     "SELECT certificate FROM trust_anchors WHERE fingerprint = ?"),
                      {fingerprint, fingerprint});
    if (!rows) {
        return {};
    }
    for (const auto& row : *rows) {
        auto certificate = crypto::Certificate::fromData(row.at(0).toByteArray());
        if (certificate && certificateFingerprint(*certificate) == fingerprint) {
            return *certificate;
        }
    }
    return {};
}

Result<const Directory*> DirectoryView::replayed() const
{
    if (m_replayed && m_replayed->lastSequence() > 0) {
        // Still the trail it was replayed from? (A rolled-back transaction, or a row changed since.)
        auto last = fetch(m_connection, QStringLiteral("SELECT hash FROM audit WHERE sequence = ?"),
                          {m_replayed->lastSequence()});
        if (!last) {
            return last.error();
        }
        if (last->empty() || !m_replayed->head() ||
            last->front().at(0).toString() != m_replayed->head()->hash) {
            m_replayed.reset();
        }
    }
    if (!m_replayed) {
        m_replayed = std::make_unique<Directory>(
            [this](const QString& fingerprint) { return storedCertificate(fingerprint); });
        m_replayed->setVerifiedMemory(m_memory.get());
    }
    auto entries = auditEntries(m_connection, statements::all(), m_replayed->lastSequence());
    if (!entries) {
        return entries.error();
    }
    m_replayed->append(*entries);
    return m_replayed.get();
}

Result<Person> DirectoryView::backed(Result<Person> row) const
{
    if (!row) {
        return row;
    }
    auto directory = replayed();
    if (!directory) {
        return directory.error();
    }
    return backedBy(**directory, *row);
}

Result<Person> DirectoryView::backedBy(const Directory& directory, const Person& person) const
{
    auto facts = directory.verified(person.id);
    if (!facts) {
        return Error{ErrorKind::Integrity,
                     tr("the directory entry of %1 is refused: %2").arg(person.name, facts.error().message),
                     facts.error().code};
    }
    QStringList differences;
    if (facts->name != person.name) {
        differences << tr("its name");
    }
    if (facts->role != person.role) {
        differences << tr("its role");
    }
    if (facts->authorityId != person.authorityId) {
        differences << tr("the authority it holds");
    }
    if (facts->fingerprint != fingerprintOf(person.certificate)) {
        differences << tr("its certificate");
    }
    if (facts->removed != !person.removedAt.isNull()) {
        differences << tr("its removal");
    }
    if (facts->posting != (person.profile ? person.profile->posting().toJson() : QJsonObject())) {
        differences << tr("its official posting");
    }
    if (!differences.isEmpty()) {
        qCInfo(lcStore) << "directory row not backed by its statements:" << person.id;
        return Error{
            ErrorKind::Integrity,
            tr("the directory entry of %1 is refused: it differs from what the administrators signed "
               "(%2)")
                .arg(facts->name, differences.join(QStringLiteral(", "))),
            QString(errors::DirectoryUnbacked)};
    }
    return person;
}

Result<bool> DirectoryView::isAdopted() const
{
    auto directory = replayed();
    if (!directory) {
        return directory.error();
    }
    return (*directory)->isAdopted();
}

Result<QString> DirectoryView::storeId() const
{
    auto anchors = trustAnchors();
    if (!anchors) {
        return anchors.error();
    }
    return m_replayed->storeId();
}

Result<StoreRegime> DirectoryView::regime() const
{
    auto directory = replayed();
    if (!directory) {
        return directory.error();
    }
    return (*directory)->regime();
}

Result<QList<crypto::Certificate>> DirectoryView::trustAnchors() const
{
    auto directory = replayed();
    if (!directory) {
        return directory.error();
    }
    return (*directory)->anchors();
}

Status DirectoryView::verify() const
{
    auto directory = replayed();
    if (!directory) {
        return directory.error();
    }
    Status statements = (*directory)->verifyAll();
    saveVerified();
    if (!statements) {
        return statements;
    }
    auto people = this->people();
    if (!people) {
        return people.error();
    }
    // A row that no statement names at all is an intruder too.
    if (qsizetype(people->size()) != qsizetype((*directory)->everyone().size())) {
        return Error{ErrorKind::Integrity, tr("the people table holds rows that no administrator added"),
                     QString(errors::DirectoryUnbacked)};
    }
    return success();
}

Result<Actor> DirectoryView::actorFor(const crypto::Identity& identity) const
{
    if (identity.isNull()) {
        return Error::accessDenied(tr("no identity"), QString(errors::NotInDirectory));
    }
    auto person = personFor(identity.certificate());
    if (!person) {
        return person.error();
    }
    if (!person->removedAt.isNull()) {
        return Error::accessDenied(tr("%1 was removed from the store's directory").arg(person->name),
                                   QString(errors::NotInDirectory));
    }
    return person->actor();
}

Result<crypto::Certificate> DirectoryView::certificateAt(const QString& personId, qint64 sequence) const
{
    auto directory = replayed();
    if (!directory) {
        return directory.error();
    }
    return (*directory)->certificateAt(personId, sequence);
}

Result<std::map<QString, QDate>> DirectoryView::declaredChanges(const QString& personId) const
{
    return personId.isEmpty() ? declaredChangesOf(std::nullopt) : declaredChangesOf(QStringList{personId});
}

Result<std::map<QString, QDate>>
DirectoryView::declaredChangesOf(const std::optional<QStringList>& personIds) const
{
    auto directory = replayed();
    if (!directory) {
        return directory.error();
    }
    // The newest filing of each magistrate, read from the index on (action, actor_id, sequence) alone; and
    // the time of each one's newest declaration (the index on (declarant_id, filed_at)).
    const QString file = QStringLiteral("file");
    Result<Rows> rows = Rows();
    Result<Rows> newestDeclarations = Rows();
    if (!personIds) {
        rows = fetch(m_connection,
                     QStringLiteral("SELECT %1 FROM audit WHERE sequence IN (SELECT MAX(sequence) FROM audit "
                                    "WHERE action = ? GROUP BY actor_id)")
                         .arg(kAuditColumns),
                     {file});
        newestDeclarations = fetch(
            m_connection,
            QStringLiteral("SELECT declarant_id, MAX(filed_at) FROM declarations GROUP BY declarant_id"));
    } else {
        rows = fetchForIds(m_connection,
                           QStringLiteral("SELECT %1 FROM audit WHERE sequence IN (SELECT MAX(sequence) FROM "
                                          "audit WHERE action = ? AND actor_id%IDS% GROUP BY actor_id)")
                               .arg(kAuditColumns),
                           {file}, *personIds);
        newestDeclarations =
            fetchForIds(m_connection,
                        QStringLiteral("SELECT declarant_id, MAX(filed_at) FROM declarations "
                                       "WHERE declarant_id%IDS% GROUP BY declarant_id"),
                        {}, *personIds);
    }
    if (!rows) {
        return rows.error();
    }
    if (!newestDeclarations) {
        return newestDeclarations.error();
    }
    // Each entry verified (its hash, and its signature by the certificate its actor held then), on every
    // core: a directory of the whole judiciary has 9,000 of them. One this client verified before, whose
    // canonical bytes, hash, signature and certificate are byte for byte the same, is not verified again
    // (VerifiedMemory.h): the verdict is a function of exactly those bytes.
    struct Check
    {
        AuditEntry entry;
        QString fingerprint;   // of the certificate its actor held then, as the statements say
        QByteArray verifiedAs; // what a sound verdict is remembered by
        QString problem;
    };
    std::vector<Check> checks;
    checks.reserve(rows->size());
    for (const auto& row : *rows) {
        Check check{entryFromRow(row), {}, {}, {}};
        check.fingerprint = (*directory)->fingerprintAt(check.entry.actorId, check.entry.sequence);
        checks.push_back(std::move(check));
    }
    QtConcurrent::blockingMap(checks, [](Check& check) {
        check.verifiedAs = verifiedDigest(QLatin1StringView("newest filing"),
                                          {check.entry.canonical(), check.entry.hash.toLatin1(),
                                           check.entry.signature, check.fingerprint.toLatin1()});
    });
    std::vector<Check*> toVerify;
    for (Check& check : checks) {
        if (check.fingerprint.isEmpty() || !m_memory->contains(check.verifiedAs)) {
            toVerify.push_back(&check);
        }
    }
    // Their certificates read on the connection's thread, then the signatures verified on every core.
    std::map<QString, crypto::Certificate> certificateOf;
    for (const Check* check : toVerify) {
        if (!certificateOf.count(check->fingerprint)) {
            certificateOf.emplace(check->fingerprint,
                                  (*directory)->certificateAt(check->entry.actorId, check->entry.sequence));
        }
    }
    QtConcurrent::blockingMap(toVerify, [&certificateOf](Check* check) {
        check->problem = auditEntryProblem(check->entry, certificateOf.at(check->fingerprint));
    });
    for (const Check& check : checks) {
        const AuditEntry& entry = check.entry;
        const QString& problem = check.problem;
        if (!problem.isEmpty()) {
            qCInfo(lcStore) << "filing entry not as signed:" << entry.sequence;
            return Error{
                ErrorKind::Integrity,
                tr("audit entry %1, the newest filing of a magistrate, is not what its signer signed "
                   "(%2)")
                    .arg(entry.sequence)
                    .arg(problem),
                QString(errors::AuditBroken)};
        }
    }
    // Each filing has its "file" entry, by its declarant, written after its filing time (audit verify's
    // cross-check): a declaration filed after the newest entry found means that entry is not the newest,
    // and its date not the one declared last. (An entry deleted, or moved to another actor by hand.)
    std::map<QString, const AuditEntry*> newestEntryOf;
    for (const Check& check : checks) {
        newestEntryOf[check.entry.actorId] = &check.entry;
    }
    for (const auto& row : *newestDeclarations) {
        const QString declarantId = row.at(0).toString();
        const QDateTime filedAt = parseTimestamp(row.at(1).toString());
        const auto newest = newestEntryOf.find(declarantId);
        if (newest == newestEntryOf.end() || (filedAt.isValid() && filedAt > newest->second->at)) {
            qCInfo(lcStore) << "newest filing entry missing:" << declarantId;
            return Error{ErrorKind::Integrity,
                         tr("the newest declaration of %1, filed at %2, has no \"file\" entry of theirs in "
                            "the audit trail from that time on: its entry was removed or changed")
                             .arg(declarantId, row.at(1).toString()),
                         QString(errors::AuditBroken)};
        }
    }
    std::map<QString, QDate> changes;
    for (const Check& check : checks) {
        const AuditEntry& entry = check.entry;
        m_memory->insert(check.verifiedAs);
        const QDate changedOn =
            QDate::fromString(entry.details.value(QStringLiteral("changed-on")).toString(), Qt::ISODate);
        if (changedOn.isValid()) {
            changes.emplace(entry.actorId, changedOn);
        }
    }
    saveVerified();
    return changes;
}

Result<QList<Person>> DirectoryView::withDeclaredChanges(QList<Person> people) const
{
    // A few people: theirs alone; many: everyone's, in one read of the index.
    constexpr qsizetype kFewPeople = 1000;
    std::optional<QStringList> ids;
    if (people.size() <= kFewPeople) {
        ids.emplace();
        for (const Person& person : people) {
            ids->append(person.id);
        }
    }
    auto changes = declaredChangesOf(ids);
    if (!changes) {
        return changes.error();
    }
    for (Person& person : people) {
        const auto change = changes->find(person.id);
        person.declaredChangeOn = change == changes->end() ? QDate() : change->second;
    }
    return people;
}

Result<Person> DirectoryView::withDeclaredChange(Person person) const
{
    auto changes = declaredChanges(person.id);
    if (!changes) {
        return changes.error();
    }
    const auto change = changes->find(person.id);
    person.declaredChangeOn = change == changes->end() ? QDate() : change->second;
    return person;
}

Status DirectoryView::checkFormerIdentity(const Person& person, const crypto::Identity& former) const
{
    auto directory = replayed();
    if (!directory) {
        return directory.error();
    }
    const QString fingerprint = former.isNull() ? QString() : fingerprintOf(former.certificate());
    bool held = false;
    for (const auto& [from, certificate] : (*directory)->certificatesHeld(person.id)) {
        held = held || (!fingerprint.isEmpty() && certificate == fingerprint);
    }
    if (!held || fingerprint == fingerprintOf(person.certificate)) {
        return Error::accessDenied(
            tr("this former identity is not a certificate the directory says %1 held before the current one")
                .arg(person.name),
            QString(errors::Denied));
    }
    return success();
}

} // namespace probitas::store
