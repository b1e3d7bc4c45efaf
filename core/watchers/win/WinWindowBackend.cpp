#include "watchers/win/WinWindowBackend.h"

#include "util/Logging.h"
#include "watchers/PlatformHelpers.h"

#include <QHash>
#include <QMutex>
#include <QMutexLocker>

#include <string>

#include <windows.h>

namespace stint {
namespace {

// The WinEvent callback is a plain function: it finds its backend through the hook handle.
QMutex g_hooksMutex;
QHash<HWINEVENTHOOK, WinWindowBackend *> g_hooks;

void CALLBACK onWinEvent(HWINEVENTHOOK hook, DWORD event, HWND window, LONG objectId, LONG childId,
                         DWORD /*eventThread*/, DWORD /*eventTime*/)
{
    WinWindowBackend *backend = nullptr;
    {
        QMutexLocker locker(&g_hooksMutex);
        backend = g_hooks.value(hook);
    }
    // Called on the thread that owns the backend, so it cannot be destroyed meanwhile.
    if (backend)
        backend->handleWinEvent(quint32(event), window, long(objectId), long(childId));
}

HWINEVENTHOOK installHook(DWORD event)
{
    // Out of context: the callback runs in this process, from this thread's message loop.
    return SetWinEventHook(event, event, nullptr, onWinEvent, 0, 0, WINEVENT_OUTOFCONTEXT | WINEVENT_SKIPOWNPROCESS);
}

QString processImagePath(DWORD processId)
{
    // Limited information suffices for the image name, also for most elevated processes.
    HANDLE process = OpenProcess(PROCESS_QUERY_LIMITED_INFORMATION, FALSE, processId);
    if (!process)
        return {};
    QString path;
    // MAX_PATH covers nearly every path; long paths get the system's limit of 32767 characters.
    for (const DWORD capacity : {DWORD(MAX_PATH), DWORD(32768)}) {
        std::wstring buffer(capacity, L'\0');
        DWORD size = capacity;
        if (QueryFullProcessImageNameW(process, 0, buffer.data(), &size)) {
            path = QString::fromWCharArray(buffer.data(), qsizetype(size));
            break;
        }
        if (GetLastError() != ERROR_INSUFFICIENT_BUFFER)
            break;
    }
    CloseHandle(process);
    return path;
}

struct HostedChildSearch
{
    DWORD hostProcessId = 0;
    DWORD foundProcessId = 0;
};

BOOL CALLBACK findHostedChild(HWND child, LPARAM parameter)
{
    auto *search = reinterpret_cast<HostedChildSearch *>(parameter);
    DWORD processId = 0;
    GetWindowThreadProcessId(child, &processId);
    if (processId != 0 && processId != search->hostProcessId) {
        search->foundProcessId = processId;
        return FALSE;
    }
    return TRUE;
}

// Store apps show their windows through ApplicationFrameHost.exe; the app's own process owns a
// child window of the frame. Without that child (a suspended app) the host's name remains.
DWORD hostedAppProcessId(HWND frame, DWORD hostProcessId)
{
    HostedChildSearch search;
    search.hostProcessId = hostProcessId;
    EnumChildWindows(frame, findHostedChild, reinterpret_cast<LPARAM>(&search));
    return search.foundProcessId;
}

QString windowTitle(HWND window)
{
    const int length = GetWindowTextLengthW(window);
    if (length <= 0)
        return {};
    std::wstring buffer(size_t(length) + 1, L'\0');
    // The length may be an over-estimate; the copied count is exact.
    const int copied = GetWindowTextW(window, buffer.data(), length + 1);
    if (copied <= 0)
        return {};
    return QString::fromWCharArray(buffer.data(), qsizetype(copied));
}

} // namespace

WinWindowBackend::WinWindowBackend(QObject *parent)
    : WindowBackend(parent)
{
    HWINEVENTHOOK foreground = installHook(EVENT_SYSTEM_FOREGROUND);
    HWINEVENTHOOK nameChange = installHook(EVENT_OBJECT_NAMECHANGE);
    // Without hooks the watcher's polling still works; it only notices changes later.
    if (!foreground || !nameChange)
        qCWarning(lcWatch) << "cannot install the window event hooks; window changes are noticed by polling only";
    m_foregroundHook = foreground;
    m_nameChangeHook = nameChange;
    QMutexLocker locker(&g_hooksMutex);
    if (foreground)
        g_hooks.insert(foreground, this);
    if (nameChange)
        g_hooks.insert(nameChange, this);
}

WinWindowBackend::~WinWindowBackend()
{
    for (void *handle : {m_foregroundHook, m_nameChangeHook}) {
        if (!handle)
            continue;
        auto hook = static_cast<HWINEVENTHOOK>(handle);
        UnhookWinEvent(hook);
        QMutexLocker locker(&g_hooksMutex);
        g_hooks.remove(hook);
    }
}

QString WinWindowBackend::name() const
{
    return QStringLiteral("windows");
}

std::optional<WindowInfo> WinWindowBackend::activeWindow()
{
    // Null while focus is changing, on the secure desktop (UAC prompt, lock screen) and in a
    // session without a desktop: nothing to record for this moment.
    HWND window = GetForegroundWindow();
    if (!window)
        return std::nullopt;

    DWORD processId = 0;
    GetWindowThreadProcessId(window, &processId);
    // The window vanished between the two calls.
    if (processId == 0)
        return std::nullopt;

    QString imagePath = processImagePath(processId);
    if (executableBaseName(imagePath).compare(u"ApplicationFrameHost.exe", Qt::CaseInsensitive) == 0) {
        const DWORD hosted = hostedAppProcessId(window, processId);
        if (hosted != 0) {
            const QString hostedPath = processImagePath(hosted);
            if (!hostedPath.isEmpty())
                imagePath = hostedPath;
        }
    }

    WindowInfo info;
    info.app = appNameOrUnknown(executableBaseName(imagePath));
    info.title = windowTitle(window);
    return info;
}

void WinWindowBackend::handleWinEvent(quint32 event, void *window, long objectId, long childId)
{
    if (event == EVENT_SYSTEM_FOREGROUND) {
        Q_EMIT activeWindowChanged();
        return;
    }
    // Name changes arrive for every object of every window; only the foreground window's own
    // title matters.
    if (event == EVENT_OBJECT_NAMECHANGE && objectId == OBJID_WINDOW && childId == CHILDID_SELF
        && static_cast<HWND>(window) == GetForegroundWindow())
        Q_EMIT activeWindowChanged();
}

} // namespace stint
