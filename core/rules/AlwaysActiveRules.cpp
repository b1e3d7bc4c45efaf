#include "rules/AlwaysActiveRules.h"

#include "settings/SettingKeys.h"

#include <QCoreApplication>

namespace stint {

std::optional<AlwaysActiveRules> AlwaysActiveRules::fromSettings(const QJsonValue &patterns,
                                                                 const QJsonValue &awPattern, QString *error)
{
    AlwaysActiveRules rules;
    QString why;
    auto list = windowPatternsFromJson(patterns, &why);
    if (!list) {
        if (error)
            *error = settings::invalidMessage(settings::kAlwaysActive, why);
        return std::nullopt;
    }
    rules.m_patterns = std::move(*list);
    if (!awPattern.isNull() && !awPattern.isUndefined()) {
        rules.m_awPattern = QRegularExpression(awPattern.toString(), QRegularExpression::CaseInsensitiveOption);
        if (!awPattern.isString() || !rules.m_awPattern.isValid()) {
            if (error)
                *error = settings::invalidMessage(
                    settings::kAlwaysActivePattern,
                    QCoreApplication::translate("AlwaysActiveRules", "not a valid regular expression"));
            return std::nullopt;
        }
        rules.m_awPattern.optimize();
    }
    return rules;
}

bool AlwaysActiveRules::matches(const QString &app, const QString &title) const
{
    if (!m_awPattern.pattern().isEmpty() && (m_awPattern.match(app).hasMatch() || m_awPattern.match(title).hasMatch()))
        return true;
    return anyMatches(m_patterns, app, title);
}

} // namespace stint
