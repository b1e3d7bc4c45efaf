#include "model/Bucket.h"

#include "util/UnicodeText.h"

#include "model/Timestamp.h"

#include <QJsonValue>

namespace stint {

QJsonObject Bucket::toJson() const
{
    QJsonObject json;
    json.insert(QStringLiteral("id"), id);
    json.insert(QStringLiteral("type"), type);
    json.insert(QStringLiteral("client"), client);
    json.insert(QStringLiteral("hostname"), hostname);
    json.insert(QStringLiteral("created"), Timestamp::toRfc3339(created));
    json.insert(QStringLiteral("data"), data);
    QJsonObject metadata;
    metadata.insert(QStringLiteral("start"), firstStart ? QJsonValue(Timestamp::toRfc3339(*firstStart)) : QJsonValue());
    metadata.insert(QStringLiteral("end"), lastEnd ? QJsonValue(Timestamp::toRfc3339(*lastEnd)) : QJsonValue());
    json.insert(QStringLiteral("metadata"), metadata);
    return json;
}

std::optional<Bucket> Bucket::fromJson(const QString &id, const QJsonObject &json, QString *error)
{
    auto fail = [error](const QString &message) {
        if (error)
            *error = message;
        return std::nullopt;
    };
    Bucket bucket;
    bucket.id = id;
    for (auto [field, target] :
         {std::pair{QStringLiteral("type"), &bucket.type}, std::pair{QStringLiteral("client"), &bucket.client},
          std::pair{QStringLiteral("hostname"), &bucket.hostname}}) {
        const QJsonValue value = json.value(field);
        if (!value.isString())
            return fail(QStringLiteral("bucket '%1' is missing or not a string").arg(field));
        *target = value.toString();
    }
    const QJsonValue created = json.value(QStringLiteral("created"));
    if (!created.isUndefined() && !created.isNull()) {
        QString why;
        const auto parsed = created.isString() ? Timestamp::parseRfc3339(created.toString(), &why) : std::nullopt;
        if (!parsed)
            return fail(why.isEmpty() ? QStringLiteral("bucket 'created' is not an RFC 3339 date-time")
                                      : QStringLiteral("bucket 'created' cannot be kept: %1").arg(why));
        bucket.created = *parsed;
    }
    const QJsonValue data = json.value(QStringLiteral("data"));
    if (!data.isUndefined() && !data.isNull()) {
        if (!data.isObject())
            return fail(QStringLiteral("bucket 'data' must be a JSON object"));
        bucket.data = data.toObject();
    }
    if (const QString problem = bucket.namesProblem(); !problem.isEmpty())
        return fail(problem);
    return bucket;
}

QString Bucket::namesProblem() const
{
    if (id.trimmed().isEmpty())
        return id.isEmpty() ? QStringLiteral("a bucket id must not be empty")
                            : QStringLiteral("a bucket id must not be only white space");
    for (const auto &[field, name] : {std::pair{"id", &id}, std::pair{"type", &type}, std::pair{"client", &client},
                                      std::pair{"hostname", &hostname}}) {
        if (unicode::startsWithBom(*name))
            return QStringLiteral("the bucket's %1 begins with U+FEFF, which the database would drop as a byte order "
                                  "mark; it cannot be stored as it is")
                .arg(QLatin1StringView(field));
    }
    return {};
}

} // namespace stint
