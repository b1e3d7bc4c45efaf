#include "HostSelector.h"

#include "reports/ReportEngine.h"

#include <QSettings>
#include <QSignalBlocker>

namespace stint {

namespace {

const QString kSettingKey = QStringLiteral("ui/reportHost");

} // namespace

HostSelector::HostSelector(QWidget *parent)
    : QComboBox(parent)
    , m_shown(storedChoice())
{
    setObjectName(QStringLiteral("hostSelector"));
    setToolTip(tr("Whose activity to show: this computer's, another computer's, or all of them with each "
                  "moment counted once (this computer's activity first)"));
    setSizeAdjustPolicy(QComboBox::AdjustToContents);
    hide();
    connect(this, &QComboBox::activated, this, [this](int index) {
        const QString choice = itemData(index).toString();
        if (choice == storedChoice())
            return;
        QSettings().setValue(kSettingKey, choice);
        m_shown = choice;
        Q_EMIT choiceChanged();
    });
}

QString HostSelector::storedChoice()
{
    // All computers until the user chooses: what stint-cli shows too, and imported or synced
    // history under another host name is not hidden behind an empty "this computer".
    const QString choice = QSettings().value(kSettingKey).toString();
    return choice.isEmpty() ? QString(kAllComputers) : choice;
}

HostSelector::Hosts HostSelector::read(ReportEngine &engine, const QString &choice)
{
    Hosts result;
    result.choice = choice;
    result.names = engine.hosts().value_or(QStringList());
    result.local = engine.localHost();
    if (result.names.size() < 2)
        return result;
    if (choice == kThisComputer && result.names.contains(result.local))
        result.host = result.local;
    else if (choice != kAllComputers && choice != kThisComputer && result.names.contains(choice))
        result.host = choice;
    return result;
}

void HostSelector::showHosts(const Hosts &hosts)
{
    m_shown = hosts.choice;
    const QSignalBlocker blocker(this);
    clear();
    if (hosts.names.contains(hosts.local)) {
        addItem(tr("This computer (%1)").arg(hosts.local), QString(kThisComputer));
        setItemData(0, hosts.local, Qt::ToolTipRole);
    }
    for (const QString &name : hosts.names) {
        if (name != hosts.local)
            addItem(name, name);
    }
    addItem(tr("All computers"), QString(kAllComputers));
    const QString selected = hosts.host.isEmpty() ? QString(kAllComputers)
        : hosts.host == hosts.local               ? QString(kThisComputer)
                                                  : hosts.host;
    setCurrentIndex(findData(selected));
    setVisible(hosts.names.size() > 1);
}

void HostSelector::showEvent(QShowEvent *event)
{
    QComboBox::showEvent(event);
    // Another page's selector may have changed the choice while this page was away.
    if (storedChoice() != m_shown) {
        m_shown = storedChoice();
        Q_EMIT choiceChanged();
    }
}

} // namespace stint
