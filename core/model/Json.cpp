#include "model/Json.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonParseError>

namespace stint::json {

QByteArray toCompact(const QJsonObject &object)
{
    return QJsonDocument(object).toJson(QJsonDocument::Compact);
}

QByteArray toCompact(const QJsonValue &value)
{
    if (value.isObject())
        return toCompact(value.toObject());
    if (value.isArray())
        return QJsonDocument(value.toArray()).toJson(QJsonDocument::Compact);
    // Wrap the scalar in an array and strip the brackets again.
    const QByteArray wrapped = QJsonDocument(QJsonArray{value}).toJson(QJsonDocument::Compact);
    return wrapped.mid(1, wrapped.size() - 2);
}

std::optional<QJsonValue> parseValue(QByteArrayView text, QString *error)
{
    QByteArray wrapped;
    wrapped.reserve(text.size() + 2);
    wrapped.append('[').append(text.data(), text.size()).append(']');
    QJsonParseError parseError{};
    const QJsonDocument doc = QJsonDocument::fromJson(wrapped, &parseError);
    if (parseError.error != QJsonParseError::NoError || !doc.isArray() || doc.array().size() != 1) {
        if (error) {
            *error = parseError.error != QJsonParseError::NoError
                ? QStringLiteral("malformed JSON at offset %1: %2").arg(qMax(0, parseError.offset - 1)).arg(parseError.errorString())
                : QStringLiteral("expected exactly one JSON value");
        }
        return std::nullopt;
    }
    return doc.array().at(0);
}

std::optional<QJsonObject> parseObject(QByteArrayView text, QString *error)
{
    QJsonParseError parseError{};
    const QJsonDocument doc = QJsonDocument::fromJson(QByteArray::fromRawData(text.data(), text.size()), &parseError);
    if (parseError.error != QJsonParseError::NoError) {
        if (error)
            *error = QStringLiteral("malformed JSON at offset %1: %2").arg(parseError.offset).arg(parseError.errorString());
        return std::nullopt;
    }
    if (!doc.isObject()) {
        if (error)
            *error = QStringLiteral("expected a JSON object");
        return std::nullopt;
    }
    return doc.object();
}

} // namespace stint::json
