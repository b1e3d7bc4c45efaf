#pragma once

#include <QByteArray>
#include <QByteArrayView>
#include <QJsonObject>
#include <QJsonValue>
#include <QString>

#include <optional>

namespace stint::json {

// Compact JSON text for any value, including scalars (which QJsonDocument alone cannot hold).
QByteArray toCompact(const QJsonValue &value);
QByteArray toCompact(const QJsonObject &object);

// The same compact JSON as UTF-16 text, written directly (no QJsonDocument round trip): this is
// what the writer binds for every stored event, so it is on the hot path.
QString toCompactText(const QJsonObject &object);

// Parses any JSON value; nullopt with a message (and its offset) on malformed input.
std::optional<QJsonValue> parseValue(QByteArrayView text, QString *error);
// Parses a JSON object; anything else is an error.
std::optional<QJsonObject> parseObject(QByteArrayView text, QString *error);

} // namespace stint::json
