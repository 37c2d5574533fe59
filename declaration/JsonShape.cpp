#include "JsonShape.h"

#include "ShownInput.h"

#include <QCoreApplication>

namespace probitas::json_shape {

namespace {

struct JsonShapeText
{
    Q_DECLARE_TR_FUNCTIONS(JsonShapeText)
};

} // namespace

Error at(const QString& path, const QString& problem)
{
    // The path holds the document's own keys: shown bounded and escaped.
    return Error::unusable(shownInput(path, 200) + QStringLiteral(": ") + problem,
                           QStringLiteral("document.invalid-value"));
}

QString describe(const QJsonValue& value)
{
    switch (value.type()) {
    case QJsonValue::String:
        return QStringLiteral("\"%1\"").arg(shownInput(value.toString(), 40));
    case QJsonValue::Double:
        return QString::number(value.toInteger());
    case QJsonValue::Bool:
        return value.toBool() ? QStringLiteral("true") : QStringLiteral("false");
    case QJsonValue::Null:
        return QStringLiteral("null");
    case QJsonValue::Array:
        return JsonShapeText::tr("a list");
    case QJsonValue::Object:
        return JsonShapeText::tr("an object");
    case QJsonValue::Undefined:
        break;
    }
    return JsonShapeText::tr("nothing");
}

} // namespace probitas::json_shape
