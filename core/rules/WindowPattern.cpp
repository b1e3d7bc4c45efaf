#include "rules/WindowPattern.h"

#include <QCoreApplication>
#include <QJsonArray>

namespace stint {

namespace {

bool compile(QRegularExpression &re, const QString &pattern, const QString &part, QString *error)
{
    if (pattern.isEmpty())
        return true;
    re = QRegularExpression(pattern, QRegularExpression::CaseInsensitiveOption);
    if (re.isValid()) {
        re.optimize();
        return true;
    }
    if (error)
        *error = QCoreApplication::translate("WindowPattern", "invalid %1 pattern \"%2\": %3 at offset %4")
                     .arg(part, pattern, re.errorString())
                     .arg(re.patternErrorOffset());
    return false;
}

bool readString(const QJsonObject &object, const QString &key, QString *out, QString *error)
{
    const QJsonValue value = object.value(key);
    if (value.isUndefined() || value.isNull())
        return true;
    if (!value.isString()) {
        if (error)
            *error = QCoreApplication::translate("WindowPattern", "\"%1\" must be a string").arg(key);
        return false;
    }
    *out = value.toString();
    return true;
}

} // namespace

std::optional<WindowPattern> WindowPattern::create(const QString &app, const QString &title, QString *error)
{
    if (app.isEmpty() && title.isEmpty()) {
        if (error)
            *error = QCoreApplication::translate("WindowPattern", "a rule needs an app or a title pattern");
        return std::nullopt;
    }
    WindowPattern pattern;
    if (!compile(pattern.m_app, app, QStringLiteral("app"), error)
        || !compile(pattern.m_title, title, QStringLiteral("title"), error))
        return std::nullopt;
    return pattern;
}

std::optional<WindowPattern> WindowPattern::fromJson(const QJsonObject &object, QString *error)
{
    QString app;
    QString title;
    if (!readString(object, QStringLiteral("app"), &app, error)
        || !readString(object, QStringLiteral("title"), &title, error))
        return std::nullopt;
    return create(app, title, error);
}

QJsonObject WindowPattern::toJson() const
{
    QJsonObject object;
    if (!app().isEmpty())
        object.insert(QStringLiteral("app"), app());
    if (!title().isEmpty())
        object.insert(QStringLiteral("title"), title());
    return object;
}

bool WindowPattern::matches(const QString &app, const QString &title) const
{
    if (!m_app.pattern().isEmpty() && !m_app.match(app).hasMatch())
        return false;
    if (!m_title.pattern().isEmpty() && !m_title.match(title).hasMatch())
        return false;
    return true;
}

std::optional<WindowPatternList> windowPatternsFromJson(const QJsonValue &value, QString *error)
{
    WindowPatternList patterns;
    if (value.isNull() || value.isUndefined())
        return patterns;
    if (!value.isArray()) {
        if (error)
            *error = QCoreApplication::translate("WindowPattern", "the rules must be a JSON array");
        return std::nullopt;
    }
    const QJsonArray array = value.toArray();
    for (qsizetype i = 0; i < array.size(); ++i) {
        QString why;
        std::optional<WindowPattern> pattern;
        if (array.at(i).isObject())
            pattern = WindowPattern::fromJson(array.at(i).toObject(), &why);
        else
            why = QCoreApplication::translate("WindowPattern", "not a JSON object");
        if (!pattern) {
            if (error)
                *error = QCoreApplication::translate("WindowPattern", "rule %1: %2").arg(i + 1).arg(why);
            return std::nullopt;
        }
        patterns.append(*pattern);
    }
    return patterns;
}

QJsonArray windowPatternsToJson(const WindowPatternList &patterns)
{
    QJsonArray array;
    for (const WindowPattern &pattern : patterns)
        array.append(pattern.toJson());
    return array;
}

bool anyMatches(const WindowPatternList &patterns, const QString &app, const QString &title)
{
    return std::any_of(patterns.cbegin(), patterns.cend(),
                       [&](const WindowPattern &p) { return p.matches(app, title); });
}

} // namespace stint
