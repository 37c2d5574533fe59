#include "EntretienFiche.h"

#include "CanonicalJson.h"
#include "JsonShape.h"

#include <QCoreApplication>
#include <QRegularExpression>
#include <initializer_list>

namespace probitas {

namespace {

struct FicheText
{
    Q_DECLARE_TR_FUNCTIONS(FicheText)
};

constexpr int lineMaxLength = 200;
constexpr int textMaxLength = 4000;
constexpr int observationsMaxLength = 8000;
constexpr int idMaxLength = 64;

using json_shape::at;
using json_shape::describe;

// The members of one JSON object, read against the shape it must have. Reads go on after a problem
// (returning empty values) and the first problem is kept: one check after a run of reads, not one per read.
class Members
{
public:
    Members(QJsonObject object, QString path)
        : m_object(std::move(object))
        , m_path(std::move(path))
    {}

    const std::optional<Error>& problem() const { return m_problem; }

    void allow(std::initializer_list<const char*> required, std::initializer_list<const char*> optional)
    {
        QStringList known;
        for (const char* key : required) {
            known << QString::fromLatin1(key);
            if (!m_object.contains(QLatin1String(key))) {
                fail(pathOf(key), FicheText::tr("missing"));
            }
        }
        for (const char* key : optional) {
            known << QString::fromLatin1(key);
        }
        for (auto member = m_object.begin(); member != m_object.end(); ++member) {
            if (!known.contains(member.key())) {
                fail(pathOf(member.key()), FicheText::tr("unknown key"));
            }
        }
    }

    void schema(const QString& expected)
    {
        if (value(QStringLiteral("schema")).toString() != expected) {
            fail(pathOf("schema"),
                 FicheText::tr("expected \"%1\", found %2").arg(expected, describe(value("schema"))));
        }
    }

    QJsonValue value(const QString& key) const { return m_object.value(key); }
    QJsonValue value(const char* key) const { return value(QString::fromLatin1(key)); }
    bool has(const char* key) const { return m_object.contains(QLatin1String(key)); }
    QString pathOf(const QString& key) const
    {
        return m_path.isEmpty() ? key : m_path + QLatin1Char('.') + key;
    }
    QString pathOf(const char* key) const { return pathOf(QString::fromLatin1(key)); }

    // Text: a string, not blank, at most `maxLength` characters, on one line unless `multiline`.
    QString text(const QString& key, int maxLength, bool multiline)
    {
        const QJsonValue member = value(key);
        const QString text = member.toString();
        if (!member.isString()) {
            fail(pathOf(key), FicheText::tr("not text: %1").arg(describe(member)));
        } else if (text.trimmed().isEmpty()) {
            fail(pathOf(key), FicheText::tr("empty"));
        } else if (!multiline && text.contains(QLatin1Char('\n'))) {
            fail(pathOf(key), FicheText::tr("a one-line field holds no line break"));
        } else if (text.size() > maxLength) {
            fail(pathOf(key), FicheText::tr("longer than %1 characters").arg(maxLength));
        } else {
            return text;
        }
        return {};
    }

    QString text(const char* key, int maxLength, bool multiline)
    {
        return text(QString::fromLatin1(key), maxLength, multiline);
    }

    QString id(const char* key)
    {
        const QString id = text(key, idMaxLength, false);
        if (id.trimmed() != id) {
            fail(pathOf(key), FicheText::tr("an id has no surrounding spaces"));
        }
        return id;
    }

    QDate date(const char* key)
    {
        static const QRegularExpression shape(QStringLiteral("^\\d{4}-\\d{2}-\\d{2}$"));
        const QJsonValue member = value(key);
        const QDate date = member.isString() && shape.match(member.toString()).hasMatch()
                               ? QDate::fromString(member.toString(), Qt::ISODate)
                               : QDate();
        if (!date.isValid()) {
            fail(pathOf(key), FicheText::tr("not a date (YYYY-MM-DD): %1").arg(describe(member)));
        }
        return date;
    }

    QDateTime utcTime(const char* key)
    {
        static const QRegularExpression shape(QStringLiteral("^\\d{4}-\\d{2}-\\d{2}T\\d{2}:\\d{2}:\\d{2}Z$"));
        const QJsonValue member = value(key);
        const QDateTime time = member.isString() && shape.match(member.toString()).hasMatch()
                                   ? QDateTime::fromString(member.toString(), Qt::ISODate)
                                   : QDateTime();
        if (!time.isValid()) {
            fail(pathOf(key),
                 FicheText::tr("not a UTC time (YYYY-MM-DDTHH:MM:SSZ): %1").arg(describe(member)));
        }
        return time.toUTC();
    }

    bool flag(const char* key)
    {
        const QJsonValue member = value(key);
        if (!member.isBool()) {
            fail(pathOf(key), FicheText::tr("not true or false: %1").arg(describe(member)));
        }
        return member.toBool();
    }

    EntretienConclusion conclusion(const char* key)
    {
        const QJsonValue member = value(key);
        const auto conclusion = conclusionFromId(member.toString());
        if (!member.isString() || !conclusion) {
            fail(pathOf(key), FicheText::tr("%1 is not one of: aucun-conflit, precautions, fin-de-conflit")
                                  .arg(describe(member)));
        }
        return conclusion.value_or(EntretienConclusion::NoConflict);
    }

    void fail(const QString& path, const QString& problem)
    {
        if (!m_problem) {
            m_problem = at(path, problem);
        }
    }

    // A nested object's problem, unless this one already has one.
    void adopt(const std::optional<Error>& problem)
    {
        if (!m_problem && problem) {
            m_problem = problem;
        }
    }

private:
    QJsonObject m_object;
    QString m_path;
    std::optional<Error> m_problem;
};

Result<Members> root(const QJsonValue& document, const QString& what)
{
    if (!document.isObject()) {
        return Error::unusable(FicheText::tr("%1 is a JSON object").arg(what),
                               QStringLiteral("document.invalid-value"));
    }
    return Members(document.toObject(), QString());
}

template <typename T, typename Decoder> Result<T> decodeWith(const QByteArray& json, Decoder decoder)
{
    auto parsed = json::parse(json);
    if (!parsed) {
        return parsed.error();
    }
    return decoder(*parsed);
}

} // namespace

QString conclusionId(EntretienConclusion conclusion)
{
    switch (conclusion) {
    case EntretienConclusion::NoConflict:
        return QStringLiteral("aucun-conflit");
    case EntretienConclusion::Precautions:
        return QStringLiteral("precautions");
    case EntretienConclusion::EndConflict:
        return QStringLiteral("fin-de-conflit");
    }
    return {};
}

std::optional<EntretienConclusion> conclusionFromId(const QString& id)
{
    for (EntretienConclusion conclusion : {EntretienConclusion::NoConflict, EntretienConclusion::Precautions,
                                           EntretienConclusion::EndConflict}) {
        if (conclusionId(conclusion) == id) {
            return conclusion;
        }
    }
    return std::nullopt;
}

QString EntretienConvocation::schemaId()
{
    return QStringLiteral("fr.probitas.convocation-entretien/1");
}

QString EntretienFiche::schemaId()
{
    return QStringLiteral("fr.probitas.fiche-navette/1");
}

QString AvisRequest::schemaId()
{
    return QStringLiteral("fr.probitas.demande-avis/1");
}

QString CollegeAvis::schemaId()
{
    return QStringLiteral("fr.probitas.avis-college/1");
}

// ---- convocation -----------------------------------------------------------------------------------------

Result<EntretienConvocation> EntretienCodec::decodeConvocation(const QByteArray& json)
{
    return decodeWith<EntretienConvocation>(json, &convocationFromJson);
}

Result<EntretienConvocation> EntretienCodec::convocationFromJson(const QJsonValue& document)
{
    auto members = root(document, FicheText::tr("a convocation"));
    if (!members) {
        return members.error();
    }
    Members& m = members.value();
    m.allow({"schema", "declaration", "at", "place", "delegate"}, {});
    m.schema(EntretienConvocation::schemaId());
    EntretienConvocation convocation;
    convocation.declarationId = m.id("declaration");
    convocation.at = m.utcTime("at");
    convocation.place = m.text("place", lineMaxLength, false);
    if (!m.value("delegate").isNull()) {
        convocation.delegate = m.text("delegate", lineMaxLength, false);
    }
    if (m.problem()) {
        return *m.problem();
    }
    return convocation;
}

QJsonObject EntretienCodec::toJson(const EntretienConvocation& convocation)
{
    return {
        {QStringLiteral("schema"), EntretienConvocation::schemaId()},
        {QStringLiteral("declaration"), convocation.declarationId},
        {QStringLiteral("at"), convocation.at.toUTC().toString(Qt::ISODate)},
        {QStringLiteral("place"), convocation.place},
        {QStringLiteral("delegate"),
         convocation.delegate.isEmpty() ? QJsonValue(QJsonValue::Null) : QJsonValue(convocation.delegate)},
    };
}

// ---- fiche navette ---------------------------------------------------------------------------------------

Result<EntretienFiche> EntretienCodec::decodeFiche(const QByteArray& json, const FormCatalog& catalog)
{
    return decodeWith<EntretienFiche>(
        json, [&catalog](const QJsonValue& document) { return ficheFromJson(document, catalog); });
}

Result<EntretienFiche> EntretienCodec::ficheFromJson(const QJsonValue& document, const FormCatalog& catalog)
{
    auto members = root(document, FicheText::tr("a fiche navette"));
    if (!members) {
        return members.error();
    }
    Members& m = members.value();
    m.allow({"schema", "declaration", "form", "authority", "date", "place", "delegation", "points",
             "conclusion", "collegeConsulted"},
            {"conclusionDetails", "observations"});
    m.schema(EntretienFiche::schemaId());
    EntretienFiche fiche;
    fiche.declarationId = m.id("declaration");
    fiche.form = m.id("form");
    const FormDefinition* form = catalog.find(fiche.form);
    if (!form || form->kind() != DeclarationKind::Interets) {
        m.fail(
            m.pathOf("form"),
            FicheText::tr("not the form of a declaration of interests: %1").arg(describe(m.value("form"))));
    }
    fiche.authority = m.id("authority");
    fiche.date = m.date("date");
    fiche.place = m.text("place", lineMaxLength, false);

    const QJsonValue delegation = m.value("delegation");
    if (delegation.isObject()) {
        Members d(delegation.toObject(), m.pathOf("delegation"));
        d.allow({"to", "function"}, {});
        fiche.delegatedTo = d.text("to", lineMaxLength, false);
        fiche.delegateFunction = d.text("function", lineMaxLength, false);
        m.adopt(d.problem());
    } else if (!delegation.isNull()) {
        m.fail(m.pathOf("delegation"),
               FicheText::tr("expected null (not delegated) or {\"to\", \"function\"}, "
                             "found %1")
                   .arg(describe(delegation)));
    }

    const QJsonValue points = m.value("points");
    if (points.isObject()) {
        Members p(points.toObject(), m.pathOf("points"));
        const QStringList items = points.toObject().keys();
        for (const QString& item : items) {
            if (form && !form->findItem(item)) {
                p.fail(p.pathOf(item), FicheText::tr("not an item of %1").arg(fiche.form));
            }
            fiche.points.emplace(item, p.text(item, textMaxLength, true));
        }
        m.adopt(p.problem());
    } else {
        m.fail(m.pathOf("points"),
               FicheText::tr("expected an object: item id -> what was discussed, found %1")
                   .arg(describe(points)));
    }

    fiche.conclusion = m.conclusion("conclusion");
    if (m.has("conclusionDetails")) {
        fiche.conclusionDetails = m.text("conclusionDetails", textMaxLength, true);
    } else if (fiche.conclusion != EntretienConclusion::NoConflict) {
        m.fail(m.pathOf("conclusionDetails"),
               FicheText::tr("missing: say which precautions, or which conflict is to end"));
    }
    fiche.collegeConsulted = m.flag("collegeConsulted");
    if (m.has("observations")) {
        fiche.observations = m.text("observations", observationsMaxLength, true);
    }
    if (m.problem()) {
        return *m.problem();
    }
    return fiche;
}

QJsonObject EntretienCodec::toJson(const EntretienFiche& fiche)
{
    QJsonObject points;
    for (const auto& [item, discussion] : fiche.points) {
        points.insert(item, discussion);
    }
    QJsonObject object{
        {QStringLiteral("schema"), EntretienFiche::schemaId()},
        {QStringLiteral("declaration"), fiche.declarationId},
        {QStringLiteral("form"), fiche.form},
        {QStringLiteral("authority"), fiche.authority},
        {QStringLiteral("date"), fiche.date.toString(Qt::ISODate)},
        {QStringLiteral("place"), fiche.place},
        {QStringLiteral("delegation"),
         fiche.delegated() ? QJsonValue(QJsonObject{{QStringLiteral("to"), fiche.delegatedTo},
                                                    {QStringLiteral("function"), fiche.delegateFunction}})
                           : QJsonValue(QJsonValue::Null)},
        {QStringLiteral("points"), points},
        {QStringLiteral("conclusion"), conclusionId(fiche.conclusion)},
        {QStringLiteral("collegeConsulted"), fiche.collegeConsulted},
    };
    if (!fiche.conclusionDetails.isEmpty()) {
        object.insert(QStringLiteral("conclusionDetails"), fiche.conclusionDetails);
    }
    if (!fiche.observations.isEmpty()) {
        object.insert(QStringLiteral("observations"), fiche.observations);
    }
    return object;
}

// ---- avis ------------------------------------------------------------------------------------------------

Result<AvisRequest> EntretienCodec::decodeAvisRequest(const QByteArray& json)
{
    return decodeWith<AvisRequest>(json, &avisRequestFromJson);
}

Result<AvisRequest> EntretienCodec::avisRequestFromJson(const QJsonValue& document)
{
    auto members = root(document, FicheText::tr("a request for an avis"));
    if (!members) {
        return members.error();
    }
    Members& m = members.value();
    m.allow({"schema", "declaration", "authority", "question"}, {});
    m.schema(AvisRequest::schemaId());
    AvisRequest request;
    request.declarationId = m.id("declaration");
    request.authority = m.id("authority");
    request.question = m.text("question", textMaxLength, true);
    if (m.problem()) {
        return *m.problem();
    }
    return request;
}

QJsonObject EntretienCodec::toJson(const AvisRequest& request)
{
    return {
        {QStringLiteral("schema"), AvisRequest::schemaId()},
        {QStringLiteral("declaration"), request.declarationId},
        {QStringLiteral("authority"), request.authority},
        {QStringLiteral("question"), request.question},
    };
}

Result<CollegeAvis> EntretienCodec::decodeAvis(const QByteArray& json)
{
    return decodeWith<CollegeAvis>(json, &avisFromJson);
}

Result<CollegeAvis> EntretienCodec::avisFromJson(const QJsonValue& document)
{
    auto members = root(document, FicheText::tr("an avis"));
    if (!members) {
        return members.error();
    }
    Members& m = members.value();
    m.allow({"schema", "declaration", "request", "date", "avis", "conclusion"}, {});
    m.schema(CollegeAvis::schemaId());
    CollegeAvis avis;
    avis.declarationId = m.id("declaration");
    avis.requestId = m.id("request");
    avis.date = m.date("date");
    avis.avis = m.text("avis", observationsMaxLength, true);
    avis.conclusion = m.conclusion("conclusion");
    if (m.problem()) {
        return *m.problem();
    }
    return avis;
}

QJsonObject EntretienCodec::toJson(const CollegeAvis& avis)
{
    return {
        {QStringLiteral("schema"), CollegeAvis::schemaId()},
        {QStringLiteral("declaration"), avis.declarationId},
        {QStringLiteral("request"), avis.requestId},
        {QStringLiteral("date"), avis.date.toString(Qt::ISODate)},
        {QStringLiteral("avis"), avis.avis},
        {QStringLiteral("conclusion"), conclusionId(avis.conclusion)},
    };
}

// ---- canonical bytes -------------------------------------------------------------------------------------

QByteArray EntretienCodec::encode(const EntretienConvocation& convocation)
{
    return json::serialize(toJson(convocation));
}

QByteArray EntretienCodec::encode(const EntretienFiche& fiche)
{
    return json::serialize(toJson(fiche));
}

QByteArray EntretienCodec::encode(const AvisRequest& request)
{
    return json::serialize(toJson(request));
}

QByteArray EntretienCodec::encode(const CollegeAvis& avis)
{
    return json::serialize(toJson(avis));
}

} // namespace probitas
