#pragma once

#include <QJsonArray>
#include <QJsonObject>
#include <QList>
#include <QRegularExpression>
#include <QString>

#include <optional>

namespace stint {

// A pattern for windows: a regular expression for the app and/or one for the title, matched
// case-insensitively anywhere in the string. An empty part matches anything, but at least one
// part must be given. Shared by the privacy rules, the always-active rules and the reports.
class WindowPattern final
{
public:
    // nullopt with a message naming the bad part when a regex does not compile or both are empty.
    static std::optional<WindowPattern> create(const QString &app, const QString &title, QString *error);
    // From {"app": "...", "title": "..."}; unknown keys are ignored, wrong types are errors.
    static std::optional<WindowPattern> fromJson(const QJsonObject &object, QString *error);
    QJsonObject toJson() const;

    bool matches(const QString &app, const QString &title) const;

    QString app() const { return m_app.pattern(); }
    QString title() const { return m_title.pattern(); }

    friend bool operator==(const WindowPattern &a, const WindowPattern &b)
    {
        return a.app() == b.app() && a.title() == b.title();
    }

private:
    WindowPattern() = default;

    QRegularExpression m_app;
    QRegularExpression m_title;
};

using WindowPatternList = QList<WindowPattern>;

// Parses a JSON array of patterns; an error names the rule's position (1-based).
std::optional<WindowPatternList> windowPatternsFromJson(const QJsonValue &value, QString *error);
QJsonArray windowPatternsToJson(const WindowPatternList &patterns);
bool anyMatches(const WindowPatternList &patterns, const QString &app, const QString &title);

} // namespace stint
