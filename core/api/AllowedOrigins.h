#pragma once

#include <QJsonValue>
#include <QList>
#include <QRegularExpression>
#include <QStringList>

#include <optional>

namespace stint::api {

// The origins a user let in on top of the built-in ones (settings stint.api.cors, exact origins,
// and stint.api.corsRegex, patterns matched against the whole origin), as aw-server-rust's `cors`
// and `cors_regex`. Built once from the settings and then only read, so it is shared between
// threads as an immutable value.
class AllowedOrigins final
{
public:
    enum class Kind {
        Invalid,   // not "scheme://host[:port]"
        Extension, // chrome-extension://, moz-extension://, safari-web-extension://: one browser extension
        WebSite,   // http(s)://: every page of that site could read and write activity
        Other,     // another scheme; allowed only through the settings
    };

    AllowedOrigins() = default;

    // Both settings as stored (null when unset); nullopt with a message naming the setting when
    // one cannot be used (not a list of strings, an origin that is not one, a pattern that does
    // not compile).
    static std::optional<AllowedOrigins> fromSettings(const QJsonValue &exact, const QJsonValue &patterns,
                                                      QString *error);
    // One setting alone, for checking a value before it is stored.
    static std::optional<QStringList> parseExact(const QJsonValue &value, QString *error);
    static std::optional<QList<QRegularExpression>> parsePatterns(const QJsonValue &value, QString *error);

    static Kind kindOf(const QString &origin);

    bool matches(const QString &origin) const;
    const QStringList &exact() const { return m_exact; }
    // The patterns as the user wrote them (unanchored).
    const QStringList &patterns() const { return m_patternTexts; }

    // The built-in origins as they are shown (the API's own pages, aw-watcher-web's Chrome
    // extension, every Firefox extension, and in testing mode every Chrome extension and the web
    // UI's development server).
    static QStringList builtIn(quint16 port, bool testing);

private:
    QStringList m_exact;
    QList<QRegularExpression> m_patterns;
    QStringList m_patternTexts;
};

} // namespace stint::api
