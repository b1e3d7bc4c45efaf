#include "api/AllowedOrigins.h"

#include "settings/SettingKeys.h"
#include "util/English.h"

#include <QJsonArray>

namespace stint::api {

namespace {

// Each entry of a setting, as text; nullopt when the value is neither null nor a list of strings.
std::optional<QStringList> strings(const QJsonValue &value, QStringView name, QString *error)
{
    QStringList list;
    if (value.isNull() || value.isUndefined())
        return list;
    if (value.isArray()) {
        const QJsonArray array = value.toArray();
        for (const QJsonValue &item : array) {
            if (!item.isString())
                break;
            list.append(item.toString());
        }
        if (list.size() == array.size())
            return list;
    }
    if (error)
        *error = english("the setting \"%1\" must be a list of strings").arg(name.toString());
    return std::nullopt;
}

} // namespace

AllowedOrigins::Kind AllowedOrigins::kindOf(const QString &origin)
{
    // Lower case as browsers send it; no path, no query, no spaces, no user part.
    static const QRegularExpression shape(QRegularExpression::anchoredPattern(
        QStringLiteral("([a-z][a-z0-9+.-]*)://[A-Za-z0-9._~%!$&'()*+,;=\\[\\]:-]+")));
    const QRegularExpressionMatch match = shape.match(origin);
    if (!match.hasMatch() || origin.endsWith(u':'))
        return Kind::Invalid;
    const QString scheme = match.captured(1);
    if (scheme == u"chrome-extension" || scheme == u"moz-extension" || scheme == u"safari-web-extension")
        return origin.indexOf(u':', scheme.size() + 3) >= 0 ? Kind::Invalid : Kind::Extension;
    if (scheme == u"http" || scheme == u"https")
        return Kind::WebSite;
    return Kind::Other;
}

std::optional<QStringList> AllowedOrigins::parseExact(const QJsonValue &value, QString *error)
{
    auto list = strings(value, settings::kApiCors, error);
    if (!list)
        return std::nullopt;
    for (const QString &origin : std::as_const(*list)) {
        if (kindOf(origin) == Kind::Invalid) {
            if (error)
                *error = english("the setting \"%1\": \"%2\" is not an origin (scheme://host[:port], lower case, "
                                 "nothing after it)")
                             .arg(settings::kApiCors.toString(), origin);
            return std::nullopt;
        }
    }
    list->removeDuplicates();
    return list;
}

std::optional<QList<QRegularExpression>> AllowedOrigins::parsePatterns(const QJsonValue &value, QString *error)
{
    const auto list = strings(value, settings::kApiCorsRegex, error);
    if (!list)
        return std::nullopt;
    QList<QRegularExpression> patterns;
    for (const QString &pattern : *list) {
        QRegularExpression regex(QRegularExpression::anchoredPattern(pattern));
        if (pattern.isEmpty() || !regex.isValid()) {
            if (error)
                *error = english("the setting \"%1\": \"%2\" is not a valid pattern%3")
                             .arg(settings::kApiCorsRegex.toString(), pattern,
                                  pattern.isEmpty() ? QString() : QStringLiteral(": ") + regex.errorString());
            return std::nullopt;
        }
        regex.optimize();
        patterns.append(std::move(regex));
    }
    return patterns;
}

std::optional<AllowedOrigins> AllowedOrigins::fromSettings(const QJsonValue &exact, const QJsonValue &patterns,
                                                           QString *error)
{
    auto exactList = parseExact(exact, error);
    auto patternList = exactList ? parsePatterns(patterns, error) : std::nullopt;
    if (!patternList)
        return std::nullopt;
    AllowedOrigins origins;
    origins.m_exact = std::move(*exactList);
    origins.m_patterns = std::move(*patternList);
    origins.m_patternTexts = strings(patterns, settings::kApiCorsRegex, nullptr).value_or(QStringList());
    return origins;
}

bool AllowedOrigins::matches(const QString &origin) const
{
    if (m_exact.contains(origin))
        return true;
    return std::any_of(m_patterns.cbegin(), m_patterns.cend(),
                       [&origin](const QRegularExpression &regex) { return regex.match(origin).hasMatch(); });
}

QStringList AllowedOrigins::builtIn(quint16 port, bool testing)
{
    QStringList list;
    for (const quint16 allowed : testing ? QList<quint16>{port, 27180} : QList<quint16>{port}) {
        list.append(QStringLiteral("http://localhost:%1").arg(allowed));
        list.append(QStringLiteral("http://127.0.0.1:%1").arg(allowed));
    }
    list.append(QStringLiteral("chrome-extension://nglaklhklhcoonedhgnpgddginnjdadi"));
    if (testing)
        list.append(QStringLiteral("chrome-extension://*"));
    list.append(QStringLiteral("moz-extension://*"));
    return list;
}

} // namespace stint::api
