// The directory as the store reads it: statements replayed, rows checked against them.
#include "DirectoryView.h"

#include "Digest.h"
#include "Signature.h"
#include "StoreSql.h"

#include <QJsonDocument>
#include <QtConcurrent/QtConcurrentMap>

namespace probitas::store {

using namespace sql;

DirectoryView::DirectoryView(const Connection& connection)
    : m_connection(connection)
{}

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
    for (const Person& person : *list) {
        auto checked = backedBy(**directory, person);
        if (!checked) {
            return checked.error();
        }
    }
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
    if (Status statements = (*directory)->verifyAll(); !statements) {
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
    auto directory = replayed();
    if (!directory) {
        return directory.error();
    }
    // The newest filing of each magistrate (the index on (action, sequence) serves the inner query).
    QString newest = QStringLiteral("SELECT MAX(sequence) FROM audit WHERE action = ?");
    QVariantList values{QStringLiteral("file")};
    if (!personId.isEmpty()) {
        newest += QStringLiteral(" AND actor_id = ?");
        values << personId;
    }
    newest += QStringLiteral(" GROUP BY actor_id");
    auto rows = fetch(
        m_connection,
        QStringLiteral("SELECT %1 FROM audit WHERE sequence IN (%2)").arg(kAuditColumns, newest), values);
    if (!rows) {
        return rows.error();
    }
    // Each entry verified (its hash, and its signature by the certificate its actor held then), on every
    // core: a directory of the whole judiciary has 9,000 of them. An entry verified before by this view,
    // whose canonical bytes, hash, signature and certificate are byte for byte the same, is not verified
    // again: the verdict is a function of exactly those bytes.
    struct Check
    {
        AuditEntry entry;
        crypto::Certificate certificate;
        QByteArray verifiedAs; // what a sound verdict is remembered by
        QString problem;
    };
    std::vector<Check> checks;
    checks.reserve(rows->size());
    for (const auto& row : *rows) {
        Check check{entryFromRow(row), {}, {}, {}};
        check.certificate = (*directory)->certificateAt(check.entry.actorId, check.entry.sequence);
        checks.push_back(std::move(check));
    }
    QtConcurrent::blockingMap(checks, [this](Check& check) {
        // Each part hashed on its own: no other split of the same bytes can match.
        check.verifiedAs = crypto::sha256(
            crypto::sha256(check.entry.canonical()) + crypto::sha256(check.entry.hash.toLatin1()) +
            crypto::sha256(check.entry.signature) + crypto::sha256(check.certificate.toDer()));
        if (!isVerifiedFiling(check.entry.sequence, check.verifiedAs)) {
            check.problem = auditEntryProblem(check.entry, check.certificate);
        }
    });
    std::map<QString, QDate> changes;
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
        rememberVerifiedFiling(entry.sequence, check.verifiedAs);
        const QDate changedOn =
            QDate::fromString(entry.details.value(QStringLiteral("changed-on")).toString(), Qt::ISODate);
        if (changedOn.isValid()) {
            changes.emplace(entry.actorId, changedOn);
        }
    }
    return changes;
}

bool DirectoryView::isVerifiedFiling(qint64 sequence, const QByteArray& verifiedAs) const
{
    std::lock_guard lock(m_verifiedFilingsMutex);
    const auto found = m_verifiedFilings.find(sequence);
    return found != m_verifiedFilings.end() && found->second == verifiedAs;
}

void DirectoryView::rememberVerifiedFiling(qint64 sequence, const QByteArray& verifiedAs) const
{
    std::lock_guard lock(m_verifiedFilingsMutex);
    m_verifiedFilings[sequence] = verifiedAs;
}

Result<QList<Person>> DirectoryView::withDeclaredChanges(QList<Person> people) const
{
    auto changes = declaredChanges();
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
