// Built with ARC (-fobjc-arc, set in core/CMakeLists.txt): the Objective-C objects below are
// released automatically; CoreFoundation and Accessibility objects are released by hand.
#include "watchers/mac/MacWindowBackend.h"

#include "watchers/PlatformHelpers.h"

#include <QCoreApplication>

#import <AppKit/AppKit.h>
#include <ApplicationServices/ApplicationServices.h>

#include <unistd.h>

#if !__has_feature(objc_arc)
#error "MacWindowBackend.mm must be compiled with -fobjc-arc"
#endif

namespace stint {
namespace {

// A hung application must not stall the poll for the system's default of several seconds.
constexpr float kMessagingTimeoutSeconds = 0.25f;

void onAccessibilityNotification(AXObserverRef /*observer*/, AXUIElementRef /*element*/, CFStringRef /*notification*/,
                                 void *backend)
{
    Q_EMIT static_cast<MacWindowBackend *>(backend)->activeWindowChanged();
}

// The focused window's title of another application, through its accessibility interface.
QString accessibilityWindowTitle(pid_t pid)
{
    AXUIElementRef application = AXUIElementCreateApplication(pid);
    if (!application)
        return {};
    AXUIElementSetMessagingTimeout(application, kMessagingTimeoutSeconds);
    QString title;
    CFTypeRef window = nullptr;
    if (AXUIElementCopyAttributeValue(application, kAXFocusedWindowAttribute, &window) == kAXErrorSuccess && window) {
        CFTypeRef value = nullptr;
        if (AXUIElementCopyAttributeValue((AXUIElementRef)window, kAXTitleAttribute, &value) == kAXErrorSuccess
            && value) {
            if (CFGetTypeID(value) == CFStringGetTypeID())
                title = QString::fromCFString((CFStringRef)value);
            CFRelease(value);
        }
        CFRelease(window);
    }
    CFRelease(application);
    return title;
}

} // namespace

struct MacWindowBackend::Private
{
    MacWindowBackend *q = nullptr;
    // The token NSNotificationCenter returned for the activation observer.
    id activationObserver = nil;
    // Focus and title changes of the frontmost application, while Accessibility is granted.
    AXObserverRef axObserver = nullptr;
    AXUIElementRef axApplication = nullptr;
    pid_t observedPid = -1;
    bool promptedForTrust = false;
    bool reportedUntrusted = false;

    bool accessibilityTrusted();
    void observeApplication(pid_t pid);
    void stopObserving();
};

bool MacWindowBackend::Private::accessibilityTrusted()
{
    if (AXIsProcessTrusted()) {
        reportedUntrusted = false;
        return true;
    }
    // Once per run, let the system offer to open the Accessibility settings.
    if (!promptedForTrust) {
        promptedForTrust = true;
        NSDictionary *options = @{(__bridge id)kAXTrustedCheckOptionPrompt : @YES};
        if (AXIsProcessTrustedWithOptions((__bridge CFDictionaryRef)options))
            return true;
    }
    if (!reportedUntrusted) {
        reportedUntrusted = true;
        stopObserving();
        Q_EMIT q->problem(QCoreApplication::translate("MacWindowBackend",
                                                      "Stint needs Accessibility permission to read window titles: "
                                                      "System Settings → Privacy & Security → Accessibility"));
    }
    return false;
}

// Follows the frontmost application; an application without an accessibility interface simply
// gives no notifications, and polling still reads its titles.
void MacWindowBackend::Private::observeApplication(pid_t pid)
{
    if (pid == observedPid)
        return;
    stopObserving();
    observedPid = pid;

    AXObserverRef observer = nullptr;
    if (AXObserverCreate(pid, onAccessibilityNotification, &observer) != kAXErrorSuccess || !observer)
        return;
    AXUIElementRef application = AXUIElementCreateApplication(pid);
    if (!application) {
        CFRelease(observer);
        return;
    }
    // Registered on the application element, they cover all of its windows.
    bool registered = false;
    for (CFStringRef notification : {kAXFocusedWindowChangedNotification, kAXTitleChangedNotification}) {
        if (AXObserverAddNotification(observer, application, notification, q) == kAXErrorSuccess)
            registered = true;
    }
    if (!registered) {
        CFRelease(application);
        CFRelease(observer);
        return;
    }
    CFRunLoopAddSource(CFRunLoopGetMain(), AXObserverGetRunLoopSource(observer), kCFRunLoopCommonModes);
    axObserver = observer;
    axApplication = application;
}

void MacWindowBackend::Private::stopObserving()
{
    if (axObserver) {
        // After this no callback can run, so the observer can go.
        CFRunLoopRemoveSource(CFRunLoopGetMain(), AXObserverGetRunLoopSource(axObserver), kCFRunLoopCommonModes);
        CFRelease(axObserver);
        axObserver = nullptr;
    }
    if (axApplication) {
        CFRelease(axApplication);
        axApplication = nullptr;
    }
    observedPid = -1;
}

MacWindowBackend::MacWindowBackend(QObject *parent)
    : WindowBackend(parent)
    , m_d(std::make_unique<Private>())
{
    m_d->q = this;
    MacWindowBackend *backend = this;
    m_d->activationObserver =
        [NSWorkspace.sharedWorkspace.notificationCenter addObserverForName:NSWorkspaceDidActivateApplicationNotification
                                                                    object:nil
                                                                     queue:NSOperationQueue.mainQueue
                                                                usingBlock:^(NSNotification *notification) {
                                                                    Q_UNUSED(notification);
                                                                    Q_EMIT backend->activeWindowChanged();
                                                                }];
}

MacWindowBackend::~MacWindowBackend()
{
    if (m_d->activationObserver)
        [NSWorkspace.sharedWorkspace.notificationCenter removeObserver:m_d->activationObserver];
    m_d->activationObserver = nil;
    m_d->stopObserving();
}

QString MacWindowBackend::name() const
{
    return QStringLiteral("macos");
}

std::optional<WindowInfo> MacWindowBackend::activeWindow()
{
    @autoreleasepool {
        NSRunningApplication *application = NSWorkspace.sharedWorkspace.frontmostApplication;
        if (!application)
            return std::nullopt;
        const pid_t pid = application.processIdentifier;

        WindowInfo info;
        info.app = appNameOrUnknown(QString::fromNSString(application.localizedName),
                                    QString::fromNSString(application.bundleIdentifier));
        if (pid == getpid()) {
            // Stint itself: its own key window, without a round trip through Accessibility.
            if (NSApp)
                info.title = QString::fromNSString(NSApp.keyWindow.title);
        } else if (m_d->accessibilityTrusted()) {
            m_d->observeApplication(pid);
            info.title = accessibilityWindowTitle(pid);
        }
        return info;
    }
}

} // namespace stint
