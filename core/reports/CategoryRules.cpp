#include "reports/CategoryRules.h"

#include "manual/ManualEntry.h"

#include <QCoreApplication>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace stint {
namespace {

struct DefaultRule
{
    QStringList name;
    QString regex;
    QString color;
    std::optional<double> score;
};

// Equally deep matches go to the later rule, so generic "Web browsing" comes before the sites.
// Regexes are matched case-insensitively against app names and titles of Linux, Windows and
// macOS windows, and against URLs when a browser tab is known.
const QList<DefaultRule> &defaultRules()
{
    static const QList<DefaultRule> kRules = {
        {{u"Work"_s}, {}, u"#0F9D58"_s, 2},
        {{u"Work"_s, u"Programming"_s},
         u"code|vim|emacs|qtcreator|qt creator|clion|intellij|pycharm|jetbrains|visual "
         u"studio|\\bkate\\b|sublime|\\bzed\\b|"
         u"konsole|terminal|alacritty|kitty|wezterm|xterm|github\\.com|gitlab|stackoverflow|cppreference|"
         u"doc\\.qt\\.io"_s,
         u"#2E7D32"_s,
         {}},
        {{u"Work"_s, u"Documents"_s},
         u"libreoffice|soffice|\\bcalc\\b|winword|\\bword\\b|excel|powerpoint|okular|evince|acrobat|\\.pdf|"
         u"docs\\.google|notion|obsidian|overleaf"_s,
         u"#43A047"_s,
         {}},
        {{u"Work"_s, u"Design"_s}, u"gimp|inkscape|krita|figma|blender|darktable"_s, u"#66BB6A"_s, {}},
        {{u"Comms"_s}, {}, u"#4285F4"_s, 1},
        {{u"Comms"_s, u"Chat"_s},
         u"slack|discord|telegram|\\bsignal\\b|\\belement\\b|whatsapp|mattermost|teams\\.live|rocket\\.chat|\\birc\\b"_s,
         u"#1E88E5"_s,
         {}},
        {{u"Comms"_s, u"Email"_s},
         u"thunderbird|outlook|^evolution$|geary|mail\\.google|gmail|protonmail|kmail"_s,
         u"#42A5F5"_s,
         {}},
        {{u"Comms"_s, u"Meetings"_s},
         u"\\bzoom\\b|meet\\.google|teams|jitsi|webex|skype|bigbluebutton"_s,
         u"#64B5F6"_s,
         {}},
        {{u"Media"_s}, {}, u"#DB4437"_s, -1},
        {{u"Media"_s, u"Video"_s}, u"youtube|netflix|vlc|\\bmpv\\b|twitch|vimeo|\\bplex\\b|disney"_s, u"#E53935"_s, {}},
        {{u"Media"_s, u"Music"_s}, u"spotify|rhythmbox|elisa|amarok|deezer|soundcloud|music"_s, u"#EF5350"_s, {}},
        {{u"Media"_s, u"Games"_s}, u"\\bsteam\\b|lutris|minecraft|heroic|itch\\.io|retroarch"_s, u"#F06292"_s, -2},
        {{u"Web browsing"_s},
         u"firefox|chrom|brave|vivaldi|\\bopera\\b|safari|msedge|epiphany|wikipedia"_s,
         u"#AB47BC"_s,
         0},
        {{u"Social"_s},
         u"reddit|twitter|\\bx\\.com|facebook|instagram|mastodon|linkedin|bsky|news\\.ycombinator"_s,
         u"#F4B400"_s,
         -1},
        {{u"System"_s},
         u"nautilus|dolphin|explorer\\.exe|\\bfinder\\b|systemsettings|gnome-control-center|settings|task manager|"
         u"htop|lock screen|lockscreen|plasmashell|gnome-shell|"
         // Stint's own window: X11 class, Windows executable, Wayland app id.
         u"^stint(\\.exe)?$|^org\\.stint\\.stint$"_s,
         u"#9E9E9E"_s,
         0},
    };
    return kRules;
}

QString describeRule(qsizetype index, const QStringList &name)
{
    return name.isEmpty()
        ? QCoreApplication::translate("CategoryRules", "category %1").arg(index + 1)
        : QCoreApplication::translate("CategoryRules", "category %1 (\"%2\")").arg(index + 1).arg(name.join(u" > "_s));
}

std::optional<CategoryRule> parseRule(const QJsonValue &value, QString *why, QStringList *name)
{
    if (!value.isObject()) {
        *why = QCoreApplication::translate("CategoryRules", "not a JSON object");
        return std::nullopt;
    }
    const QJsonObject object = value.toObject();
    CategoryRule rule;
    const QJsonValue nameValue = object.value(u"name"_s);
    if (nameValue.isString())
        rule.name = QStringList{nameValue.toString()};
    for (const QJsonValue &part : nameValue.toArray()) {
        if (!part.isString() || part.toString().isEmpty()) {
            *why = QCoreApplication::translate("CategoryRules", "\"name\" must be a list of non-empty strings");
            return std::nullopt;
        }
        rule.name.append(part.toString());
    }
    *name = rule.name;
    if (rule.name.isEmpty()) {
        *why = QCoreApplication::translate("CategoryRules", "\"name\" must be a non-empty list of strings");
        return std::nullopt;
    }
    const QJsonValue ruleValue = object.value(u"rule"_s);
    if (!ruleValue.isUndefined() && !ruleValue.isNull() && !ruleValue.isObject()) {
        *why = QCoreApplication::translate("CategoryRules", "\"rule\" must be an object");
        return std::nullopt;
    }
    const QJsonObject ruleObject = ruleValue.toObject();
    const QString type = ruleObject.value(u"type"_s).toString(u"none"_s);
    if (type == u"regex"_s) {
        const QJsonValue regex = ruleObject.value(u"regex"_s);
        if (!regex.isString() || regex.toString().isEmpty()) {
            // An empty regex would match everything; refuse it rather than guess.
            *why = QCoreApplication::translate("CategoryRules", "a regex rule needs a non-empty \"regex\" string");
            return std::nullopt;
        }
        rule.regex = regex.toString();
        rule.ignoreCase = ruleObject.value(u"ignore_case"_s).toBool(false);
        rule.compiled = QRegularExpression(rule.regex,
                                           rule.ignoreCase ? QRegularExpression::CaseInsensitiveOption
                                                           : QRegularExpression::NoPatternOption);
        if (!rule.compiled.isValid()) {
            *why = QCoreApplication::translate("CategoryRules", "invalid regex \"%1\": %2 at offset %3")
                       .arg(rule.regex, rule.compiled.errorString())
                       .arg(rule.compiled.patternErrorOffset());
            return std::nullopt;
        }
        rule.compiled.optimize();
    } else if (type != u"none"_s) {
        *why = QCoreApplication::translate("CategoryRules", "unknown rule type \"%1\" (known: regex, none)").arg(type);
        return std::nullopt;
    }
    const QJsonValue data = object.value(u"data"_s);
    if (!data.isUndefined() && !data.isNull() && !data.isObject()) {
        *why = QCoreApplication::translate("CategoryRules", "\"data\" must be an object");
        return std::nullopt;
    }
    rule.data = data.toObject();
    return rule;
}

} // namespace

bool CategoryRule::matches(const QJsonObject &values) const
{
    if (regex.isEmpty())
        return false;
    for (auto it = values.constBegin(); it != values.constEnd(); ++it) {
        if (it.value().isString() && compiled.match(it.value().toString()).hasMatch())
            return true;
    }
    return false;
}

const QStringList &CategoryRules::uncategorized()
{
    static const QStringList kName{u"Uncategorized"_s};
    return kName;
}

std::optional<CategoryRules> CategoryRules::fromJson(const QJsonValue &value, QString *error)
{
    QJsonValue list = value;
    if (value.isObject())
        list = value.toObject().value(u"categories"_s);
    if (!list.isArray()) {
        if (error)
            *error = QCoreApplication::translate(
                "CategoryRules", "categories must be a JSON list of rules, or an object with a \"categories\" list");
        return std::nullopt;
    }
    CategoryRules rules;
    const QJsonArray array = list.toArray();
    for (qsizetype i = 0; i < array.size(); ++i) {
        QString why;
        QStringList name;
        const auto rule = parseRule(array.at(i), &why, &name);
        if (!rule) {
            if (error)
                *error = QCoreApplication::translate("CategoryRules", "%1: %2").arg(describeRule(i, name), why);
            return std::nullopt;
        }
        rules.m_rules.append(*rule);
    }
    rules.resolveInheritance();
    return rules;
}

CategoryRules CategoryRules::defaults()
{
    // Made once: every report engine starts from them, and compiling their patterns was some 6%
    // of a fresh engine's warm year (stint-bench query). Copies share the compiled patterns.
    static const CategoryRules kDefaults = [] {
        QJsonArray array;
        for (const DefaultRule &rule : defaultRules()) {
            QJsonObject data{{u"color"_s, rule.color}};
            if (rule.score)
                data.insert(u"score"_s, *rule.score);
            QJsonObject ruleObject{{u"type"_s, u"none"_s}};
            if (!rule.regex.isEmpty())
                ruleObject = {{u"type"_s, u"regex"_s}, {u"regex"_s, rule.regex}, {u"ignore_case"_s, true}};
            array.append(QJsonObject{
                {u"name"_s, QJsonArray::fromStringList(rule.name)}, {u"rule"_s, ruleObject}, {u"data"_s, data}});
        }
        QString error;
        auto rules = fromJson(array, &error);
        Q_ASSERT_X(rules, "CategoryRules::defaults", qPrintable(error));
        return rules.value_or(CategoryRules());
    }();
    return kDefaults;
}

QJsonArray CategoryRules::toJson() const
{
    QJsonArray array;
    for (const CategoryRule &rule : m_rules) {
        QJsonObject ruleObject{{u"type"_s, u"none"_s}};
        if (!rule.regex.isEmpty())
            ruleObject = {{u"type"_s, u"regex"_s}, {u"regex"_s, rule.regex}, {u"ignore_case"_s, rule.ignoreCase}};
        QJsonObject object{{u"name"_s, QJsonArray::fromStringList(rule.name)}, {u"rule"_s, ruleObject}};
        if (!rule.data.isEmpty())
            object.insert(u"data"_s, rule.data);
        array.append(object);
    }
    return array;
}

QJsonObject CategoryRules::toExportJson() const
{
    return QJsonObject{{u"categories"_s, toJson()}};
}

int CategoryRules::categorize(const QJsonObject &data, const QJsonObject &extra) const
{
    const QStringList chosen = ManualEntry::categoryOf(data);
    if (!chosen.isEmpty()) {
        for (int i = 0; i < int(m_rules.size()); ++i) {
            if (m_rules.at(i).name == chosen)
                return i;
        }
    }
    return match(data, extra);
}

int CategoryRules::match(const QJsonObject &data, const QJsonObject &extra) const
{
    int best = -1;
    for (int i = 0; i < int(m_rules.size()); ++i) {
        const CategoryRule &rule = m_rules.at(i);
        if (rule.regex.isEmpty() || (best >= 0 && rule.name.size() < m_rules.at(best).name.size()))
            continue;
        if (rule.matches(data) || rule.matches(extra))
            best = i;
    }
    return best;
}

QStringList CategoryRules::nameOf(int index) const
{
    return index < 0 ? uncategorized() : m_rules.at(index).name;
}

double CategoryRules::scoreOf(int index) const
{
    return index < 0 ? 0.0 : m_scores.at(index);
}

std::pair<double, double> CategoryRules::scoreRange() const
{
    std::pair<double, double> range{0.0, 0.0};
    for (double score : m_scores) {
        range.first = std::min(range.first, score);
        range.second = std::max(range.second, score);
    }
    return range;
}

QString CategoryRules::colorOf(int index) const
{
    return index < 0 ? QString() : m_colors.at(index);
}

void CategoryRules::resolveInheritance()
{
    m_scores.clear();
    m_colors.clear();
    for (const CategoryRule &rule : m_rules) {
        std::optional<double> score;
        QString color;
        // Walk from the rule itself up through its ancestors' names.
        for (qsizetype depth = rule.name.size(); depth > 0 && (!score || color.isEmpty()); --depth) {
            const QStringList prefix = rule.name.first(depth);
            for (const CategoryRule &other : m_rules) {
                if (other.name != prefix)
                    continue;
                if (!score && other.data.value(u"score"_s).isDouble())
                    score = other.data.value(u"score"_s).toDouble();
                if (color.isEmpty())
                    color = other.data.value(u"color"_s).toString();
            }
        }
        m_scores.append(score.value_or(0.0));
        m_colors.append(color);
    }
}

} // namespace stint
