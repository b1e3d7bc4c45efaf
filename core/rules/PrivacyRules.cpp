#include "rules/PrivacyRules.h"

#include <QJsonObject>

using namespace Qt::StringLiterals;

namespace stint {

const QString PrivacyRules::kExcluded = u"(excluded)"_s;
const QString PrivacyRules::kRedacted = u"(redacted)"_s;

PrivacyRules::PrivacyRules(QList<Rule> rules)
    : m_rules(std::move(rules))
{
}

std::optional<PrivacyRules> PrivacyRules::fromJson(const QJsonValue &value, QString *error)
{
    if (value.isNull() || value.isUndefined())
        return PrivacyRules();
    const auto fail = [error](qsizetype index, const QString &why) {
        if (error)
            *error = index < 0 ? why : tr("rule %1: %2").arg(index + 1).arg(why);
        return std::nullopt;
    };
    if (!value.isArray())
        return fail(-1, tr("the rules must be a JSON array"));
    const QJsonArray array = value.toArray();
    QList<Rule> rules;
    for (qsizetype i = 0; i < array.size(); ++i) {
        if (!array.at(i).isObject())
            return fail(i, tr("not a JSON object"));
        const QJsonObject object = array.at(i).toObject();
        const QString action = object.value(u"action"_s).toString();
        if (action != u"drop"_s && action != u"redact"_s)
            return fail(i, tr("\"action\" must be \"drop\" or \"redact\""));
        QString why;
        auto pattern = WindowPattern::fromJson(object, &why);
        if (!pattern)
            return fail(i, why);
        rules.append(Rule{std::move(*pattern), action == u"drop"_s ? Action::Drop : Action::Redact});
    }
    return PrivacyRules(std::move(rules));
}

QJsonArray PrivacyRules::toJson() const
{
    QJsonArray array;
    for (const Rule &rule : m_rules) {
        QJsonObject object = rule.pattern.toJson();
        object.insert(u"action"_s, rule.action == Action::Drop ? u"drop"_s : u"redact"_s);
        array.append(object);
    }
    return array;
}

WindowInfo PrivacyRules::apply(const WindowInfo &window) const
{
    bool redact = false;
    for (const Rule &rule : m_rules) {
        if (!rule.pattern.matches(window.app, window.title))
            continue;
        if (rule.action == Action::Drop)
            return WindowInfo{kExcluded, kExcluded};
        redact = true;
    }
    return redact ? WindowInfo{window.app, kRedacted} : window;
}

} // namespace stint
