#pragma once

#include "watchers/WindowBackend.h"

namespace stint {

// The foreground window on Windows: the process image's base name ("chrome.exe") and the window
// title. WinEvent hooks report focus and title changes; they are delivered through the message
// loop of the thread that creates the backend, so create, use and destroy it on one thread that
// runs a Qt event loop.
class WinWindowBackend final : public WindowBackend
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(WinWindowBackend)

public:
    explicit WinWindowBackend(QObject *parent = nullptr);
    ~WinWindowBackend() override;

    QString name() const override;
    std::optional<WindowInfo> activeWindow() override;

    // Called by the WinEvent callback; `window` is the HWND the event is about.
    void handleWinEvent(quint32 event, void *window, long objectId, long childId);

private:
    // HWINEVENTHOOK handles, kept opaque so this header does not need <windows.h>.
    void *m_foregroundHook = nullptr;
    void *m_nameChangeHook = nullptr;
};

} // namespace stint
