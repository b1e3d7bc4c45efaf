#pragma once

#include "RefreshGate.h"
#include "UiContext.h"
#include "reports/Goals.h"

#include <QJsonValue>
#include <QWidget>

#include <optional>

class QCheckBox;
class QLabel;
class QPushButton;
class QTableWidget;
class QTimeEdit;

namespace stint {

// Settings → Goals: at most or at least so much time a day or a week, per category or for all
// active time, and the optional summary of the day. Checked with Goals (as the settings API checks
// them), saved through the datastore; the goal checks read them at their next run.
class GoalsSettings final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(GoalsSettings)

public:
    enum Column { CategoryColumn, TypeColumn, MinutesColumn, PerColumn, ColumnCount };

    explicit GoalsSettings(UiContext context, QWidget *parent = nullptr);
    ~GoalsSettings() override;

    // Reads the stored goals and the category names (edits not saved yet are kept).
    void refresh();
    bool isModified() const;
    // A row more, for a goal the user then edits.
    void addGoal(const Goal &goal);

Q_SIGNALS:
    // A read of the stored goals was handled (shown, unless edits were in progress).
    void loaded();

private:
    struct Stored
    {
        QJsonValue goals;
        QJsonValue daySummary;
        QList<QStringList> categories;
        QString error;
    };
    void load();
    void show(const Stored &stored);
    // The form as the two settings' values.
    QJsonValue goalsJson() const;
    QJsonValue daySummaryJson() const;
    // Checks the form; the reason is shown when it cannot be saved.
    bool validate();
    // After a change in the form: checked, and said to be unsaved.
    void edited();
    void save();
    void setMessage(const QString &text, bool problem);

    UiContext m_context;
    RefreshGate m_gate;
    QTableWidget *m_table = nullptr;
    QPushButton *m_add = nullptr;
    QPushButton *m_remove = nullptr;
    QCheckBox *m_daySummary = nullptr;
    QTimeEdit *m_daySummaryTime = nullptr;
    QLabel *m_message = nullptr;
    QPushButton *m_save = nullptr;
    QPushButton *m_revert = nullptr;
    QList<QStringList> m_categories; // offered in the category column
    Stored m_stored;                 // as last read or saved
    QJsonValue m_baselineGoals;      // what the form showed for m_stored
    QJsonValue m_baselineDaySummary;
    bool m_showing = false;
    bool m_saving = false;
};

} // namespace stint
