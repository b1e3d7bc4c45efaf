#include "model/Json.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonParseError>
#include <QLocale>

#include <cmath>

namespace stint::json {

namespace {

void appendString(QString &out, QStringView text)
{
    out += u'"';
    for (const QChar c : text) {
        const char16_t u = c.unicode();
        switch (u) {
        case u'"':
            out += u"\\\"";
            break;
        case u'\\':
            out += u"\\\\";
            break;
        case u'\b':
            out += u"\\b";
            break;
        case u'\f':
            out += u"\\f";
            break;
        case u'\n':
            out += u"\\n";
            break;
        case u'\r':
            out += u"\\r";
            break;
        case u'\t':
            out += u"\\t";
            break;
        default:
            if (u < 0x20) {
                static constexpr char16_t kHex[] = u"0123456789abcdef";
                const char16_t escape[] = {u'\\', u'u', u'0', u'0', kHex[u >> 4], kHex[u & 0xf]};
                out.append(reinterpret_cast<const QChar *>(escape), 6);
            } else {
                out += c;
            }
        }
    }
    out += u'"';
}

void appendValue(QString &out, const QJsonValue &value);

void appendObject(QString &out, const QJsonObject &object)
{
    out += u'{';
    bool first = true;
    for (auto it = object.constBegin(); it != object.constEnd(); ++it) {
        if (!first)
            out += u',';
        first = false;
        appendString(out, it.key());
        out += u':';
        appendValue(out, it.value());
    }
    out += u'}';
}

void appendValue(QString &out, const QJsonValue &value)
{
    switch (value.type()) {
    case QJsonValue::String:
        appendString(out, value.toString());
        break;
    case QJsonValue::Double: {
        // As Qt writes numbers: whole values up to 2^53 as integers, others shortest round-trip,
        // and non-finite values (which JSON cannot hold) as null.
        const double d = value.toDouble();
        if (!std::isfinite(d))
            out += u"null";
        else if (d == std::floor(d) && std::abs(d) <= 9007199254740992.0)
            out += QString::number(qint64(d));
        else
            out += QString::number(d, 'g', QLocale::FloatingPointShortest);
        break;
    }
    case QJsonValue::Bool:
        out += value.toBool() ? u"true" : u"false";
        break;
    case QJsonValue::Object:
        appendObject(out, value.toObject());
        break;
    case QJsonValue::Array: {
        out += u'[';
        const QJsonArray array = value.toArray();
        for (qsizetype i = 0; i < array.size(); ++i) {
            if (i > 0)
                out += u',';
            appendValue(out, array.at(i));
        }
        out += u']';
        break;
    }
    case QJsonValue::Null:
    case QJsonValue::Undefined:
        out += u"null";
        break;
    }
}

} // namespace

QString toCompactText(const QJsonObject &object)
{
    QString out;
    out.reserve(64);
    appendObject(out, object);
    return out;
}

QString toCompactText(const QJsonValue &value)
{
    QString out;
    appendValue(out, value);
    return out;
}

QByteArray toCompact(const QJsonObject &object)
{
    return toCompactText(object).toUtf8();
}

QByteArray toCompact(const QJsonValue &value)
{
    return toCompactText(value).toUtf8();
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
            *error = parseError.error != QJsonParseError::NoError ? QStringLiteral("malformed JSON at offset %1: %2")
                                                                        .arg(qMax(0, parseError.offset - 1))
                                                                        .arg(parseError.errorString())
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
            *error =
                QStringLiteral("malformed JSON at offset %1: %2").arg(parseError.offset).arg(parseError.errorString());
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
