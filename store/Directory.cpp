#include "Directory.h"

#include "Clock.h"
#include "Digest.h"
#include "Obligations.h"
#include "Signature.h"
#include "VerifiedMemory.h"

#include <QJsonArray>
#include <QtConcurrent/QtConcurrentMap>
#include <QtEndian>
#include <algorithm>

namespace probitas::store {

namespace statements {

bool isStatement(const QString& action)
{
    return action == Anchor || action == Add || action == Renew || action == Remove || action == Posting;
}

QStringList all()
{
    return {Anchor, Add, Renew, Remove, Posting};
}

} // namespace statements

QString certificateFingerprint(const crypto::Certificate& certificate)
{
    return QString::fromLatin1(certificate.sha256Fingerprint().toHex());
}

namespace {

const QString kPreviousStatement = QStringLiteral("previous_statement");

QString text(const QJsonObject& object, const char* key)
{
    return object.value(QLatin1String(key)).toString();
}

std::pair<QString, QString> postedCourt(const QJsonObject& posting)
{
    const QJsonObject court = posting.value(QLatin1String("court")).toObject();
    return {text(court, "type"), text(court, "seat")};
}

} // namespace

Directory::Directory(CertificateSource certificates)
    : m_certificateSource(std::move(certificates))
    , m_lastStatementHash(auditGenesisHash())
{}

Error Directory::unbacked(const QString& message) const
{
    return Error{ErrorKind::Integrity, message, QString(errors::DirectoryUnbacked)};
}

void Directory::append(const std::vector<AuditEntry>& entries)
{
    for (const AuditEntry& entry : entries) {
        if (entry.sequence <= m_lastSequence) {
            continue;
        }
        m_lastSequence = entry.sequence;
        if (!statements::isStatement(entry.action)) {
            continue;
        }
        Statement statement;
        statement.entry = entry;
        replay(statement);
        // Statements older than the store's anchor were written by an earlier Probitas and carry no link;
        // the anchor's administrator restated everyone after it, so they count for nothing (their
        // certificates stay known for the entries their authors signed).
        if (statement.problem == QLatin1String("legacy")) {
            continue;
        }
        const size_t index = m_statements.size();
        m_statements.push_back(std::move(statement));
        if (!m_statements.back().person.isEmpty()) {
            m_about[m_statements.back().person].push_back(index);
        }
        if (m_statements.back().entry.action == statements::Anchor) {
            m_anchorStatements.push_back(index);
        }
    }
}

void Directory::replay(Statement& statement)
{
    const AuditEntry& entry = statement.entry;
    const QJsonObject& details = entry.details;
    const QString sequence = QString::number(entry.sequence);
    const bool anchor = entry.action == statements::Anchor;
    const bool linked = details.contains(kPreviousStatement);
    if (!m_firstAnchor && !anchor && !linked) {
        // Written before this store was adopted: remember the certificate it names, nothing else.
        statement.problem = QStringLiteral("legacy");
        const QString person = text(details, "person");
        const QString fingerprint = text(details, "fingerprint");
        if (entry.action == statements::Add && !person.isEmpty() && !fingerprint.isEmpty() &&
            !m_certificatesHeld.count(person)) {
            m_certificatesHeld[person].push_back({0, fingerprint});
        }
        return;
    }
    const auto fail = [&statement](const QString& problem) {
        if (statement.problem.isEmpty()) {
            statement.problem = problem;
        }
    };
    // A changed or missing statement puts the whole directory in doubt (a removal hidden, a renewal
    // undone): everyone is refused until someone has looked (`audit verify` names it).
    if (entry.hash != auditHash(entry.canonical())) {
        fail(tr("directory statement %1 was changed after it was signed").arg(sequence));
    }
    if (text(details, "previous_statement") != m_lastStatementHash) {
        fail(tr("directory statement %1 does not follow the statement before it: a statement was removed, "
                "changed or reordered")
                 .arg(sequence));
    }
    if (!statement.problem.isEmpty() && m_broken.isEmpty()) {
        m_broken = statement.problem;
    }
    m_lastStatementHash = entry.hash;
    statement.anchorsInForce = static_cast<size_t>(m_anchorFingerprints.size());

    // The store's regime, stated by an anchor statement: a known regime id, and for a change the one it
    // replaces. What is wrong with it concerns the regime alone (regime() refuses it); the statement's
    // signature and signer are checked as every anchor statement's are.
    const auto stateRegime = [&]() {
        if (!anchor || !details.contains(QLatin1String("regime"))) {
            return;
        }
        const QString regime = text(details, "regime");
        const ObligationRules& rules = ObligationRules::builtIn();
        const QString inForce = m_regimeStatement ? m_regime : rules.defaultRegime();
        m_regimeStatement = m_statements.size();
        m_regime = regime;
        m_regimeProblem.clear();
        if (!rules.hasRegime(regime)) {
            m_regimeProblem =
                tr("directory statement %1 states the regime \"%2\", which this Probitas does not know")
                    .arg(sequence, regime);
        } else if (m_firstAnchor && text(details, "from") != inForce) {
            m_regimeProblem = tr("directory statement %1 changes the regime from \"%2\", but the regime in "
                                 "force was \"%3\"")
                                  .arg(sequence, text(details, "from"), inForce);
        }
    };

    if (anchor && !m_firstAnchor) {
        // The store's first statement: its id, its trust anchors and its first administrator, who signs it.
        const QJsonObject administrator = details.value(QLatin1String("administrator")).toObject();
        statement.person = text(administrator, "person");
        const QString fingerprint = text(administrator, "fingerprint");
        if (statement.person.isEmpty() || fingerprint.isEmpty() || text(details, "store").isEmpty() ||
            entry.actorId != statement.person) {
            fail(tr("directory statement %1 does not state the store, its anchors and its administrator, "
                    "signed by that administrator")
                     .arg(sequence));
        }
        m_storeId = text(details, "store");
        for (const QJsonValue& value : details.value(QLatin1String("anchors")).toArray()) {
            m_anchorFingerprints << value.toString();
        }
        statement.anchorsInForce = static_cast<size_t>(m_anchorFingerprints.size());
        statement.signerFingerprint = fingerprint;
        m_current[statement.person] = DirectoryFacts{statement.person,
                                                     text(administrator, "name"),
                                                     Role::Admin,
                                                     {},
                                                     fingerprint,
                                                     false,
                                                     {},
                                                     entry.sequence,
                                                     {}};
        m_certificatesHeld[statement.person] = {{entry.sequence, fingerprint}};
        stateRegime();
        m_firstAnchor = m_statements.size();
        return;
    }
    if (!m_firstAnchor) {
        fail(tr("directory statement %1 comes before the store's anchor statement").arg(sequence));
        return;
    }

    // Everything after the anchor is signed by someone who was an administrator at that point.
    const auto signer = m_current.find(entry.actorId);
    if (signer == m_current.end() || signer->second.role != Role::Admin || signer->second.removed) {
        fail(tr("directory statement %1 is signed by %2, who was not an administrator of this store then")
                 .arg(sequence, signer == m_current.end() ? entry.actorId : signer->second.name));
    } else {
        statement.signerFingerprint = signer->second.fingerprint;
        statement.backing = m_about[entry.actorId];
    }

    if (anchor) {
        if (text(details, "store") != m_storeId) {
            fail(tr("directory statement %1 names another store").arg(sequence));
        }
        for (const QJsonValue& value : details.value(QLatin1String("anchors")).toArray()) {
            m_anchorFingerprints << value.toString();
        }
        stateRegime();
        return;
    }

    statement.person = text(details, "person");
    const auto current = m_current.find(statement.person);
    if (entry.action == statements::Add) {
        const auto role = roleFromId(text(details, "role"));
        const QString fingerprint = text(details, "fingerprint");
        if (statement.person.isEmpty() || !role || fingerprint.isEmpty() || text(details, "name").isEmpty()) {
            fail(tr("directory statement %1 does not state a person's name, role and certificate")
                     .arg(sequence));
            return;
        }
        if (current != m_current.end()) {
            fail(tr("directory statement %1 adds %2 a second time").arg(sequence, current->second.name));
            return;
        }
        const QJsonObject posting = details.value(QLatin1String("posting")).toObject();
        m_current[statement.person] =
            DirectoryFacts{statement.person,
                           text(details, "name"),
                           *role,
                           *role == Role::Authority ? text(details, "authority") : QString(),
                           fingerprint,
                           false,
                           posting,
                           entry.sequence,
                           postedCourt(posting)};
        m_certificatesHeld[statement.person].push_back({entry.sequence, fingerprint});
        return;
    }
    if (current == m_current.end() || current->second.removed) {
        fail(tr("directory statement %1 is about %2, who is not in the directory then")
                 .arg(sequence, statement.person));
        return;
    }
    if (entry.action == statements::Renew) {
        const QString fingerprint = text(details, "fingerprint");
        if (fingerprint.isEmpty()) {
            fail(tr("directory statement %1 renews no certificate").arg(sequence));
            return;
        }
        current->second.fingerprint = fingerprint;
        current->second.since = entry.sequence;
        m_certificatesHeld[statement.person].push_back({entry.sequence, fingerprint});
    } else if (entry.action == statements::Posting) {
        const QJsonObject posting = details.value(QLatin1String("posting")).toObject();
        if (posting.isEmpty()) {
            fail(tr("directory statement %1 states no posting").arg(sequence));
            return;
        }
        current->second.posting = posting;
        current->second.court = postedCourt(posting);
        current->second.since = entry.sequence;
    } else { // Remove
        current->second.removed = true;
        current->second.authorityId.clear();
        current->second.since = entry.sequence;
    }
}

std::optional<AuditAnchor> Directory::head() const
{
    if (m_statements.empty()) {
        return std::nullopt;
    }
    return AuditAnchor{m_statements.back().entry.sequence, m_statements.back().entry.hash};
}

bool Directory::hasStatement(const AuditAnchor& statement) const
{
    return std::any_of(m_statements.begin(), m_statements.end(), [&statement](const Statement& candidate) {
        return candidate.entry.sequence == statement.sequence && candidate.entry.hash == statement.hash;
    });
}

crypto::Certificate Directory::certificate(const QString& fingerprint) const
{
    if (auto cached = m_certificates.find(fingerprint); cached != m_certificates.end()) {
        return cached->second;
    }
    crypto::Certificate found =
        m_certificateSource ? m_certificateSource(fingerprint) : crypto::Certificate();
    if (!found.isNull() && certificateFingerprint(found) != fingerprint) {
        found = {}; // a table row whose certificate is not the one its key names
    }
    m_certificates.emplace(fingerprint, found);
    return found;
}

void Directory::takeCertificates(const std::vector<QByteArray>& ders) const
{
    using Named = std::pair<QString, crypto::Certificate>; // no name: unreadable
    const auto named = QtConcurrent::blockingMapped<std::vector<Named>>(ders, [](const QByteArray& der) {
        auto certificate = crypto::Certificate::fromData(der);
        return certificate ? Named{certificateFingerprint(*certificate), *certificate} : Named{};
    });
    for (const auto& [fingerprint, certificate] : named) {
        if (!fingerprint.isEmpty()) {
            m_certificates.try_emplace(fingerprint, certificate);
        }
    }
}

QList<crypto::Certificate> Directory::anchorsUpTo(size_t count) const
{
    QList<crypto::Certificate> anchors;
    for (qsizetype i = 0; i < m_anchorFingerprints.size() && static_cast<size_t>(i) < count; ++i) {
        const crypto::Certificate anchor = certificate(m_anchorFingerprints.at(i));
        if (!anchor.isNull()) {
            anchors << anchor;
        }
    }
    return anchors;
}

QByteArray Directory::statementDigest(const Statement& statement) const
{
    const QByteArray anchors =
        m_anchorFingerprints.mid(0, qsizetype(statement.anchorsInForce)).join(QLatin1Char(' ')).toLatin1();
    return verifiedDigest(QLatin1StringView("directory statement"),
                          {statement.entry.hash.toLatin1(), statement.entry.signature,
                           statement.signerFingerprint.toLatin1(), anchors});
}

QByteArray Directory::issuedDigest(const QString& fingerprint) const
{
    return verifiedDigest(QLatin1StringView("certificate issued by the anchors"),
                          {fingerprint.toLatin1(), m_anchorFingerprints.join(QLatin1Char(' ')).toLatin1()});
}

void Directory::rememberOnEveryCore() const
{
    if (!m_memory) {
        return;
    }
    // Gathered here, on the caller's thread: certificate() may ask its source (the store's connection).
    struct Check
    {
        crypto::Certificate certificate;
        QList<crypto::Certificate> anchors;
        std::optional<QDateTime> at; // a statement's signer: valid when signing
        QByteArray canonical, signature;
        QByteArray remembered;
    };
    std::vector<Check> checks;
    for (size_t i = 0; i < m_statements.size(); ++i) {
        const Statement& statement = m_statements[i];
        if (!statement.problem.isEmpty() || m_verdicts.count(i)) {
            continue;
        }
        QByteArray remembered = statementDigest(statement);
        const crypto::Certificate signer = certificate(statement.signerFingerprint);
        if (signer.isNull() || m_memory->contains(remembered)) {
            continue;
        }
        checks.push_back({signer, anchorsUpTo(statement.anchorsInForce), statement.entry.at,
                          statement.entry.canonical(), statement.entry.signature, std::move(remembered)});
    }
    const QList<crypto::Certificate> anchors = anchorsUpTo(size_t(m_anchorFingerprints.size()));
    for (const auto& [personId, facts] : m_current) {
        QByteArray remembered = issuedDigest(facts.fingerprint);
        const crypto::Certificate current = certificate(facts.fingerprint);
        if (current.isNull() || m_memory->contains(remembered)) {
            continue;
        }
        checks.push_back({current, anchors, std::nullopt, {}, {}, std::move(remembered)});
    }
    VerifiedMemory* memory = m_memory;
    QtConcurrent::blockingMap(checks, [memory](const Check& check) {
        if (!crypto::Signature::verifySigner(check.certificate, check.anchors, check.at)) {
            return;
        }
        if (check.at && !crypto::Signature::verify(check.canonical, check.signature, check.certificate)) {
            return;
        }
        memory->insert(check.remembered);
    });
}

QString Directory::verifyStatement(size_t index) const
{
    if (auto known = m_verdicts.find(index); known != m_verdicts.end()) {
        return known->second;
    }
    const Statement& statement = m_statements.at(index);
    const QString sequence = QString::number(statement.entry.sequence);
    QString verdict = statement.problem;
    for (size_t backing : statement.backing) {
        if (!verdict.isEmpty()) {
            break;
        }
        if (const QString problem = verifyStatement(backing); !problem.isEmpty()) {
            verdict = tr("directory statement %1 rests on statement %2, which is not valid: %3")
                          .arg(sequence, QString::number(m_statements.at(backing).entry.sequence), problem);
        }
    }
    // Its replay checked its hash against its content: the hash, the signature, the signer's certificate
    // and the anchors in force (each named by its SHA-256) are exactly what the verification below takes.
    QByteArray remembered;
    if (verdict.isEmpty() && m_memory) {
        remembered = statementDigest(statement);
        if (m_memory->contains(remembered)) {
            m_verdicts.emplace(index, verdict);
            return verdict;
        }
    }
    if (verdict.isEmpty()) {
        const crypto::Certificate signer = certificate(statement.signerFingerprint);
        if (signer.isNull()) {
            verdict =
                tr("directory statement %1: the store does not hold its signer's certificate").arg(sequence);
        } else if (Status issued = crypto::Signature::verifySigner(
                       signer, anchorsUpTo(statement.anchorsInForce), statement.entry.at);
                   !issued) {
            verdict =
                tr("directory statement %1: its signer's certificate was not issued by the store's trust "
                   "anchors, or was not valid when signing (%2)")
                    .arg(sequence, issued.error().message);
        } else if (Status signature = crypto::Signature::verify(statement.entry.canonical(),
                                                                statement.entry.signature, signer);
                   !signature) {
            verdict = tr("directory statement %1: the signature does not verify").arg(sequence);
        }
    }
    if (verdict.isEmpty() && !remembered.isEmpty()) {
        m_memory->insert(remembered);
    }
    m_verdicts.emplace(index, verdict);
    return verdict;
}

Result<StoreRegime> Directory::regime() const
{
    StoreRegime regime{ObligationRules::builtIn().defaultRegime(), 0, {}, {}};
    if (!m_broken.isEmpty()) {
        return unbacked(m_broken);
    }
    if (!m_firstAnchor) {
        return regime; // a new store, or one not adopted yet (which nothing else accepts)
    }
    // Every anchor statement verified: the one stating the regime, and those it follows.
    if (auto anchors = this->anchors(); !anchors) {
        return anchors.error();
    }
    if (!m_regimeProblem.isEmpty()) {
        return unbacked(m_regimeProblem);
    }
    if (m_regimeStatement) {
        const AuditEntry& entry = m_statements.at(*m_regimeStatement).entry;
        regime = {m_regime, entry.sequence, entry.actorId, entry.at};
    }
    return regime;
}

Result<QList<crypto::Certificate>> Directory::anchors() const
{
    if (!m_firstAnchor) {
        return Error{ErrorKind::Integrity,
                     tr("this store's directory is not signed (it was made by an earlier Probitas): an "
                        "administrator adopts it once with probitas-cli people adopt"),
                     QString(errors::DirectoryNotAdopted)};
    }
    for (size_t i : m_anchorStatements) {
        if (const QString problem = verifyStatement(i); !problem.isEmpty()) {
            return unbacked(problem);
        }
    }
    return anchorsUpTo(static_cast<size_t>(m_anchorFingerprints.size()));
}

std::optional<DirectoryFacts> Directory::replayed(const QString& personId) const
{
    const auto found = m_current.find(personId);
    if (found == m_current.end()) {
        return std::nullopt;
    }
    return found->second;
}

Result<DirectoryFacts> Directory::verified(const QString& personId) const
{
    if (!m_broken.isEmpty()) {
        return unbacked(m_broken);
    }
    if (m_wholeRemembered == m_statements.size() && !m_statements.empty()) {
        if (const auto facts = m_current.find(personId); facts != m_current.end()) {
            return facts->second; // everyone found sound before, exactly as now
        }
    }
    // Verified before, and no statement about them or anchor added since: the same verdict.
    if (const auto known = m_verifiedPeople.find(personId); known != m_verifiedPeople.end()) {
        const auto facts = m_current.find(personId);
        if (facts != m_current.end() && facts->second.since == known->second.since &&
            m_anchorFingerprints.size() == known->second.anchors) {
            return facts->second;
        }
    }
    auto anchors = this->anchors();
    if (!anchors) {
        return anchors.error();
    }
    const auto about = m_about.find(personId);
    const auto facts = m_current.find(personId);
    if (about == m_about.end() || facts == m_current.end()) {
        return unbacked(tr("the directory entry %1 was added by no administrator's statement").arg(personId));
    }
    for (size_t index : about->second) {
        if (const QString problem = verifyStatement(index); !problem.isEmpty()) {
            return unbacked(
                tr("the directory entry of %1 is not backed: %2").arg(facts->second.name, problem));
        }
    }
    // The person's certificate issued by the anchors: remembered by both, each named by its SHA-256.
    const QByteArray remembered = m_memory ? issuedDigest(facts->second.fingerprint) : QByteArray();
    const VerifiedPerson verifiedNow{facts->second.since, m_anchorFingerprints.size()};
    if (m_memory && m_memory->contains(remembered)) {
        m_verifiedPeople[personId] = verifiedNow;
        return facts->second;
    }
    const crypto::Certificate current = certificate(facts->second.fingerprint);
    if (current.isNull()) {
        return unbacked(tr("the store does not hold the certificate its administrators stated for %1")
                            .arg(facts->second.name));
    }
    if (Status issued = crypto::Signature::verifySigner(current, *anchors); !issued) {
        return unbacked(tr("the certificate of %1 was not issued by the store's trust anchors (%2)")
                            .arg(facts->second.name, issued.error().message));
    }
    if (m_memory) {
        m_memory->insert(remembered);
    }
    m_verifiedPeople[personId] = verifiedNow;
    return facts->second;
}

crypto::Certificate Directory::certificateAt(const QString& personId, qint64 sequence) const
{
    const QString fingerprint = fingerprintAt(personId, sequence);
    return fingerprint.isEmpty() ? crypto::Certificate() : certificate(fingerprint);
}

QString Directory::fingerprintAt(const QString& personId, qint64 sequence) const
{
    const auto held = m_certificatesHeld.find(personId);
    if (held == m_certificatesHeld.end() || held->second.empty()) {
        return {};
    }
    QString fingerprint = held->second.front().second;
    for (const auto& [from, candidate] : held->second) {
        if (from <= sequence) {
            fingerprint = candidate;
        }
    }
    return fingerprint;
}

std::vector<std::pair<qint64, QString>> Directory::certificatesHeld(const QString& personId) const
{
    const auto held = m_certificatesHeld.find(personId);
    return held == m_certificatesHeld.end() ? std::vector<std::pair<qint64, QString>>() : held->second;
}

QByteArray Directory::wholeDigest() const
{
    // Each statement's content is chained into the newest one's hash (its replay checked every hash and
    // link); the signatures are not, so each is added. The signers' certificates and the anchors are named
    // in the content; everyone's current certificate too.
    // The sized parts in one buffer, hashed by OpenSSL in one call (crypto::sha256, ten times Qt's): the same
    // bytes, so the same digest, as when they were fed to QCryptographicHash one by one.
    QByteArray input;
    input.reserve(qsizetype(m_statements.size()) * 160 + 128);
    const auto addSized = [&input](QByteArrayView bytes) {
        const quint64 size = qToBigEndian(quint64(bytes.size()));
        input.append(reinterpret_cast<const char*>(&size), sizeof size);
        input.append(bytes);
    };
    addSized("the whole directory");
    addSized(m_lastStatementHash.toLatin1());
    addSized(QByteArray::number(qulonglong(m_statements.size())));
    for (const Statement& statement : m_statements) {
        addSized(statement.entry.hash.toLatin1());
        addSized(statement.entry.signature);
    }
    return crypto::sha256(input);
}

bool Directory::rememberedWhole() const
{
    if (!m_memory || !m_broken.isEmpty() || m_statements.empty()) {
        return false;
    }
    if (m_wholeRemembered == m_statements.size()) {
        return true;
    }
    if (!m_memory->contains(wholeDigest())) {
        return false;
    }
    m_wholeRemembered = m_statements.size();
    return true;
}

void Directory::rememberWhole() const
{
    if (m_memory && m_broken.isEmpty() && !m_statements.empty() && m_wholeRemembered != m_statements.size()) {
        // Every statement, whether or not someone's facts rest on it (each verdict is kept already).
        for (size_t i = 0; i < m_statements.size(); ++i) {
            if (!verifyStatement(i).isEmpty()) {
                return;
            }
        }
        m_memory->insert(wholeDigest());
        m_wholeRemembered = m_statements.size();
    }
}

Status Directory::verifyAll() const
{
    if (auto anchors = this->anchors(); !anchors) {
        return anchors.error();
    }
    // Each statement rests on those before it, so the pass below goes one after the other; the signatures
    // and certificates it verifies do not, and are verified first on every core. The pass then finds the
    // sound ones remembered, and verifies the others again to say what is wrong.
    rememberOnEveryCore();
    for (size_t i = 0; i < m_statements.size(); ++i) {
        if (const QString problem = verifyStatement(i); !problem.isEmpty()) {
            return unbacked(problem);
        }
    }
    for (const auto& [personId, facts] : m_current) {
        if (auto verified = this->verified(personId); !verified) {
            return verified.error();
        }
    }
    if (auto regime = this->regime(); !regime) {
        return regime.error();
    }
    return success();
}

} // namespace probitas::store
