// Every change to the directory, each an administrator's signed statement.
#include "DirectoryAdministration.h"

#include "AuditActions.h"
#include "Clock.h"
#include "Obligations.h"
#include "ServerSetup.h"
#include "Signature.h"
#include "StoreSql.h"

#include <QJsonDocument>

namespace probitas::store {

using namespace sql;

DirectoryAdministration::DirectoryAdministration(const Connection& connection, const DirectoryView& directory,
                                                 const AuditTrail& audit)
    : m_connection(connection)
    , m_directory(directory)
    , m_audit(audit)
{}

Result<Actor> DirectoryAdministration::administrator(const crypto::Identity& identity,
                                                     StoreAction action) const
{
    auto actor = m_directory.actorFor(identity);
    if (!actor) {
        return actor.error();
    }
    if (!decideStore(*actor, action)) {
        return Error::accessDenied(tr("only an administrator changes the directory"),
                                   QString(errors::Denied));
    }
    return actor;
}

Result<DirectoryAdministration::Change>
DirectoryAdministration::change(const crypto::Identity& admin, const QString& name, StoreAction action) const
{
    auto actor = administrator(admin, action);
    if (!actor) {
        return actor.error();
    }
    auto person = m_directory.personByName(name);
    if (!person) {
        return person.error();
    }
    if (!person->removedAt.isNull()) {
        return Error{ErrorKind::Invalid, tr("%1 was removed from the directory").arg(name),
                     QString(errors::WrongState)};
    }
    return Change{*actor, *person};
}

Result<QJsonArray> DirectoryAdministration::storeAnchors(const QList<crypto::Certificate>& anchors)
{
    QJsonArray fingerprints;
    for (const crypto::Certificate& anchor : anchors) {
        fingerprints.append(fingerprintOf(anchor));
        if (auto inserted = m_connection.exec(
                QStringLiteral("INSERT INTO trust_anchors (fingerprint, certificate) VALUES (?, ?)"),
                {fingerprintOf(anchor), anchor.toDer()});
            !inserted) {
            return inserted.error();
        }
    }
    return fingerprints;
}

Status DirectoryAdministration::checkNewCertificate(const crypto::Certificate& certificate,
                                                    const QList<crypto::Certificate>& anchors,
                                                    const QString& name) const
{
    if (certificate.isNull()) {
        return Error::unusable(tr("a person needs a name and a certificate"));
    }
    // Issued by the organisation, valid today, allowed to sign: what every later use of it will check.
    if (Status issued = crypto::Signature::verifySigner(certificate, anchors, Clock::nowUtc()); !issued) {
        return Error{ErrorKind::Integrity,
                     tr("the certificate of %1 is not one the store's trust anchors issued, valid today and "
                        "allowed to sign: %2")
                         .arg(name, issued.error().message),
                     QString(errors::DirectoryUnbacked)};
    }
    return success();
}

Status DirectoryAdministration::appendStatement(const Actor& actor, const crypto::Identity& identity,
                                                const QString& action, QJsonObject details) const
{
    auto directory = m_directory.replayed();
    if (!directory) {
        return directory.error();
    }
    details.insert(QStringLiteral("previous_statement"), (*directory)->lastStatementHash());
    if (Status audited = m_audit.append(actor, identity, action, {}, details); !audited) {
        return audited;
    }
    // Replay it at once: the next statement of this transaction links to it.
    if (auto replayed = m_directory.replayed(); !replayed) {
        return replayed.error();
    }
    return success();
}

Result<QString> DirectoryAdministration::knownRegime(const QString& regime)
{
    const ObligationRules& rules = ObligationRules::builtIn();
    if (regime.isEmpty()) {
        return rules.defaultRegime();
    }
    if (!rules.hasRegime(regime)) {
        QStringList known;
        for (const Regime& candidate : rules.regimes()) {
            known << candidate.id;
        }
        return Error::unusable(
            tr("unknown regime \"%1\" (known: %2)").arg(regime, known.join(QStringLiteral(", "))));
    }
    return regime;
}

Result<Person> DirectoryAdministration::initialise(const crypto::Identity& administrator, const QString& name,
                                                   const QList<crypto::Certificate>& anchors,
                                                   const QString& regime)
{
    auto storeRegime = knownRegime(regime);
    if (!storeRegime) {
        return storeRegime.error();
    }
    if (name.trimmed().isEmpty() || administrator.isNull()) {
        return Error::unusable(tr("a person needs a name and a certificate"));
    }
    if (anchors.isEmpty()) {
        return Error::unusable(
            tr("the store needs the organisation's CA certificate as its trust anchor (the "
               "administrator's identity carries none: give it with --ca)"));
    }
    const crypto::Certificate certificate = administrator.certificate();
    if (Status valid = checkNewCertificate(certificate, anchors, name); !valid) {
        return valid.error();
    }
    Transaction transaction(m_connection);
    if (Status begun = transaction.begin(); !begun) {
        return begun.error();
    }
    auto count = fetch(m_connection, QStringLiteral("SELECT (SELECT COUNT(*) FROM people) + (SELECT COUNT(*) "
                                                    "FROM audit)"));
    if (!count) {
        return count.error();
    }
    if (count->front().at(0).toLongLong() != 0) {
        return Error{ErrorKind::Invalid, tr("this store already has its administrator"),
                     QString(errors::WrongState)};
    }
    Person person{newId(), name, Role::Admin, {}, certificate, std::nullopt, {}, {}};
    auto anchorFingerprints = storeAnchors(anchors);
    if (!anchorFingerprints) {
        return anchorFingerprints.error();
    }
    if (auto inserted = m_connection.exec(
            QStringLiteral(
                "INSERT INTO people (id, name, role, authority_id, fingerprint, certificate, profile) "
                "VALUES (?, ?, ?, NULL, ?, ?, '')"),
            {person.id, name, roleId(Role::Admin), fingerprintOf(certificate), certificate.toDer()});
        !inserted) {
        return inserted.error();
    }
    if (m_connection.serverEnforced()) {
        // The login set up for the first administrator becomes theirs before they write anything else.
        if (Status claimed = server::claimLogin(m_connection, person.id); !claimed) {
            return claimed.error();
        }
    }
    if (auto inserted = m_connection.exec(
            QStringLiteral("INSERT INTO certificates (fingerprint, person_id, certificate) VALUES (?, ?, ?)"),
            {fingerprintOf(certificate), person.id, certificate.toDer()});
        !inserted) {
        return inserted.error();
    }
    if (Status stated =
            appendStatement(person.actor(), administrator, statements::Anchor,
                            {{QStringLiteral("store"), newId()},
                             {QStringLiteral("anchors"), *anchorFingerprints},
                             {QStringLiteral("regime"), *storeRegime},
                             {QStringLiteral("administrator"),
                              QJsonObject{{QStringLiteral("person"), person.id},
                                          {QStringLiteral("name"), name},
                                          {QStringLiteral("fingerprint"), fingerprintOf(certificate)}}}});
        !stated) {
        return stated.error();
    }
    if (Status committed = transaction.commit(); !committed) {
        return committed.error();
    }
    return person;
}

Result<StoreRegime> DirectoryAdministration::setRegime(const crypto::Identity& admin, const QString& regime)
{
    if (regime.isEmpty()) {
        return Error::unusable(tr("no regime given"));
    }
    auto known = knownRegime(regime);
    if (!known) {
        return known.error();
    }
    Transaction transaction(m_connection);
    if (Status begun = transaction.begin(); !begun) {
        return begun.error();
    }
    auto actor = administrator(admin, StoreAction::SetRegime);
    if (!actor) {
        return actor.error();
    }
    auto storeId = m_directory.storeId();
    if (!storeId) {
        return storeId.error();
    }
    auto inForce = m_directory.regime();
    if (!inForce) {
        return inForce.error();
    }
    if (inForce->regime == regime) {
        return Error{ErrorKind::Invalid, tr("the store's regime is already %1").arg(regime),
                     QString(errors::WrongState)};
    }
    // The anchor statement again: the store's id, no anchor added, the regime and the one it replaces.
    if (Status stated = appendStatement(*actor, admin, statements::Anchor,
                                        {{QStringLiteral("store"), *storeId},
                                         {QStringLiteral("anchors"), QJsonArray()},
                                         {QStringLiteral("regime"), regime},
                                         {QStringLiteral("from"), inForce->regime}});
        !stated) {
        return stated.error();
    }
    auto changed = m_directory.regime();
    if (!changed) {
        return changed.error();
    }
    if (Status committed = transaction.commit(); !committed) {
        return committed.error();
    }
    return changed;
}

Result<Person> DirectoryAdministration::addPerson(const crypto::Identity& addedBy, const QString& name,
                                                  Role role, const QString& authorityId,
                                                  const crypto::Certificate& certificate,
                                                  const std::optional<Profile>& profile, const QString& login)
{
    if (name.trimmed().isEmpty() || certificate.isNull()) {
        return Error::unusable(tr("a person needs a name and a certificate"));
    }
    if (role == Role::Authority && authorityId.isEmpty()) {
        return Error::unusable(tr("an authority needs the authority id it holds"));
    }
    if (addedBy.isNull()) {
        return Error::accessDenied(tr("no identity"), QString(errors::NotInDirectory));
    }
    {
        auto count = fetch(m_connection, QStringLiteral("SELECT COUNT(*) FROM people"));
        if (!count) {
            return count.error();
        }
        if (count->front().at(0).toLongLong() == 0) {
            // A new store: its first person is its administrator, adding themselves.
            if (role != Role::Admin || !(certificate == addedBy.certificate())) {
                return Error::invalid(tr("the first person of a store is its administrator, who adds "
                                         "themselves with their own identity"));
            }
            return initialise(addedBy, name, addedBy.caCertificates());
        }
    }
    const std::optional<Profile> posting =
        profile ? std::optional<Profile>(profile->posting()) : std::optional<Profile>();
    Person person{newId(),     name,    role, role == Role::Authority ? authorityId : QString(),
                  certificate, posting, {},   {}};
    Transaction transaction(m_connection);
    if (Status begun = transaction.begin(); !begun) {
        return begun.error();
    }
    auto actor = administrator(addedBy, StoreAction::AddPerson);
    if (!actor) {
        return actor.error();
    }
    auto anchors = m_directory.trustAnchors();
    if (!anchors) {
        return anchors.error();
    }
    if (Status valid = checkNewCertificate(certificate, *anchors, name); !valid) {
        return valid.error();
    }
    auto inserted = m_connection.exec(
        QStringLiteral("INSERT INTO people (id, name, role, authority_id, fingerprint, certificate, profile) "
                       "VALUES (?, ?, ?, ?, ?, ?, ?)"),
        {person.id, name, roleId(role),
         person.authorityId.isEmpty() ? QVariant(QMetaType(QMetaType::QString))
                                      : QVariant(person.authorityId),
         fingerprintOf(certificate), certificate.toDer(),
         posting ? QString::fromUtf8(compact(posting->toJson())) : QString()});
    if (!inserted && inserted.error().kind == ErrorKind::AccessDenied) {
        return inserted.error();
    }
    if (!inserted ||
        !m_connection
             .exec(QStringLiteral(
                       "INSERT INTO certificates (fingerprint, person_id, certificate) VALUES (?, ?, ?)"),
                   {fingerprintOf(certificate), person.id, certificate.toDer()})
             .ok()) {
        return Error::invalid(
            tr("cannot add %1 to the directory: the name, the certificate or the authority id "
               "is already there")
                .arg(name));
    }
    QJsonObject added{{QStringLiteral("person"), person.id},
                      {QStringLiteral("name"), name},
                      {QStringLiteral("role"), roleId(role)},
                      {QStringLiteral("authority"), person.authorityId},
                      {QStringLiteral("fingerprint"), fingerprintOf(certificate)}};
    if (posting) {
        added.insert(QStringLiteral("posting"), posting->toJson());
    }
    if (Status stated = appendStatement(*actor, addedBy, statements::Add, added); !stated) {
        return stated.error();
    }
    if (m_connection.serverEnforced()) {
        // Their own login on a server store, in the group of their role (docs/deployment.md).
        if (Status enrolled =
                server::enrol(m_connection, login.isEmpty() ? server::defaultLogin(name) : login, person.id);
            !enrolled) {
            return enrolled.error();
        }
    }
    if (Status committed = transaction.commit(); !committed) {
        return committed.error();
    }
    return person;
}

Result<Person> DirectoryAdministration::renewCertificate(const crypto::Identity& admin, const QString& name,
                                                         const crypto::Certificate& certificate)
{
    Transaction transaction(m_connection);
    if (Status begun = transaction.begin(); !begun) {
        return begun.error();
    }
    auto change = this->change(admin, name, StoreAction::RenewCertificate);
    if (!change) {
        return change.error();
    }
    Person& person = change.value().person;
    const Actor& actor = change->administrator;
    if (certificate == person.certificate) {
        return Error::invalid(tr("%1 already holds this certificate").arg(name));
    }
    auto anchors = m_directory.trustAnchors();
    if (!anchors) {
        return anchors.error();
    }
    if (Status valid = checkNewCertificate(certificate, *anchors, name); !valid) {
        return valid.error();
    }
    const QString fingerprint = fingerprintOf(certificate);
    if (!m_connection
             .exec(QStringLiteral(
                       "INSERT INTO certificates (fingerprint, person_id, certificate) VALUES (?, ?, ?)"),
                   {fingerprint, person.id, certificate.toDer()})
             .ok() ||
        !m_connection
             .exec(QStringLiteral("UPDATE people SET fingerprint = ?, certificate = ? WHERE id = ?"),
                   {fingerprint, certificate.toDer(), person.id})
             .ok()) {
        return Error::invalid(tr("cannot renew the certificate of %1: that certificate is already in the "
                                 "directory")
                                  .arg(name));
    }
    if (Status stated =
            appendStatement(actor, admin, statements::Renew,
                            {{QStringLiteral("person"), person.id},
                             {QStringLiteral("fingerprint"), fingerprint},
                             {QStringLiteral("previous_fingerprint"), fingerprintOf(person.certificate)}});
        !stated) {
        return stated.error();
    }
    if (Status committed = transaction.commit(); !committed) {
        return committed.error();
    }
    person.certificate = certificate;
    return person;
}

Result<Person> DirectoryAdministration::removePerson(const crypto::Identity& admin, const QString& name)
{
    Transaction transaction(m_connection);
    if (Status begun = transaction.begin(); !begun) {
        return begun.error();
    }
    auto change = this->change(admin, name, StoreAction::RemovePerson);
    if (!change) {
        return change.error();
    }
    Person& person = change.value().person;
    const Actor& actor = change->administrator;
    if (person.role == Role::Admin) {
        auto admins = fetch(m_connection,
                            QStringLiteral("SELECT COUNT(*) FROM people WHERE role = ? AND "
                                           "removed_at IS NULL"),
                            {roleId(Role::Admin)});
        if (!admins) {
            return admins.error();
        }
        if (admins->front().at(0).toLongLong() <= 1) {
            return Error{
                ErrorKind::Invalid,
                tr("%1 is the store's last administrator: add another one before removing them").arg(name),
                QString(errors::WrongState)};
        }
    }
    auto at = writeTime(m_connection);
    if (!at) {
        return at.error();
    }
    const QString now = timestamp(*at);
    if (auto updated = m_connection.exec(
            QStringLiteral("UPDATE people SET removed_at = ?, authority_id = NULL WHERE id = ?"),
            {now, person.id});
        !updated) {
        return updated.error();
    }
    if (Status stated =
            appendStatement(actor, admin, statements::Remove, {{QStringLiteral("person"), person.id}});
        !stated) {
        return stated.error();
    }
    if (m_connection.serverEnforced()) {
        if (Status revoked = server::revoke(m_connection, person.id); !revoked) {
            return revoked.error();
        }
    }
    if (Status committed = transaction.commit(); !committed) {
        return committed.error();
    }
    person.removedAt = parseTimestamp(now);
    person.authorityId.clear();
    return person;
}

Result<QList<Person>> DirectoryAdministration::adoptDirectory(const crypto::Identity& admin,
                                                              const QList<crypto::Certificate>& anchors)
{
    if (anchors.isEmpty()) {
        return Error::unusable(
            tr("the store needs the organisation's CA certificate as its trust anchor (the "
               "administrator's identity carries none: give it with --ca)"));
    }
    Transaction transaction(m_connection);
    if (Status begun = transaction.begin(); !begun) {
        return begun.error();
    }
    auto directory = m_directory.replayed();
    if (!directory) {
        return directory.error();
    }
    if ((*directory)->isAdopted()) {
        return Error{ErrorKind::Invalid, tr("this store's directory is already signed"),
                     QString(errors::WrongState)};
    }
    auto people = m_directory.peopleAsStored();
    if (!people) {
        return people.error();
    }
    const auto adopter = std::find_if(people->begin(), people->end(), [&admin](const Person& person) {
        return person.certificate == admin.certificate() && person.removedAt.isNull();
    });
    if (adopter == people->end() || !decideStore(adopter->actor(), StoreAction::AdoptDirectory)) {
        return Error::accessDenied(tr("only an administrator in the directory adopts it"),
                                   QString(errors::Denied));
    }
    for (const Person& person : *people) {
        if (Status valid = checkNewCertificate(person.certificate, anchors, person.name); !valid) {
            return valid.error();
        }
    }
    auto anchorFingerprints = storeAnchors(anchors);
    if (!anchorFingerprints) {
        return anchorFingerprints.error();
    }
    if (Status stated = appendStatement(
            adopter->actor(), admin, statements::Anchor,
            {{QStringLiteral("store"), newId()},
             {QStringLiteral("anchors"), *anchorFingerprints},
             {QStringLiteral("adopted"), true},
             // Stated, so that a later default of Probitas does not change how this store routes.
             {QStringLiteral("regime"), ObligationRules::builtIn().defaultRegime()},
             {QStringLiteral("administrator"),
              QJsonObject{{QStringLiteral("person"), adopter->id},
                          {QStringLiteral("name"), adopter->name},
                          {QStringLiteral("fingerprint"), fingerprintOf(adopter->certificate)}}}});
        !stated) {
        return stated.error();
    }
    auto declared = m_directory.declaredPostings();
    if (!declared) {
        return declared.error();
    }
    QList<Person> vouched{*adopter};
    for (Person person : *people) {
        if (person.id == adopter->id || !person.removedAt.isNull()) {
            continue;
        }
        QJsonObject added{{QStringLiteral("person"), person.id},
                          {QStringLiteral("name"), person.name},
                          {QStringLiteral("role"), roleId(person.role)},
                          {QStringLiteral("authority"), person.authorityId},
                          {QStringLiteral("fingerprint"), fingerprintOf(person.certificate)},
                          {QStringLiteral("adopted"), true}};
        // The situation they last declared becomes their official posting, listed in the prompt.
        if (const auto found = declared->find(person.id); found != declared->end()) {
            person.profile = found->second;
            added.insert(QStringLiteral("posting"), found->second.toJson());
            if (auto updated =
                    m_connection.exec(QStringLiteral("UPDATE people SET profile = ? WHERE id = ?"),
                                      {QString::fromUtf8(compact(found->second.toJson())), person.id});
                !updated) {
                return updated.error();
            }
        }
        if (Status stated = appendStatement(adopter->actor(), admin, statements::Add, added); !stated) {
            return stated.error();
        }
        vouched << person;
    }
    if (Status committed = transaction.commit(); !committed) {
        return committed.error();
    }
    return vouched;
}

} // namespace probitas::store
