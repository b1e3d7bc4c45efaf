// stint: the desktop tracker. With --no-gui it records without a window (and needs no display).
#include "app/CliRequests.h"
#include "app/Tracker.h"
#include "i18n/Translations.h"
#include "integration/SingleInstance.h"
#include "sync/SyncService.h"
#include "util/DataLocation.h"
#include "util/HostName.h"
#include "util/ShutdownSignals.h"
#include "watchers/PlatformBackends.h"
#include "watchers/WatcherSettings.h"

#ifdef STINT_HAS_GUI
#include "Desktop.h"

#include <QApplication>
#include <QMessageBox>
#include <QSessionManager>
#endif

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QFutureWatcher>
#include <QJsonDocument>

#include <cstdio>
#include <memory>
#include <optional>

namespace {

bool wantsNoWindow(int argc, char **argv)
{
    for (int i = 1; i < argc; ++i) {
        const QByteArray arg(argv[i]);
        if (arg == "--no-gui" || arg == "--help" || arg == "-h" || arg == "--help-all" || arg == "--version"
            || arg == "-v")
            return true;
    }
    return false;
}

#ifdef STINT_HAS_GUI
// Without this check Qt aborts with a message about platform plugins that helps nobody.
bool displayAvailable()
{
#if defined(Q_OS_UNIX) && !defined(Q_OS_MACOS)
    return !qEnvironmentVariableIsEmpty("DISPLAY") || !qEnvironmentVariableIsEmpty("WAYLAND_DISPLAY")
        || !qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM");
#else
    return true;
#endif
}
#endif

void printError(const QString &message)
{
    std::fprintf(stderr, "stint: %s\n", qUtf8Printable(message));
}

// What a second start says about the Stint that runs already.
QString alreadyRunning(stint::SingleInstance::Answer answer)
{
    switch (answer) {
    case stint::SingleInstance::Answer::WindowShown:
        return QCoreApplication::translate("main", "Stint is already running; its window is shown now.");
    case stint::SingleInstance::Answer::NoWindow:
        return QCoreApplication::translate("main", "Stint is already running without a window (--no-gui).");
    case stint::SingleInstance::Answer::Running:
        break;
    }
    return QCoreApplication::translate("main", "Stint is already running.");
}

// A number of seconds from the command line, in the range the settings allow.
bool readSeconds(const QCommandLineParser &parser, const QString &name, double min, double max,
                 std::optional<double> *out)
{
    if (!parser.isSet(name))
        return true;
    bool ok = false;
    const double value = parser.value(name).toDouble(&ok);
    QString why;
    if (ok && stint::WatcherSettings::checkedSeconds(value, min, max, &why)) {
        *out = value;
        return true;
    }
    printError(
        QCoreApplication::translate("main", "--%1: %2")
            .arg(
                name,
                ok ? why
                   : QCoreApplication::translate("main", "\"%1\" is not a number of seconds").arg(parser.value(name))));
    return false;
}

} // namespace

int main(int argc, char **argv)
{
    const bool headless = wantsNoWindow(argc, argv);
    std::unique_ptr<QCoreApplication> app;
#ifdef STINT_HAS_GUI
    if (!headless) {
        if (!displayAvailable()) {
            // No QCoreApplication (and so no translator) exists yet: English.
            std::fputs("stint: no display found (DISPLAY and WAYLAND_DISPLAY are not set).\n"
                       "Start Stint from your desktop session, or run 'stint --no-gui' to record without a "
                       "window.\n",
                       stderr);
            return 1;
        }
        app = std::make_unique<QApplication>(argc, argv);
        // Links the windows to org.stint.Stint.desktop (Wayland app id, icon, taskbar grouping).
        QGuiApplication::setDesktopFileName(QStringLiteral("org.stint.Stint"));
    }
#endif
    if (!app)
        app = std::make_unique<QCoreApplication>(argc, argv);
    QCoreApplication::setOrganizationName(QStringLiteral("Stint"));
    QCoreApplication::setApplicationName(QStringLiteral("stint"));
    QCoreApplication::setApplicationVersion(QStringLiteral(STINT_VERSION));
    // Before the first translated string, so --help speaks the user's language too.
    stint::Translations translations;
    translations.install(stint::Translations::configuredLanguage());

    QCommandLineParser parser;
    parser.setApplicationDescription(
        QCoreApplication::translate("main",
                                    "Stint records which application has your attention, and when you "
                                    "are away, and keeps it on this computer."));
    parser.addHelpOption();
    // Qt's own --version would not name the Qt version, which bug reports need.
    const QCommandLineOption versionOption(
        {QStringLiteral("v"), QStringLiteral("version")},
        QCoreApplication::translate("main", "Print the version of Stint and of Qt, then exit."));
    parser.addOption(versionOption);
    parser.addOptions(stint::DataLocation::commandLineOptions());
    parser.addOption({QStringLiteral("no-gui"),
                      QCoreApplication::translate("main",
                                                  "Record without a window (the watchers still need a "
                                                  "graphical session).")});
    parser.addOption({QStringLiteral("poll-interval"),
                      QCoreApplication::translate("main",
                                                  "Read the focused window every <seconds> (default 1; "
                                                  "overrides the setting)."),
                      //: a value name in --help: <seconds>
                      QCoreApplication::translate("main", "seconds")});
    parser.addOption({QStringLiteral("afk-timeout"),
                      QCoreApplication::translate("main",
                                                  "Count as away after <seconds> without input (default "
                                                  "180; overrides the setting)."),
                      //: a value name in --help: <seconds>
                      QCoreApplication::translate("main", "seconds")});
#ifdef STINT_HAS_GUI
    parser.addOption({QStringLiteral("minimized"),
                      QCoreApplication::translate("main",
                                                  "Start in the system tray without opening the window (when "
                                                  "the desktop has a tray).")});
#endif
    parser.addOption({QStringLiteral("port"),
                      QCoreApplication::translate("main",
                                                  "Serve the ActivityWatch-compatible HTTP API on <port> of "
                                                  "127.0.0.1 (default 5600, 5666 with --testing; overrides the "
                                                  "setting)."),
                      //: the value name in --help: --port <port>
                      QCoreApplication::translate("main", "port")});
    parser.addOption({QStringLiteral("no-server"), QCoreApplication::translate("main", "Do not serve the HTTP API.")});
    parser.addOption({QStringLiteral("sync-dir"),
                      QCoreApplication::translate("main",
                                                  "Sync with other computers through <folder> (shared by Syncthing, "
                                                  "Dropbox, ...); remembered in the settings."),
                      //: the value name in --help: --sync-dir <folder>
                      QCoreApplication::translate("main", "folder")});
    parser.addOption({QStringLiteral("sync-interval"),
                      QCoreApplication::translate("main", "Sync every <seconds> (default 300; overrides the setting)."),
                      //: a value name in --help: <seconds>
                      QCoreApplication::translate("main", "seconds")});
    parser.process(*app);
    if (parser.isSet(versionOption)) {
        std::printf("stint %s (Qt %s)\n", STINT_VERSION, qVersion());
        return 0;
    }

    using stint::WatcherSettings;
    stint::Tracker::Overrides overrides;
    if (!readSeconds(parser, QStringLiteral("poll-interval"), WatcherSettings::kMinPollSeconds,
                     WatcherSettings::kMaxPollSeconds, &overrides.pollSeconds)
        || !readSeconds(parser, QStringLiteral("afk-timeout"), WatcherSettings::kMinAfkTimeoutSeconds,
                        WatcherSettings::kMaxAfkTimeoutSeconds, &overrides.afkTimeoutSeconds))
        return 1;
    stint::Tracker::SyncOverrides syncOverrides;
    syncOverrides.directory = parser.value(QStringLiteral("sync-dir"));
    if (parser.isSet(QStringLiteral("sync-interval"))) {
        bool ok = false;
        syncOverrides.intervalSeconds = parser.value(QStringLiteral("sync-interval")).toInt(&ok);
        if (!ok || syncOverrides.intervalSeconds < stint::SyncSettings::kMinIntervalSeconds
            || syncOverrides.intervalSeconds > stint::SyncSettings::kMaxIntervalSeconds) {
            printError(QCoreApplication::translate("main",
                                                   "--sync-interval: \"%1\" is not a number of seconds from "
                                                   "%2 to %3")
                           .arg(parser.value(QStringLiteral("sync-interval")))
                           .arg(stint::SyncSettings::kMinIntervalSeconds)
                           .arg(stint::SyncSettings::kMaxIntervalSeconds));
            return 1;
        }
    }
    stint::Tracker::ApiOverrides apiOverrides;
    apiOverrides.disabled = parser.isSet(QStringLiteral("no-server"));
    if (parser.isSet(QStringLiteral("port"))) {
        bool ok = false;
        const uint port = parser.value(QStringLiteral("port")).toUInt(&ok);
        if (!ok || port < 1 || port > 65535) {
            printError(QCoreApplication::translate("main", "--port: \"%1\" is not a port number from 1 to 65535")
                           .arg(parser.value(QStringLiteral("port"))));
            return 1;
        }
        apiOverrides.port = quint16(port);
    }

    // Installed before anything slow starts, so a SIGTERM during start-up is a clean quit too.
    stint::ShutdownSignals shutdownSignals;
    QObject::connect(&shutdownSignals, &stint::ShutdownSignals::shutdownRequested, app.get(), &QCoreApplication::quit);

    // One Stint per database: a second start hands over to the running one and never opens it.
    const stint::DataLocation location = stint::DataLocation::fromParser(parser);
    stint::SingleInstance instance(location.databasePath());
#ifdef STINT_HAS_GUI
    instance.setShowWindow(!parser.isSet(QStringLiteral("minimized")));
#endif
    QString instanceError;
    switch (instance.start(&instanceError)) {
    case stint::SingleInstance::Role::Primary:
        break;
    case stint::SingleInstance::Role::Secondary:
        std::printf("%s\n", qUtf8Printable(alreadyRunning(instance.answer())));
        return 0;
    case stint::SingleInstance::Role::Failed:
        printError(
            QCoreApplication::translate("main", "cannot tell whether Stint is running already: %1").arg(instanceError));
        return 1;
    }

    stint::Tracker tracker(location);
    QString error;
    if (!tracker.start(&error)) {
        const QString message = QCoreApplication::translate("main", "Stint cannot open its database: %1").arg(error);
        printError(message);
#ifdef STINT_HAS_GUI
        if (!headless)
            QMessageBox::critical(nullptr, QCoreApplication::translate("main", "Stint"), message);
#endif
        return 1;
    }

    stint::PlatformBackends backends = stint::createPlatformBackends(&error);
    if (!backends.window || !tracker.startWatching(std::move(backends), overrides, &error)) {
        const QString message = QCoreApplication::translate("main", "Stint cannot record activity: %1").arg(error);
        printError(message);
        if (headless)
            return 1;
#ifdef STINT_HAS_GUI
        // The window still shows what was recorded before.
        QMessageBox::warning(nullptr, QCoreApplication::translate("main", "Stint"), message);
#endif
    }

    // A port in use is logged and recording goes on without the API.
    tracker.startApi(apiOverrides);
    if (!tracker.startSync(syncOverrides, &error))
        printError(QCoreApplication::translate("main", "--sync-dir: the folder was not stored: %1").arg(error));
    // stint-cli sync now: the running Stint syncs (it owns the datastore) and answers when done.
    instance.setSyncHandler([&tracker](std::function<void(const QByteArray &)> reply) {
        auto *watcher = new QFutureWatcher<stint::SyncReport>(&tracker);
        QObject::connect(watcher, &QFutureWatcherBase::finished, &tracker, [watcher, reply] {
            watcher->deleteLater();
            reply(QJsonDocument(watcher->result().toJson()).toJson(QJsonDocument::Compact));
        });
        watcher->setFuture(tracker.syncService()->syncNow());
    });
    // stint-cli changed settings (e.g. the origins the API lets in): apply them now.
    QObject::connect(&instance, &stint::SingleInstance::settingsChanged, &tracker, [&tracker] {
        QString reloadError;
        if (!tracker.reloadSettings(&reloadError))
            printError(reloadError);
    });

    // stint-cli's writes (timers and entries, imports, settings) go through this Stint's datastore.
    stint::CliRequests cliRequests(tracker.datastore(), location.databasePath(), stint::localHostName());
    instance.setRequestHandler([&cliRequests](const QJsonObject &request, std::function<void(QJsonObject)> reply) {
        cliRequests.handle(request, std::move(reply));
    });

    // Every way out (window, SIGTERM/SIGINT/SIGHUP, logout) ends the event loop; the final
    // commit happens on the way out, bounded, and a failure is reported and sets the exit code.
    QObject::connect(app.get(), &QCoreApplication::aboutToQuit, &tracker, [&tracker] { tracker.shutdown(); });

#ifdef STINT_HAS_GUI
    std::unique_ptr<stint::Desktop> desktop;
    if (!headless) {
        auto *guiApp = static_cast<QApplication *>(app.get());
        // The session may still cancel the logout, so save now and keep running. This waits on the
        // GUI thread on purpose: the session manager needs the answer before the handler returns.
        QObject::connect(guiApp, &QGuiApplication::commitDataRequest, &tracker, [&tracker](QSessionManager &) {
            stint::waitForFuture(QFuture<void>(tracker.datastore().forceCommit()), 5000);
        });
        guiApp->setQuitOnLastWindowClosed(false); // closing the window may leave Stint in the tray
        desktop = std::make_unique<stint::Desktop>(tracker);
        // From here on a signal quits like the Quit menu: it waits for the final commit, and the
        // user hears about a failure.
        QObject::disconnect(&shutdownSignals, nullptr, app.get(), nullptr);
        QObject::connect(&shutdownSignals, &stint::ShutdownSignals::shutdownRequested, desktop.get(),
                         &stint::Desktop::requestQuit);
        QObject::connect(desktop.get(), &stint::Desktop::readyToQuit, app.get(), &QCoreApplication::quit);
        desktop->start(parser.isSet(QStringLiteral("minimized")));
        instance.setActivationHandler([&desktop] {
            desktop->showWindow();
            return true;
        });
    }
#endif

    const int code = QCoreApplication::exec();
    const stint::CommitResult final = tracker.shutdown();
    if (!final.ok()) {
        printError(QCoreApplication::translate("main", "the final save failed: %1").arg(final.error));
        return 1;
    }
    return code;
}
