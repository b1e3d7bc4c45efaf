#pragma once

#include <QObject>

namespace stint {

// systemd-logind's PrepareForSleep signal on the system bus: the watchers end the user's
// activity when the machine goes to sleep instead of noticing the gap only after resume.
// Without a system bus or logind the watchers still handle sleep through their gap rule.
class LogindSleepMonitor final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(LogindSleepMonitor)

public:
    explicit LogindSleepMonitor(QObject *parent = nullptr);

    bool isConnected() const { return m_connected; }

Q_SIGNALS:
    void aboutToSleep();
    void resumed();

private:
    void onPrepareForSleep(bool start);

    bool m_connected = false;
};

} // namespace stint
