#pragma once

#include <QJsonArray>
#include <QJsonObject>
#include <QJsonValue>
#include <QList>
#include <QRegularExpression>
#include <QString>
#include <QStringList>

#include <optional>
#include <utility>

namespace stint {

// One category in ActivityWatch's format:
// {"name": ["Work", "Programming"], "rule": {"type": "regex", "regex": "...", "ignore_case": true},
//  "data": {"color": "#3a7", "score": 1}}. A rule of type "none" only names a parent.
struct CategoryRule
{
    QStringList name;
    QString regex; // empty for type "none"
    bool ignoreCase = false;
    QJsonObject data;
    QRegularExpression compiled;

    // True when the regex matches any string value of `data` (never for type "none").
    bool matches(const QJsonObject &values) const;
};

// Hierarchical categories: the regex of each rule is tried against every string value of the
// event data; the deepest matching category wins (among equally deep ones, the later rule);
// no match is ["Uncategorized"]. Matching is pure: callers cache per distinct data.
class CategoryRules final
{
public:
    static const QStringList &uncategorized();

    // A list of rules, or an object holding it under "categories" (ActivityWatch's export file).
    // An error names the rule (position and name): a bad regex, a wrong type, a missing name.
    static std::optional<CategoryRules> fromJson(const QJsonValue &value, QString *error);
    // Work/Programming, Work/Documents, Comms/..., Media/..., Social, Web browsing, System, ...
    static CategoryRules defaults();

    // The stored form: a list of rules (ActivityWatch's "classes" setting).
    QJsonArray toJson() const;
    // The export file: {"categories": [...]}, which ActivityWatch's import reads.
    QJsonObject toExportJson() const;

    const QList<CategoryRule> &rules() const { return m_rules; }
    bool isEmpty() const { return m_rules.isEmpty(); }

    // Index of the winning rule, or -1 for Uncategorized. `extra` adds more values to try (the
    // browser tab that was shown in a browser window).
    int match(const QJsonObject &data, const QJsonObject &extra = {}) const;
    // The category an entry by hand names (data key "category", see ManualEntry) while a rule of
    // that name exists, else match().
    int categorize(const QJsonObject &data, const QJsonObject &extra = {}) const;

    QStringList nameOf(int index) const;
    // The rule's score, else the nearest ancestor's that has one, else 0.
    double scoreOf(int index) const;
    // The lowest and the highest score any time can get: Uncategorized's 0 included, so the
    // productivity score (their time-weighted mean) always lies between them.
    std::pair<double, double> scoreRange() const;
    // The rule's colour, else the nearest ancestor's, else empty.
    QString colorOf(int index) const;

private:
    void resolveInheritance();

    QList<CategoryRule> m_rules;
    QList<double> m_scores;
    QStringList m_colors;
};

} // namespace stint
