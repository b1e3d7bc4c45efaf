#pragma once

#include "RefreshGate.h"
#include "UiContext.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QJsonValue>
#include <QStringList>
#include <QWidget>

#include <optional>
#include <vector>

class QCheckBox;
class QDoubleSpinBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QTimer;
class QTreeWidget;
class QTreeWidgetItem;

namespace stint {

class CategoryRules;

// Edits the category rules (ActivityWatch's "classes"): a tree by name, each rule's regex, case,
// colour and score, with the active time each rule categorizes in the last 7 days computed live
// from the unsaved rules, and the error of a rule that cannot be used. Saved through the datastore;
// imported from and exported to ActivityWatch's category files.
class CategoryEditor final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(CategoryEditor)

public:
    // The column that shows each rule's time; Qt::UserRole holds it in nanoseconds.
    static constexpr int kTimeColumn = 2;

    explicit CategoryEditor(UiContext context, QWidget *parent = nullptr);
    ~CategoryEditor() override;

    // Reads the stored rules (unless edits are pending) and the last 7 days again.
    void refresh();
    bool isModified() const { return m_modified; }

    // Replaces the edited rules with those of an ActivityWatch export or a plain list; nothing
    // changes and false with the reason when the file cannot be used.
    bool importFrom(const QString &path, QString *error);
    // Writes the edited rules in ActivityWatch's export format.
    bool exportTo(const QString &path, QString *error) const;

    // Active time the rule at this position categorized in the last 7 days (after the last count).
    std::optional<qint64> matchedTime(int rule) const;
    int ruleCount() const { return int(m_rules.size()); }

    // How the productivity score comes from these rules' scores, and its range.
    static QString scoreExplanation(const CategoryRules &rules);

private:
    struct Rule
    {
        QStringList name;
        QString regex; // empty: names a parent only
        bool ignoreCase = true;
        QJsonObject data;   // color, score and anything else kept as it was
        QJsonObject source; // the stored rule it was read from, with keys Stint does not use (aw-webui's id)
    };

    void load();
    void setRules(const QList<Rule> &rules, bool modified);
    static Rule ruleFrom(const QJsonObject &object);
    static QList<Rule> rulesFromJson(const QJsonArray &array);
    QJsonArray toJson() const;
    void rebuildTree(int selectRule);
    void updateItem(QTreeWidgetItem *item);
    // The data value `key` of the category `name`, else of its nearest ancestor that has one.
    QJsonValue nearest(const QStringList &name, const QString &key) const;
    int selectedRule() const;
    QTreeWidgetItem *itemOf(int rule) const;
    void showSelected();
    void edited();
    // The rules as the reports would read them, or nothing with the error shown.
    std::optional<CategoryRules> validate();
    void countMatches();
    void showCounts();
    QList<int> subtreeOf(int rule) const;
    void renameSubtree(int rule, const QStringList &newName);
    void addRule(bool asChild);
    void removeRule();
    void moveRule(int direction);
    void indentRule();
    void outdentRule();
    void pickColor();
    void save();
    void setStatus(const QString &text, bool problem);

    UiContext m_context;
    QList<Rule> m_rules;
    QJsonValue m_stored; // the stored value these rules came from
    bool m_modified = false;
    bool m_showing = false;
    bool m_saving = false;
    std::vector<qint64> m_times; // per rule + 1 (0: Uncategorized), from the last count
    quint64 m_generation = 0;    // bumped on every edit, so an old count is not shown for new rules
    quint64 m_timesGeneration = 0;
    RefreshGate m_loadGate;
    RefreshGate m_countGate;
    QTimer *m_countDelay = nullptr;

    QTreeWidget *m_tree = nullptr;
    QLineEdit *m_name = nullptr;
    QLineEdit *m_regex = nullptr;
    QCheckBox *m_ignoreCase = nullptr;
    QPushButton *m_color = nullptr;
    QPushButton *m_clearColor = nullptr;
    QCheckBox *m_hasScore = nullptr;
    QDoubleSpinBox *m_score = nullptr;
    QLabel *m_error = nullptr;
    QLabel *m_scoreHelp = nullptr;
    QLabel *m_match = nullptr;
    QLabel *m_uncategorized = nullptr;
    QLabel *m_status = nullptr;
    QWidget *m_details = nullptr;
    QPushButton *m_add = nullptr;
    QPushButton *m_addChild = nullptr;
    QPushButton *m_remove = nullptr;
    QPushButton *m_up = nullptr;
    QPushButton *m_down = nullptr;
    QPushButton *m_indent = nullptr;
    QPushButton *m_outdent = nullptr;
    QPushButton *m_save = nullptr;
    QPushButton *m_revert = nullptr;
};

} // namespace stint
