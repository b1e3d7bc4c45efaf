#pragma once

#include <QJsonArray>
#include <QWidget>

class QPushButton;
class QTableWidget;

namespace stint {

// An editable list of window patterns (app regex, title regex), optionally with an action per
// row: the form of the privacy rules and the always-active rules. It edits JSON in the stored
// shape and leaves validation to the code the readers use.
class PatternTable final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(PatternTable)

public:
    enum class Kind { Patterns, PrivacyRules };

    PatternTable(Kind kind, const QString &tableName, QWidget *parent = nullptr);

    // Shows the stored array as it is, also when a regex in it does not compile.
    void setJson(const QJsonArray &rules);
    // Rows in the stored shape; rows with neither regex are left out.
    QJsonArray toJson() const;

    QTableWidget *table() const { return m_table; }

Q_SIGNALS:
    void edited();

private:
    void addRow(const QString &app, const QString &title, const QString &action);
    void updateButtons();

    Kind m_kind;
    QTableWidget *m_table = nullptr;
    QPushButton *m_add = nullptr;
    QPushButton *m_remove = nullptr;
};

} // namespace stint
