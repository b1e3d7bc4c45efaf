#include "GoalsSettings.h"

#include "ProblemStyle.h"
#include "WhenWritten.h"
#include "app/Tracker.h"
#include "reports/ReportEngine.h"
#include "reports/ReportThread.h"
#include "settings/SettingKeys.h"
#include "storage/Datastore.h"

#include <QCheckBox>
#include <QComboBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QJsonArray>
#include <QLabel>
#include <QPushButton>
#include <QSpinBox>
#include <QTableWidget>
#include <QTimeEdit>
#include <QVBoxLayout>

#include <algorithm>

namespace stint {

namespace {

constexpr int kDefaultMinutes = 60;

QComboBox *comboAt(const QTableWidget *table, int row, int column)
{
    return qobject_cast<QComboBox *>(table->cellWidget(row, column));
}

} // namespace

GoalsSettings::GoalsSettings(UiContext context, QWidget *parent)
    : QWidget(parent)
    , m_context(std::move(context))
    , m_gate([this] { load(); })
{
    setObjectName(QStringLiteral("goalsSettings"));
    auto *help = new QLabel(tr("Set yourself at most or at least so much time a day or a week, in one category (with "
                               "its subcategories) or in all active time. The Activity page shows how far you are, "
                               "and Stint tells you once when a limit is passed or a goal reached."),
                            this);
    help->setWordWrap(true);

    m_table = new QTableWidget(0, ColumnCount, this);
    m_table->setObjectName(QStringLiteral("goalsTable"));
    m_table->setHorizontalHeaderLabels({tr("Category"), tr("Goal"), tr("Time"), tr("Per")});
    m_table->horizontalHeader()->setSectionResizeMode(CategoryColumn, QHeaderView::Stretch);
    m_table->verticalHeader()->hide();
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);

    m_add = new QPushButton(tr("&Add goal"), this);
    m_add->setObjectName(QStringLiteral("addGoalButton"));
    m_remove = new QPushButton(tr("Re&move goal"), this);
    m_remove->setObjectName(QStringLiteral("removeGoalButton"));
    connect(m_add, &QPushButton::clicked, this, [this] {
        Goal goal;
        goal.minutes = kDefaultMinutes;
        addGoal(goal);
        m_table->selectRow(m_table->rowCount() - 1);
    });
    connect(m_remove, &QPushButton::clicked, this, [this] {
        const int row = m_table->currentRow();
        if (row < 0)
            return;
        m_table->removeRow(row);
        edited();
    });
    auto *tableButtons = new QHBoxLayout;
    tableButtons->addWidget(m_add);
    tableButtons->addWidget(m_remove);
    tableButtons->addStretch(1);

    m_daySummary = new QCheckBox(tr("Sum up my day in a notification at"), this);
    m_daySummary->setObjectName(QStringLiteral("daySummaryCheck"));
    m_daySummary->setToolTip(tr("The active time, the top three categories and the goals met"));
    m_daySummaryTime = new QTimeEdit(QTime(18, 0), this);
    m_daySummaryTime->setObjectName(QStringLiteral("daySummaryTimeEdit"));
    m_daySummaryTime->setDisplayFormat(QStringLiteral("HH:mm"));
    auto *summaryRow = new QHBoxLayout;
    summaryRow->addWidget(m_daySummary);
    summaryRow->addWidget(m_daySummaryTime);
    summaryRow->addStretch(1);

    m_message = new QLabel(this);
    m_message->setObjectName(QStringLiteral("goalsMessageLabel"));
    m_message->setWordWrap(true);
    m_message->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_save = new QPushButton(tr("&Save"), this);
    m_save->setObjectName(QStringLiteral("saveGoalsButton"));
    m_revert = new QPushButton(tr("&Revert"), this);
    m_revert->setObjectName(QStringLiteral("revertGoalsButton"));
    m_revert->setToolTip(tr("Discard the changes that are not saved"));
    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_message, 1);
    buttons->addWidget(m_revert);
    buttons->addWidget(m_save);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(help);
    layout->addWidget(m_table, 1);
    layout->addLayout(tableButtons);
    layout->addLayout(summaryRow);
    layout->addLayout(buttons);

    connect(m_daySummary, &QCheckBox::toggled, this, [this](bool on) {
        m_daySummaryTime->setEnabled(on);
        edited();
    });
    connect(m_daySummaryTime, &QTimeEdit::timeChanged, this, &GoalsSettings::edited);
    connect(m_save, &QPushButton::clicked, this, &GoalsSettings::save);
    connect(m_revert, &QPushButton::clicked, this, [this] {
        show(m_stored);
        setMessage({}, false);
    });
    m_daySummaryTime->setEnabled(false);
    m_save->setEnabled(false);
    m_revert->setEnabled(false);
}

GoalsSettings::~GoalsSettings() = default;

void GoalsSettings::refresh()
{
    m_gate.request();
}

void GoalsSettings::load()
{
    m_context.reports.run(
        this,
        [](ReportEngine &engine) {
            Stored stored;
            const auto goals = engine.reader().setting(settings::storageKey(settings::kGoals));
            const auto daySummary =
                goals ? engine.reader().setting(settings::storageKey(settings::kGoalsDaySummary)) : std::nullopt;
            if (!goals || !daySummary) {
                stored.error = engine.reader().error();
                return stored;
            }
            stored.goals = *goals;
            stored.daySummary = *daySummary;
            stored.categories.append(CategoryRules::uncategorized());
            for (const CategoryRule &rule : engine.categories().rules()) {
                if (!stored.categories.contains(rule.name))
                    stored.categories.append(rule.name);
            }
            std::sort(stored.categories.begin(), stored.categories.end());
            return stored;
        },
        [this](const Stored &stored) {
            m_gate.finished();
            if (!stored.error.isEmpty()) {
                setMessage(tr("Cannot read the goals: %1").arg(stored.error), true);
                return;
            }
            m_categories = stored.categories;
            // Edits in progress win.
            if (!isModified() && !m_saving)
                show(stored);
            Q_EMIT loaded();
        });
}

void GoalsSettings::addGoal(const Goal &goal)
{
    const int row = m_table->rowCount();
    m_table->insertRow(row);
    auto *category = new QComboBox(m_table);
    category->setObjectName(QStringLiteral("goalCategoryCombo"));
    category->addItem(tr("All active time"), QStringList());
    QList<QStringList> names = m_categories;
    if (!goal.category.isEmpty() && !names.contains(goal.category))
        names.append(goal.category); // a category no rule names (any more): kept as it is
    for (const QStringList &name : std::as_const(names))
        category->addItem(name.join(QStringLiteral(" › ")), name);
    category->setCurrentIndex(std::max(0, category->findData(goal.category)));
    auto *type = new QComboBox(m_table);
    type->setObjectName(QStringLiteral("goalTypeCombo"));
    //: a goal: at most so much time
    type->addItem(tr("At most"), int(Goal::Type::AtMost));
    //: a goal: at least so much time
    type->addItem(tr("At least"), int(Goal::Type::AtLeast));
    type->setCurrentIndex(type->findData(int(goal.type)));
    auto *minutes = new QSpinBox(m_table);
    minutes->setObjectName(QStringLiteral("goalMinutesSpin"));
    minutes->setRange(1, Goals::kMinutesPerWeek);
    minutes->setSingleStep(15);
    minutes->setSuffix(tr(" min"));
    minutes->setValue(goal.minutes);
    auto *per = new QComboBox(m_table);
    per->setObjectName(QStringLiteral("goalPerCombo"));
    per->addItem(tr("a day"), int(Goal::Per::Day));
    per->addItem(tr("a week"), int(Goal::Per::Week));
    per->setCurrentIndex(per->findData(int(goal.per)));
    m_table->setCellWidget(row, CategoryColumn, category);
    m_table->setCellWidget(row, TypeColumn, type);
    m_table->setCellWidget(row, MinutesColumn, minutes);
    m_table->setCellWidget(row, PerColumn, per);
    for (QComboBox *combo : {category, type, per})
        connect(combo, &QComboBox::currentIndexChanged, this, &GoalsSettings::edited);
    connect(minutes, &QSpinBox::valueChanged, this, &GoalsSettings::edited);
    edited();
}

void GoalsSettings::show(const Stored &stored)
{
    m_stored = stored;
    m_showing = true;
    m_table->setRowCount(0);
    QString why;
    const auto goals = Goals::fromJson(stored.goals, &why);
    QStringList problems;
    if (goals) {
        for (const Goal &goal : *goals)
            addGoal(goal);
    } else {
        problems.append(settings::invalidMessage(settings::kGoals, why));
    }
    std::optional<QTime> time;
    if (!Goals::parseDaySummary(stored.daySummary, &time, &why))
        problems.append(settings::invalidMessage(settings::kGoalsDaySummary, why));
    m_daySummary->setChecked(time.has_value());
    if (time)
        m_daySummaryTime->setTime(*time);
    m_showing = false;
    // A stored value the form could not show stays the baseline, so saving replaces it.
    m_baselineGoals = goals ? goalsJson() : stored.goals;
    m_baselineDaySummary =
        Goals::parseDaySummary(stored.daySummary, &time, &why) ? daySummaryJson() : stored.daySummary;
    if (!problems.isEmpty())
        setMessage(problems.join(u'\n') + u'\n' + tr("Correct the goals shown and save to replace them."), true);
    else
        setMessage({}, false);
    validate();
}

QJsonValue GoalsSettings::goalsJson() const
{
    QList<Goal> goals;
    for (int row = 0; row < m_table->rowCount(); ++row) {
        Goal goal;
        goal.category = comboAt(m_table, row, CategoryColumn)->currentData().toStringList();
        goal.type = Goal::Type(comboAt(m_table, row, TypeColumn)->currentData().toInt());
        goal.minutes = qobject_cast<QSpinBox *>(m_table->cellWidget(row, MinutesColumn))->value();
        goal.per = Goal::Per(comboAt(m_table, row, PerColumn)->currentData().toInt());
        goals.append(goal);
    }
    return Goals::toJson(goals);
}

QJsonValue GoalsSettings::daySummaryJson() const
{
    return m_daySummary->isChecked() ? QJsonValue(m_daySummaryTime->time().toString(QStringLiteral("HH:mm")))
                                     : QJsonValue(QJsonValue::Null);
}

void GoalsSettings::edited()
{
    if (!m_showing && validate())
        setMessage(isModified() ? tr("Not saved yet.") : QString(), false);
}

bool GoalsSettings::validate()
{
    QString why;
    std::optional<QTime> time;
    QString error;
    if (!Goals::fromJson(goalsJson(), &why))
        error = why;
    else if (!Goals::parseDaySummary(daySummaryJson(), &time, &why))
        error = why;
    const bool modified = goalsJson() != m_baselineGoals || daySummaryJson() != m_baselineDaySummary;
    m_save->setEnabled(error.isEmpty() && modified && !m_saving);
    m_revert->setEnabled(modified && !m_saving);
    m_remove->setEnabled(m_table->rowCount() > 0);
    if (!error.isEmpty())
        setMessage(error, true);
    return error.isEmpty();
}

bool GoalsSettings::isModified() const
{
    return m_revert->isEnabled();
}

void GoalsSettings::save()
{
    if (!validate() || m_saving)
        return;
    QList<std::pair<QStringView, QJsonValue>> changed;
    const QJsonValue goals = goalsJson();
    const QJsonValue daySummary = daySummaryJson();
    if (goals != m_baselineGoals)
        changed.append({settings::kGoals, goals});
    if (daySummary != m_baselineDaySummary)
        changed.append({settings::kGoalsDaySummary, daySummary});
    if (changed.isEmpty())
        return;
    m_saving = true;
    m_save->setEnabled(false);
    m_revert->setEnabled(false);
    setMessage(tr("Saving…"), false);
    auto left = std::make_shared<qsizetype>(changed.size());
    auto error = std::make_shared<QString>();
    for (const auto &[name, value] : changed) {
        whenWritten(this, m_context.tracker.datastore().setSetting(settings::storageKey(name), value),
                    [this, left, error, name = name.toString(), value = value](const WriteResult &result) {
                        if (result.ok()) {
                            if (name == settings::kGoals) {
                                m_stored.goals = value;
                                m_baselineGoals = value;
                            } else {
                                m_stored.daySummary = value;
                                m_baselineDaySummary = value;
                            }
                        } else if (error->isEmpty()) {
                            *error = tr("%1: %2").arg(name, result.message);
                        }
                        if (--*left > 0)
                            return;
                        m_saving = false;
                        setMessage(error->isEmpty() ? tr("Saved.") : tr("Not saved: %1").arg(*error),
                                   !error->isEmpty());
                        validate();
                    });
    }
}

void GoalsSettings::setMessage(const QString &text, bool problem)
{
    m_message->setText(text);
    setProblemStyle(*m_message, problem);
    m_message->setProperty("problem", problem);
}

} // namespace stint
