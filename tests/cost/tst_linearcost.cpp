// Each parser of untrusted bytes costs at most linearly in its input (issue 16): every shape below, the worst
// found for its parser, is read at about 1 MB and at about 4 MB, and the larger may cost at most 10 times the
// smaller. A linear parser gives 4 to 7 here (the larger input and what is made of it no longer fit the
// processor's caches), a quadratic one 16 or more: the JSON object of keys in reverse order took over 5
// minutes at 1 MB before it was fixed. The cost is this process's CPU time, the least of a few runs of each
// size taken in turns: other processes on the machine do not count, and neither does a hiccup. The HATVP
// import's shapes are tst_hatvpxml's importGrowsLinearly, which ctest runs with this label as
// tst_hatvpxml_cost.
#include "AuditBundle.h"
#include "BundleForgery.h"
#include "CanonicalJson.h"
#include "CertificateAuthority.h"
#include "EntretienFiche.h"
#include "Envelope.h"
#include "Roster.h"
#include "StoreTestSupport.h"

#include <QtTest>
#include <ctime>
#include <functional>

using namespace probitas;
using namespace probitas::store;
using namespace probitas::store::testing;

namespace {

using Shape = std::function<QByteArray(qsizetype size)>;
using Parse = std::function<void(const QByteArray& input)>;

constexpr qsizetype kSmall = 1'000'000;
constexpr qsizetype kLarge = 4'000'000;
constexpr double kMaximumRatio = 10;

double cpuSeconds()
{
    timespec now{};
    clock_gettime(CLOCK_PROCESS_CPUTIME_ID, &now);
    return double(now.tv_sec) + double(now.tv_nsec) / 1e9;
}

double cost(const Parse& parse, const QByteArray& input)
{
    const double start = cpuSeconds();
    parse(input);
    return cpuSeconds() - start;
}

// `text` repeated until it fills `size` bytes (at least once), between `head` and `tail`.
QByteArray repeated(const QByteArray& head, const QByteArray& text, const QByteArray& tail, qsizetype size,
                    const QByteArray& separator = {})
{
    QByteArray out = head;
    out.reserve(size + text.size() + tail.size());
    bool first = true;
    while (first || out.size() + text.size() + tail.size() < size) {
        if (!first) {
            out += separator;
        }
        out += text;
        first = false;
    }
    return out + tail;
}

qsizetype folderSize(const QString& path)
{
    qsizetype size = 0;
    for (QDirIterator files(path, QDir::Files, QDirIterator::Subdirectories); files.hasNext();) {
        files.next();
        size += files.fileInfo().size();
    }
    return size;
}

// "k0000001", "k0000002"…: keys of one width, so that their order is their number's.
QByteArray key(qsizetype number)
{
    return "\"k" + QByteArray::number(number).rightJustified(7, '0') + '"';
}

QByteArray manyKeys(qsizetype size, bool reversed)
{
    const qsizetype count = size / 12;
    QByteArray out("{");
    out.reserve(size + 16);
    for (qsizetype index = 0; index < count; ++index) {
        out += key(reversed ? count - index : index);
        out += ":0,";
    }
    out.chop(1);
    return out + '}';
}

QByteArray declarationWithEntries(qsizetype size)
{
    // One entry of the juge's DI, as many times as fills the size.
    QJsonObject declaration =
        json::parse(readFile(QStringLiteral(PROBITAS_TEST_DATA "/di-valid.json")))->toObject();
    QJsonObject items = declaration.value(QStringLiteral("items")).toObject();
    const QJsonValue entry = items.value(QStringLiteral("participationsFinancieres")).toArray().first();
    const qsizetype entrySize = json::serialize(entry).size() + 1;
    QJsonArray entries;
    for (qsizetype done = 0; done < size; done += entrySize) {
        entries.append(entry);
    }
    items.insert(QStringLiteral("participationsFinancieres"), entries);
    declaration.insert(QStringLiteral("items"), items);
    return json::serialize(declaration);
}

const QByteArray& rosterHeader()
{
    static const QByteArray header("name;status;formation;court_type;court_seat;rank;installed_on\n");
    return header;
}

// The DER TLVs of `der` (definite lengths, as OpenSSL writes them).
QList<std::pair<quint8, QByteArray>> tlvs(const QByteArray& der)
{
    QList<std::pair<quint8, QByteArray>> out;
    qsizetype at = 0;
    while (at < der.size()) {
        const auto tag = quint8(der[at++]);
        qsizetype length = quint8(der[at++]);
        if (length & 0x80) {
            const int count = length & 0x7F;
            length = 0;
            for (int i = 0; i < count; ++i) {
                length = (length << 8) | quint8(der[at++]);
            }
        }
        out.append({tag, der.mid(at, length)});
        at += length;
    }
    return out;
}

QByteArray tlv(quint8 tag, const QByteArray& content)
{
    QByteArray length;
    if (content.size() < 0x80) {
        length += char(content.size());
    } else {
        for (qsizetype rest = content.size(); rest > 0; rest >>= 8) {
            length.prepend(char(rest & 0xFF));
        }
        length.prepend(char(0x80 | length.size()));
    }
    return char(tag) + length + content;
}

// `envelope` with its RecipientInfos grown to `size` bytes by copies of its key transport one (another
// recipient's: the reader must still find its own among them). RecipientInfos are not authenticated, so the
// envelope still opens.
QByteArray withManyRecipients(const QByteArray& envelope, qsizetype size)
{
    const auto contentInfo = tlvs(tlvs(envelope).at(0).second);
    const auto authEnveloped = tlvs(tlvs(contentInfo.at(1).second).at(0).second);
    QByteArray fields;
    for (const auto& [tag, content] : authEnveloped) {
        if (tag != 0x31) {
            fields += tlv(tag, content);
            continue;
        }
        QByteArray recipients;
        QByteArray keyTransport;
        for (const auto& [innerTag, inner] : tlvs(content)) {
            recipients += tlv(innerTag, inner);
            if (innerTag == 0x30) {
                keyTransport = tlv(innerTag, inner);
            }
        }
        while (recipients.size() < size) {
            recipients += keyTransport;
        }
        fields += tlv(0x31, recipients);
    }
    return tlv(0x30, tlv(0x06, contentInfo.at(0).second) + tlv(0xA0, tlv(0x30, fields)));
}

} // namespace

Q_DECLARE_METATYPE(Shape)
Q_DECLARE_METATYPE(Parse)

class TestLinearCost : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void linear_data();
    void linear();

private:
    void addJson();
    void addFiche();
    void addRoster();
    void addEnvelope();
    void addBundle();
    void exportBundle();

    QTemporaryDir m_directory;
    QString m_exported;                                 // a store's bundle, which addBundle's rows grow
    std::map<QString, const crypto::Identity*> m_keyOf; // the key of each person of its trail, by id
};

void TestLinearCost::initTestCase()
{
    QVERIFY(loadBuiltInData());
    QVERIFY(m_directory.isValid());
    exportBundle();
}

void TestLinearCost::linear_data()
{
    QTest::addColumn<Shape>("shape");
    QTest::addColumn<Parse>("parse");
    QTest::addColumn<int>("runs");
    QTest::addColumn<bool>("folder"); // the input names a folder, whose files are what is read
    addJson();
    addFiche();
    addRoster();
    addEnvelope();
    addBundle();
}

void TestLinearCost::linear()
{
    QFETCH(Shape, shape);
    QFETCH(Parse, parse);
    QFETCH(int, runs);
    QFETCH(bool, folder);
    const QByteArray small = shape(kSmall);
    const QByteArray large = shape(kLarge);
    const qsizetype smallSize = folder ? folderSize(QString::fromUtf8(small)) : small.size();
    const qsizetype largeSize = folder ? folderSize(QString::fromUtf8(large)) : large.size();
    QVERIFY2(smallSize >= kSmall * 9 / 10 && smallSize <= kSmall * 12 / 10,
             qPrintable(QString::number(smallSize)));
    QVERIFY2(largeSize >= kLarge * 9 / 10 && largeSize <= kLarge * 12 / 10,
             qPrintable(QString::number(largeSize)));
    parse(small); // once for what is loaded at the first use
    if (QTest::currentTestFailed()) {
        return;
    }
    double smallCost = std::numeric_limits<double>::max();
    double largeCost = std::numeric_limits<double>::max();
    for (int run = 0; run < runs; ++run) {
        smallCost = std::min(smallCost, cost(parse, small));
        largeCost = std::min(largeCost, cost(parse, large));
    }
    // Below 5 ms the small input's time is mostly noise: a parser that fast is fast enough at 4 MB.
    const double ratio = largeCost / std::max(smallCost, 0.005);
    qInfo("%s: %.3f s for %lld bytes, %.3f s for %lld bytes: x%.1f", QTest::currentDataTag(), smallCost,
          qlonglong(smallSize), largeCost, qlonglong(largeSize), largeCost / smallCost);
    QVERIFY2(ratio < kMaximumRatio,
             qPrintable(QStringLiteral("x%1 for 4 times the input").arg(ratio, 0, 'f', 1)));
}

void TestLinearCost::addJson()
{
    const auto parsed = [](const QByteArray& input) { QVERIFY(json::parse(input)); };
    const auto refused = [](const QByteArray& input) { QVERIFY(!json::parse(input)); };
    QTest::newRow("json: many keys in order")
        << Shape([](qsizetype size) { return manyKeys(size, false); }) << Parse(parsed) << 3 << false;
    QTest::newRow("json: many keys in reverse order")
        << Shape([](qsizetype size) { return manyKeys(size, true); }) << Parse(parsed) << 3 << false;
    QTest::newRow("json: a duplicate key after many")
        << Shape([](qsizetype size) { return manyKeys(size, false).chopped(1) + ",\"k0000000\":1}"; })
        << Parse(refused) << 3 << false;
    QTest::newRow("json: many small objects")
        << Shape([](qsizetype size) { return repeated("[", "{\"a\":[1,true,null,\"b\"]}", "]", size, ","); })
        << Parse(parsed) << 3 << false;
    QTest::newRow("json: nested 60 deep, again and again") << Shape([](qsizetype size) {
        return repeated("[", QByteArray(60, '[') + QByteArray(60, ']'), "]", size, ",");
    }) << Parse(parsed) << 3 << false;
    QTest::newRow("json: one string of escapes")
        << Shape([](qsizetype size) { return repeated("[\"", "\\u00e9\\ud83d\\ude00\\n\\\"", "\"]", size); })
        << Parse(parsed) << 3 << false;
    QTest::newRow("json: one long string")
        << Shape([](qsizetype size) { return repeated("[\"", "Hélène Durand-Lefèvre ", "\"]", size); })
        << Parse(parsed) << 3 << false;
    QTest::newRow("json: an error after many lines")
        << Shape([](qsizetype size) { return repeated("[", "1,\n", "x]", size); }) << Parse(refused) << 3
        << false;
    QTest::newRow("declaration: many entries")
        << Shape(&declarationWithEntries) << Parse([](const QByteArray& input) {
               auto declaration = DeclarationCodec::decode(input);
               QVERIFY2(declaration, (why(declaration).constData()));
               QVERIFY(!DeclarationCodec::encode(*declaration).isEmpty());
           })
        << 3 << false;
}

void TestLinearCost::addFiche()
{
    const auto refused = [](const QByteArray& input) { QVERIFY(!EntretienCodec::decodeFiche(input)); };
    const QByteArray head = "{\"schema\":\"fr.probitas.fiche-navette/1\",\"declaration\":\"d\",\"form\":"
                            "\"fr.probitas.interets/2017-1\",\"authority\":\"tj-nanterre:president\","
                            "\"date\":\"2026-03-10\",\"place\":\"Nanterre\",\"delegation\":null,";
    const QByteArray tail =
        "\"conclusion\":\"aucun-conflit\",\"conclusionDetails\":\"\",\"collegeConsulted\":false}";
    QTest::newRow("fiche: many points") << Shape([=](qsizetype size) {
        QByteArray points = manyKeys(size - head.size() - tail.size(), true);
        points.replace(":0", ":\"\"");
        return head + "\"points\":" + points + ',' + tail;
    }) << Parse(refused) << 3 << false;
    QTest::newRow("fiche: long observations") << Shape([=](qsizetype size) {
        return repeated(head + "\"points\":{},\"observations\":\"", "Entretien. ", "\"," + tail, size);
    }) << Parse(refused) << 3 << false;
}

void TestLinearCost::addRoster()
{
    const auto read = [](const QByteArray& input) { static_cast<void>(Roster::parse(input)); };
    QTest::newRow("roster: many rows") << Shape([](qsizetype size) {
        QByteArray rows = rosterHeader();
        for (qsizetype index = 0; rows.size() < size; ++index) {
            rows += "Magistrat " + QByteArray::number(index) +
                    ";titulaire;siege;tj;Nanterre;magistrat;"
                    "2026-01-15\n";
        }
        return rows;
    }) << Parse([](const QByteArray& input) { QVERIFY(Roster::parse(input).accepted()); })
                                       << 2 << false;
    QTest::newRow("roster: many rows of one name") << Shape([](qsizetype size) {
        return repeated(rosterHeader(), "Paul Martin;titulaire;siege;tj;Nanterre;magistrat;2026-01-15\n", {},
                        size);
    }) << Parse(read) << 2 << false;
    QTest::newRow("roster: one row of many fields")
        << Shape([](qsizetype size) { return repeated(rosterHeader(), "a;", "\n", size); }) << Parse(read)
        << 3 << false;
    QTest::newRow("roster: a header of many columns")
        << Shape([](qsizetype size) { return repeated("name;", "colonne;", "\n", size); }) << Parse(read) << 3
        << false;
    QTest::newRow("roster: a quoted field of many lines") << Shape([](qsizetype size) {
        return repeated(rosterHeader() + "\"", "Anne\n\"\"Brun\"\"\n", "\";\n", size);
    }) << Parse(read) << 3 << false;
    QTest::newRow("roster: many blank lines")
        << Shape([](qsizetype size) { return repeated(rosterHeader(), " ;\r\n", {}, size); }) << Parse(read)
        << 3 << false;
}

void TestLinearCost::addEnvelope()
{
    struct Keys
    {
        crypto::Identity ca, recipient, other, signer;
    };
    static const Keys keys = [] {
        Keys made;
        made.ca = crypto::CertificateAuthority::createRoot(QStringLiteral("CA"), QStringLiteral("Probitas"))
                      .value();
        made.recipient = crypto::CertificateAuthority::issue(
                             made.ca, {QStringLiteral("Destinataire"), {}, crypto::KeyAlgorithm::EcP256, 730})
                             .value();
        made.other = crypto::CertificateAuthority::issue(
                         made.ca, {QStringLiteral("Autre"), {}, crypto::KeyAlgorithm::Rsa3072, 730})
                         .value();
        made.signer = crypto::CertificateAuthority::issue(
                          made.ca, {QStringLiteral("Déclarante"), {}, crypto::KeyAlgorithm::EcP256, 730})
                          .value();
        return made;
    }();
    const auto opens = [](const QByteArray& input) {
        auto opened = crypto::Envelope::open(input, keys.recipient);
        QVERIFY2(opened, why(opened).constData());
    };
    QTest::newRow("envelope: many recipients") << Shape([](qsizetype size) {
        const QByteArray sealed =
            crypto::Envelope::seal("{}", keys.signer,
                                   {keys.other.certificate(), keys.recipient.certificate()})
                .value();
        return withManyRecipients(sealed, size);
    }) << Parse(opens) << 3 << false;
    QTest::newRow("envelope: a long content") << Shape([](qsizetype size) {
        return crypto::Envelope::seal(QByteArray(size - 4000, 'a'), keys.signer,
                                      {keys.recipient.certificate()})
            .value();
    }) << Parse(opens) << 3 << false;
}

void TestLinearCost::exportBundle()
{
    // A store's bundle: the organisation, two filings, one opened, acknowledged, forwarded.
    m_exported = m_directory.filePath(QStringLiteral("exported"));
    auto opened = Store::open(m_directory.filePath(QStringLiteral("store.sqlite")));
    QVERIFY2(opened, why(opened).constData());
    Store& store = **opened;
    registerOrg(store);
    const Org& o = org();
    auto filed = store.declarations().file(juge(), o.juge);
    QVERIFY2(filed, why(filed).constData());
    QVERIFY(store.declarations().file(presidentDsp(), o.president));
    QVERIFY(store.declarations().open(*filed, o.president));
    QVERIFY(store.declarations().acknowledge(*filed, o.president));
    QVERIFY(store.declarations().forward(*filed, o.president, authorities::College, "art. 7-2 II"));
    auto bundle = store::exportBundle(store, o.auditor, m_exported);
    QVERIFY2(bundle, why(bundle).constData());

    // The key each entry's actor signs with, by the certificate people.json gives them.
    const QJsonArray people =
        QJsonDocument::fromJson(readFile(m_exported + QStringLiteral("/people.json"))).array();
    std::vector<const crypto::Identity*> identities{&o.admin};
    for (const OrgMember& member : orgMembers()) {
        identities.push_back(member.identity);
    }
    for (const QJsonValue& person : people) {
        for (const crypto::Identity* identity : identities) {
            if (forgery::fingerprintOf(identity->certificate()) ==
                person[QStringLiteral("certificate_sha256")].toString()) {
                m_keyOf[person[QStringLiteral("id")].toString()] = identity;
            }
        }
    }
}

void TestLinearCost::addBundle()
{
    const QString exported = m_exported;
    const std::map<QString, const crypto::Identity*> keyOf = m_keyOf;
    const QString directory = m_directory.path();
    // The bundle again, with its trail, people.json or declarations.json grown to `size` bytes, chained,
    // signed and listed again as its signers would: a bundle that verifies.
    const auto grown = [=](const QString& what) {
        return Shape([=](qsizetype size) {
            const QString bundle = directory + QStringLiteral("/bundle-%1-%2").arg(what).arg(size);
            QDir(bundle).removeRecursively();
            for (QDirIterator files(exported, QDir::Files, QDirIterator::Subdirectories); files.hasNext();) {
                const QString path = QDir(exported).relativeFilePath(files.next());
                forgery::putFile(bundle + QLatin1Char('/') + path, readFile(files.filePath()));
            }
            std::vector<AuditEntry> entries = forgery::readTrail(bundle);
            if (what == QLatin1String("trail")) {
                // The président's reading, again and again, right after the first.
                const auto opening =
                    std::find_if(entries.begin(), entries.end(), [](const AuditEntry& entry) {
                        return entry.action == QLatin1String("open");
                    });
                const qsizetype entrySize =
                    QJsonDocument(opening->toJson()).toJson(QJsonDocument::Compact).size();
                entries.insert(opening + 1, size / entrySize, *opening);
            } else {
                QJsonArray array =
                    QJsonDocument::fromJson(readFile(bundle + QLatin1Char('/') + what)).array();
                const QJsonValue first = array.first();
                const qsizetype elementSize = QJsonDocument(first.toObject()).toJson().size();
                for (qsizetype done = 0; done < size; done += elementSize) {
                    array.append(first);
                }
                forgery::putFile(bundle + QLatin1Char('/') + what, QJsonDocument(array).toJson());
            }
            const auto resign = [&keyOf](const AuditEntry& entry) { return keyOf.at(entry.actorId); };
            if (!forgery::writeTrail(bundle, entries, resign, true) ||
                !forgery::resignManifest(bundle, org().auditor)) {
                qFatal("cannot write the grown bundle");
            }
            return bundle.toUtf8();
        });
    };
    QTest::newRow("bundle: a long trail")
        << grown(QStringLiteral("trail")) << Parse([](const QByteArray& bundle) {
               auto verified = verifyBundle(QString::fromUtf8(bundle));
               QVERIFY2(verified, why(verified).constData());
           })
        << 2 << true;
    const auto read = [](const QByteArray& bundle) {
        static_cast<void>(verifyBundle(QString::fromUtf8(bundle)));
    };
    QTest::newRow("bundle: many people") << grown(QStringLiteral("people.json")) << Parse(read) << 2 << true;
    QTest::newRow("bundle: many declarations")
        << grown(QStringLiteral("declarations.json")) << Parse(read) << 2 << true;
}

QTEST_GUILESS_MAIN(TestLinearCost)
#include "tst_linearcost.moc"
