#include "GeneralSettings.h"

#include "LanguageChooser.h"
#include "PatternTable.h"
#include "ProblemStyle.h"
#include "WhenWritten.h"
#include "app/Tracker.h"
#include "integration/Autostart.h"
#include "reports/ReportCalendar.h"
#include "reports/ReportThread.h"
#include "rules/PrivacyRules.h"
#include "rules/WindowPattern.h"
#include "settings/SettingKeys.h"
#include "watchers/WatcherSettings.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDoubleSpinBox>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QJsonArray>
#include <QLabel>
#include <QLocale>
#include <QPushButton>
#include <QScrollArea>
#include <QTimeEdit>
#include <QVBoxLayout>

#include <memory>

namespace stint {

namespace {

const QList<QStringView> &keys()
{
    static const QList<QStringView> kKeys = {settings::kAfkTimeout,  settings::kPollInterval, settings::kStartOfDay,
                                             settings::kStartOfWeek, settings::kPrivacyRules, settings::kAlwaysActive};
    return kKeys;
}

struct StoredRead
{
    QHash<QString, QJsonValue> values;
    QString error;
};

} // namespace

GeneralSettings::GeneralSettings(UiContext context, QWidget *parent)
    : QWidget(parent)
    , m_context(std::move(context))
    , m_autostart(Autostart::create())
    , m_gate([this] { load(); })
{
    setObjectName(QStringLiteral("generalSettings"));

    m_startAtLogin = new QCheckBox(tr("Start Stint when I log in"), this);
    m_startAtLogin->setObjectName(QStringLiteral("startAtLoginCheck"));
    m_startAtLogin->setToolTip(tr("Stint starts in the system tray when you log in"));
    m_startAtLoginMessage = new QLabel(this);
    m_startAtLoginMessage->setObjectName(QStringLiteral("startAtLoginMessage"));
    m_startAtLoginMessage->setWordWrap(true);
    m_startAtLoginMessage->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_startAtLoginMessage->hide();
    setProblemStyle(*m_startAtLoginMessage, true);
    connect(m_startAtLogin, &QCheckBox::clicked, this, &GeneralSettings::setStartAtLogin);
    readStartAtLogin();

    m_afkTimeout = new QDoubleSpinBox(this);
    m_afkTimeout->setObjectName(QStringLiteral("afkTimeoutSpin"));
    m_afkTimeout->setRange(WatcherSettings::kMinAfkTimeoutSeconds, WatcherSettings::kMaxAfkTimeoutSeconds);
    m_afkTimeout->setDecimals(0);
    m_afkTimeout->setSingleStep(30);
    m_afkTimeout->setSuffix(tr(" s"));
    m_afkTimeout->setToolTip(tr("Without keyboard or mouse input for this long, you count as away"));
    m_pollInterval = new QDoubleSpinBox(this);
    m_pollInterval->setObjectName(QStringLiteral("pollIntervalSpin"));
    m_pollInterval->setRange(WatcherSettings::kMinPollSeconds, WatcherSettings::kMaxPollSeconds);
    m_pollInterval->setDecimals(1);
    m_pollInterval->setSingleStep(0.5);
    m_pollInterval->setSuffix(tr(" s"));
    m_pollInterval->setToolTip(tr("How often the active window is read when the system does not report changes"));
    m_startOfDay = new QTimeEdit(this);
    m_startOfDay->setObjectName(QStringLiteral("startOfDayEdit"));
    m_startOfDay->setDisplayFormat(QStringLiteral("HH:mm"));
    m_startOfDay->setToolTip(tr("Activity before this time counts for the previous day"));
    m_startOfWeek = new QComboBox(this);
    m_startOfWeek->setObjectName(QStringLiteral("startOfWeekCombo"));
    const QLocale english(QLocale::English);
    for (int day = Qt::Monday; day <= Qt::Sunday; ++day)
        m_startOfWeek->addItem(QLocale().dayName(day), english.dayName(day));
    m_privacy = new PatternTable(PatternTable::Kind::PrivacyRules, QStringLiteral("privacyRulesTable"), this);
    m_alwaysActive = new PatternTable(PatternTable::Kind::Patterns, QStringLiteral("alwaysActiveTable"), this);

    m_message = new QLabel(this);
    m_message->setObjectName(QStringLiteral("settingsMessageLabel"));
    m_message->setWordWrap(true);
    m_message->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_save = new QPushButton(tr("&Save"), this);
    m_save->setObjectName(QStringLiteral("saveSettingsButton"));
    m_revert = new QPushButton(tr("&Revert"), this);
    m_revert->setObjectName(QStringLiteral("revertSettingsButton"));
    m_revert->setToolTip(tr("Discard the changes that are not saved"));

    auto *general = new QGroupBox(tr("Startup"), this);
    auto *generalLayout = new QVBoxLayout(general);
    generalLayout->addWidget(m_startAtLogin);
    generalLayout->addWidget(m_startAtLoginMessage);
    auto *away = new QGroupBox(tr("Recording"), this);
    auto *awayForm = new QFormLayout(away);
    awayForm->setFieldGrowthPolicy(QFormLayout::FieldsStayAtSizeHint);
    // A value given on the command line is the one in force; the stored one waits for the next start.
    const Tracker::Overrides &overrides = m_context.tracker.overrides();
    awayForm->addRow(tr("Away after no input for"),
                     withOverride(m_afkTimeout, overrides.afkTimeoutSeconds, QStringLiteral("--afk-timeout"),
                                  QStringLiteral("afkTimeoutOverrideLabel")));
    awayForm->addRow(tr("Check the active window every"),
                     withOverride(m_pollInterval, overrides.pollSeconds, QStringLiteral("--poll-interval"),
                                  QStringLiteral("pollIntervalOverrideLabel")));
    auto *calendar = new QGroupBox(tr("Days and weeks"), this);
    auto *calendarForm = new QFormLayout(calendar);
    calendarForm->setFieldGrowthPolicy(QFormLayout::FieldsStayAtSizeHint);
    calendarForm->addRow(tr("A day starts at"), m_startOfDay);
    calendarForm->addRow(tr("A week starts on"), m_startOfWeek);
    auto *privacy = new QGroupBox(tr("Privacy"), this);
    auto *privacyLayout = new QVBoxLayout(privacy);
    auto *privacyHelp = new QLabel(
        tr("Windows matching a rule are never stored as they are: excluded ones are recorded only as "
           "\"(excluded)\", redacted ones keep the app but not the title. Regexes ignore case; either may be empty."),
        this);
    privacyHelp->setWordWrap(true);
    privacyLayout->addWidget(privacyHelp);
    privacyLayout->addWidget(m_privacy);
    auto *alwaysActive = new QGroupBox(tr("Always active"), this);
    auto *alwaysActiveLayout = new QVBoxLayout(alwaysActive);
    auto *alwaysActiveHelp =
        new QLabel(tr("Time in matching windows counts as active even without input (videos, meetings)."), this);
    alwaysActiveHelp->setWordWrap(true);
    alwaysActiveLayout->addWidget(alwaysActiveHelp);
    alwaysActiveLayout->addWidget(m_alwaysActive);

    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_message, 1);
    buttons->addWidget(m_revert);
    buttons->addWidget(m_save);
    // The sections scroll; the message and the buttons stay in view.
    auto *content = new QWidget(this);
    auto *contentLayout = new QVBoxLayout(content);
    contentLayout->addWidget(general);
    contentLayout->addWidget(new LanguageChooser(this));
    contentLayout->addWidget(away);
    contentLayout->addWidget(calendar);
    contentLayout->addWidget(privacy);
    contentLayout->addWidget(alwaysActive);
    contentLayout->addStretch(1);
    auto *scroll = new QScrollArea(this);
    scroll->setObjectName(QStringLiteral("generalSettingsScroll"));
    scroll->setWidget(content);
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(scroll, 1);
    layout->addLayout(buttons);

    const auto edited = [this] {
        if (m_showing)
            return;
        if (validate())
            setMessage(isModified() ? tr("Not saved yet.") : QString(), false);
    };
    connect(m_afkTimeout, &QDoubleSpinBox::valueChanged, this, edited);
    connect(m_pollInterval, &QDoubleSpinBox::valueChanged, this, edited);
    connect(m_startOfDay, &QTimeEdit::timeChanged, this, edited);
    connect(m_startOfWeek, &QComboBox::currentIndexChanged, this, edited);
    connect(m_privacy, &PatternTable::edited, this, edited);
    connect(m_alwaysActive, &PatternTable::edited, this, edited);
    connect(m_save, &QPushButton::clicked, this, &GeneralSettings::save);
    connect(m_revert, &QPushButton::clicked, this, [this] {
        show(m_stored);
        setMessage({}, false);
    });
    m_save->setEnabled(false);
    m_revert->setEnabled(false);
}

GeneralSettings::~GeneralSettings() = default;

QWidget *GeneralSettings::withOverride(QDoubleSpinBox *spin, std::optional<double> override, const QString &option,
                                       const QString &objectName)
{
    if (!override)
        return spin;
    auto *row = new QWidget(this);
    auto *layout = new QHBoxLayout(row);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(spin);
    auto *note = new QLabel(tr("In force now: %1 s, given with %2 on the command line, which overrides this setting "
                               "until Stint starts without it.")
                                .arg(QLocale().toString(*override), option),
                            row);
    note->setObjectName(objectName);
    note->setWordWrap(true);
    layout->addWidget(note, 1);
    return row;
}

void GeneralSettings::refresh()
{
    readStartAtLogin();
    m_gate.request();
}

void GeneralSettings::showEvent(QShowEvent *event)
{
    readStartAtLogin(); // it may have changed in the tray, the CLI or behind Stint's back
    QWidget::showEvent(event);
}

void GeneralSettings::readStartAtLogin()
{
    const QSignalBlocker blocker(m_startAtLogin);
    m_startAtLogin->setChecked(m_autostart->isEnabled());
}

// Applied at once: it is not one of the database's settings, so Save and Revert leave it alone.
void GeneralSettings::setStartAtLogin(bool enabled)
{
    // The Flatpak portal may wait for the user's answer; no second request meanwhile.
    m_startAtLogin->setEnabled(false);
    const QString problem = m_autostart->change(enabled);
    m_startAtLogin->setEnabled(true);
    readStartAtLogin();
    m_startAtLoginMessage->setText(problem);
    m_startAtLoginMessage->setVisible(!problem.isEmpty());
}

void GeneralSettings::load()
{
    m_context.reports.run(
        this,
        [](ReportEngine &engine) {
            StoredRead read;
            for (QStringView name : keys()) {
                const auto value = engine.reader().setting(settings::storageKey(name));
                if (!value) {
                    read.error = engine.reader().error();
                    break;
                }
                read.values.insert(name.toString(), *value);
            }
            return read;
        },
        [this](const StoredRead &read) {
            m_gate.finished();
            if (!read.error.isEmpty()) {
                setMessage(tr("Cannot read the settings: %1").arg(read.error), true);
                return;
            }
            // Edits in progress win; unchanged stored values need no redraw.
            if (!isModified() && !m_saving && read.values != m_stored)
                show(read.values);
        });
}

void GeneralSettings::show(const Values &stored)
{
    m_stored = stored;
    m_showing = true;
    QStringList problems;
    QSet<QString> invalid;
    const auto problem = [&](QStringView name, const QString &why) {
        problems.append(settings::invalidMessage(name, why));
        invalid.insert(name.toString());
    };
    const auto seconds = [&](QStringView name, QDoubleSpinBox *spin, double fallback) {
        const QJsonValue value = stored.value(name.toString());
        QString why;
        if (value.isNull() || value.isUndefined()) {
            spin->setValue(fallback);
        } else if (!value.isDouble()) {
            spin->setValue(fallback);
            problem(name, tr("not a number"));
        } else if (!WatcherSettings::checkedSeconds(value.toDouble(), spin->minimum(), spin->maximum(), &why)) {
            spin->setValue(fallback);
            problem(name, why);
        } else {
            spin->setValue(value.toDouble());
        }
    };
    seconds(settings::kAfkTimeout, m_afkTimeout, WatcherSettings::kDefaultAfkTimeoutSeconds);
    seconds(settings::kPollInterval, m_pollInterval, WatcherSettings::kDefaultPollSeconds);

    QString why;
    const auto day = ReportCalendar::parseStartOfDay(stored.value(settings::kStartOfDay.toString()), &why);
    if (!day)
        problem(settings::kStartOfDay, why);
    m_startOfDay->setTime(day.value_or(ReportCalendar::defaultStartOfDay()));
    const auto week = ReportCalendar::parseStartOfWeek(stored.value(settings::kStartOfWeek.toString()), &why);
    if (!week)
        problem(settings::kStartOfWeek, why);
    m_startOfWeek->setCurrentIndex(int(week.value_or(ReportCalendar::kDefaultStartOfWeek)) - Qt::Monday);

    const auto patterns = [&](QStringView name, PatternTable *table) {
        const QJsonValue value = stored.value(name.toString());
        if (!value.isNull() && !value.isUndefined() && !value.isArray())
            problem(name, tr("not a list of rules"));
        table->setJson(value.toArray());
    };
    patterns(settings::kPrivacyRules, m_privacy);
    patterns(settings::kAlwaysActive, m_alwaysActive);
    m_showing = false;

    // What the form shows stands for the stored value, unless that could not be shown as it is:
    // then saving replaces it.
    m_baseline.clear();
    const auto form = validate();
    for (QStringView name : keys()) {
        const QString key = name.toString();
        m_baseline.insert(key, invalid.contains(key) || !form ? stored.value(key) : form->value(key));
    }
    if (!problems.isEmpty())
        setMessage(problems.join(u'\n') + u'\n' + tr("Correct the values shown and save to replace them."), true);
    else if (form)
        setMessage({}, false);
    validate(); // buttons follow the new baseline
}

std::optional<GeneralSettings::Values> GeneralSettings::validate()
{
    Values values;
    values.insert(settings::kAfkTimeout.toString(), m_afkTimeout->value());
    values.insert(settings::kPollInterval.toString(), m_pollInterval->value());
    values.insert(settings::kStartOfDay.toString(), m_startOfDay->time().toString(QStringLiteral("HH:mm")));
    values.insert(settings::kStartOfWeek.toString(), m_startOfWeek->currentData().toString());
    values.insert(settings::kPrivacyRules.toString(), m_privacy->toJson());
    values.insert(settings::kAlwaysActive.toString(), m_alwaysActive->toJson());

    // The checks of the code that reads these settings, so nothing is saved that it would refuse.
    QString error;
    QString why;
    if (!WatcherSettings::checkedSeconds(m_afkTimeout->value(), WatcherSettings::kMinAfkTimeoutSeconds,
                                         WatcherSettings::kMaxAfkTimeoutSeconds, &why))
        error = tr("Away timeout: %1").arg(why);
    else if (!WatcherSettings::checkedSeconds(m_pollInterval->value(), WatcherSettings::kMinPollSeconds,
                                              WatcherSettings::kMaxPollSeconds, &why))
        error = tr("Poll interval: %1").arg(why);
    else if (!ReportCalendar::parseStartOfDay(values.value(settings::kStartOfDay.toString()), &why))
        error = tr("Start of day: %1").arg(why);
    else if (!ReportCalendar::parseStartOfWeek(values.value(settings::kStartOfWeek.toString()), &why))
        error = tr("Start of week: %1").arg(why);
    else if (!PrivacyRules::fromJson(values.value(settings::kPrivacyRules.toString()), &why))
        error = tr("Privacy rules: %1").arg(why);
    else if (!windowPatternsFromJson(values.value(settings::kAlwaysActive.toString()), &why))
        error = tr("Always-active rules: %1").arg(why);

    const bool modified = !m_baseline.isEmpty() && [&] {
        for (auto it = values.constBegin(); it != values.constEnd(); ++it) {
            if (m_baseline.value(it.key()) != it.value())
                return true;
        }
        return false;
    }();
    m_save->setEnabled(error.isEmpty() && modified && !m_saving);
    m_revert->setEnabled(modified && !m_saving);
    if (!error.isEmpty()) {
        setMessage(error, true);
        return std::nullopt;
    }
    return values;
}

bool GeneralSettings::isModified() const
{
    return m_revert->isEnabled();
}

void GeneralSettings::save()
{
    const auto values = validate();
    if (!values || m_saving)
        return;
    Values changed;
    for (auto it = values->constBegin(); it != values->constEnd(); ++it) {
        if (m_baseline.value(it.key()) != it.value())
            changed.insert(it.key(), it.value());
    }
    if (changed.isEmpty())
        return;
    m_saving = true;
    m_save->setEnabled(false);
    m_revert->setEnabled(false);
    setMessage(tr("Saving…"), false);
    struct Pending
    {
        qsizetype left = 0;
        QString error;
    };
    auto pending = std::make_shared<Pending>();
    pending->left = changed.size();
    for (auto it = changed.constBegin(); it != changed.constEnd(); ++it) {
        const QString name = it.key();
        const QJsonValue value = it.value();
        whenWritten(this, m_context.tracker.datastore().setSetting(settings::storageKey(name), value),
                    [this, pending, name, value](const WriteResult &result) {
                        if (!result.ok() && pending->error.isEmpty())
                            pending->error = tr("%1: %2").arg(name, result.message);
                        if (result.ok()) {
                            m_stored.insert(name, value);
                            m_baseline.insert(name, value);
                        }
                        if (--pending->left == 0)
                            saved(pending->error);
                    });
    }
}

void GeneralSettings::saved(const QString &error)
{
    m_saving = false;
    validate();
    if (!error.isEmpty()) {
        setMessage(tr("Not saved: %1").arg(error), true);
        return;
    }
    // The watchers read their settings through the datastore, which already has the new values.
    QString why;
    if (!m_context.tracker.reloadSettings(&why))
        setMessage(tr("Saved, but recording cannot use the new settings: %1").arg(why), true);
    else
        setMessage(m_context.tracker.isWatching() ? tr("Saved. Recording uses the new settings now.") : tr("Saved."),
                   false);
}

void GeneralSettings::setMessage(const QString &text, bool problem)
{
    m_message->setText(text);
    setProblemStyle(*m_message, problem);
    m_message->setProperty("problem", problem);
}

} // namespace stint
