#pragma once

#include <QObject>

namespace stint {

// Turns the operating system's "please stop" requests (SIGTERM, SIGINT, SIGHUP on Unix; console
// Ctrl+C, close, logoff and shutdown on Windows) into one Qt signal in the thread that created
// this object, so the application can shut down through its normal path and commit its data.
class ShutdownSignals final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ShutdownSignals)

public:
    explicit ShutdownSignals(QObject *parent = nullptr);
    ~ShutdownSignals() override;

    // False when the handlers could not be installed (the reason is logged).
    bool isActive() const { return m_active; }

Q_SIGNALS:
    void shutdownRequested(int signalNumber);

private:
    bool install();
    void uninstall();

    bool m_active = false;
};

} // namespace stint
