#pragma once

#include "rules/WindowPattern.h"
#include "watchers/WindowInfo.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QList>

#include <optional>

namespace stint {

// What must never reach the database: windows whose app/title match a rule are either dropped
// (stored only as "(excluded)", so the time shows as excluded rather than missing) or redacted
// (title replaced, app kept). Applied by the window watcher before the datastore sees anything.
class PrivacyRules final
{
    Q_DECLARE_TR_FUNCTIONS(PrivacyRules)

public:
    enum class Action { Drop, Redact };
    struct Rule
    {
        WindowPattern pattern;
        Action action;
    };

    static const QString kExcluded; // app and title of a dropped window
    static const QString kRedacted; // title of a redacted window

    PrivacyRules() = default;
    explicit PrivacyRules(QList<Rule> rules);

    // From [{"app": regex, "title": regex, "action": "drop"|"redact"}]; null means no rules. The
    // error names the rule (1-based).
    static std::optional<PrivacyRules> fromJson(const QJsonValue &value, QString *error);
    QJsonArray toJson() const;

    // The window as it may be stored. A drop rule wins over a redact rule.
    WindowInfo apply(const WindowInfo &window) const;

    const QList<Rule> &rules() const { return m_rules; }

private:
    QList<Rule> m_rules;
};

} // namespace stint
