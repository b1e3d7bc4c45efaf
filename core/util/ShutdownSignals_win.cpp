#include "util/ShutdownSignals.h"

#include "util/Logging.h"

#include <QCoreApplication>
#include <QPointer>
#include <QSemaphore>

#include <windows.h>

namespace stint {
namespace {

QPointer<ShutdownSignals> g_instance;
QSemaphore g_finished;

// Runs on a thread the system creates. Posts the request to the Qt thread; for close, logoff and
// shutdown it then waits (the system kills the process when this returns) until the application
// has finished its final commit, bounded by the system's own grace period.
BOOL WINAPI onConsoleEvent(DWORD type)
{
    ShutdownSignals *target = g_instance.data();
    if (!target)
        return FALSE;
    QMetaObject::invokeMethod(
        target, [target, type] { Q_EMIT target->shutdownRequested(int(type)); }, Qt::QueuedConnection);
    if (type == CTRL_CLOSE_EVENT || type == CTRL_LOGOFF_EVENT || type == CTRL_SHUTDOWN_EVENT)
        g_finished.tryAcquire(1, 4500);
    return TRUE;
}

} // namespace

bool ShutdownSignals::install()
{
    if (g_instance) {
        qCWarning(lcApp) << "the console control handler is installed already";
        return false;
    }
    g_instance = this;
    if (!SetConsoleCtrlHandler(onConsoleEvent, TRUE)) {
        qCWarning(lcApp) << "cannot install the console control handler, error" << GetLastError();
        g_instance = nullptr;
        return false;
    }
    return true;
}

void ShutdownSignals::uninstall()
{
    SetConsoleCtrlHandler(onConsoleEvent, FALSE);
    g_instance = nullptr;
    g_finished.release();
}

} // namespace stint
