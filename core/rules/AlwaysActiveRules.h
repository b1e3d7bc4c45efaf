#pragma once

#include "rules/WindowPattern.h"

#include <QJsonValue>
#include <QRegularExpression>

#include <optional>

namespace stint {

// Windows that count as active without keyboard or mouse input (video players, meetings):
// Stint's own pattern list plus ActivityWatch's single "always_active_pattern" regex, which is
// tried against the app and the title. Shared by the AFK watcher (live) and the reports (past).
class AlwaysActiveRules final
{
public:
    AlwaysActiveRules() = default;

    // From the two stored settings, either of which may be null (unset); the error names the
    // setting that cannot be used.
    static std::optional<AlwaysActiveRules> fromSettings(const QJsonValue &patterns, const QJsonValue &awPattern,
                                                         QString *error);

    bool matches(const QString &app, const QString &title) const;
    bool isEmpty() const { return m_patterns.isEmpty() && m_awPattern.pattern().isEmpty(); }
    const WindowPatternList &patterns() const { return m_patterns; }

private:
    WindowPatternList m_patterns;
    QRegularExpression m_awPattern; // empty: none
};

} // namespace stint
