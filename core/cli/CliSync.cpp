#include "cli/Cli.h"

#include "integration/SingleInstance.h"
#include "storage/Datastore.h"
#include "storage/EventReader.h"
#include "sync/SyncFolderReader.h"
#include "sync/SyncService.h"
#include "sync/SyncSettings.h"
#include "sync/SyncStatus.h"
#include "util/DisplayText.h"
#include "util/HostName.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QDir>
#include <QJsonArray>
#include <QJsonDocument>
#include <QLocale>

namespace stint {
namespace {

// A running sync copies a large history in one go: give it time.
constexpr int kRunningSyncTimeoutMs = 30 * 60 * 1000;

} // namespace

int Cli::sync(const QString &path, const QStringList &positional, const QCommandLineParser &parser)
{
    const QString action = positional.size() == 2 ? positional.at(1) : QString();
    if (action == QStringLiteral("status"))
        return syncStatus(path, parser.isSet(QStringLiteral("json")));
    if (action != QStringLiteral("now")) {
        m_err << QCoreApplication::translate("Cli", "Use: sync status or sync now.") << Qt::endl;
        return Usage;
    }
    bool byRunning = false;
    // The running Stint owns the datastore: it syncs, and answers when done.
    const QJsonObject answer = writeSafely(
        path,
        [&]() -> std::optional<QJsonObject> {
            const auto reply = SingleInstance::requestSync(path, kRunningSyncTimeoutMs);
            if (!reply)
                return std::nullopt;
            byRunning = true;
            return QJsonDocument::fromJson(*reply).object();
        },
        [&] {
            Datastore store(Datastore::Options{path, {}, {}, {}});
            SyncReport here;
            if (!store.open(&here.error))
                return here.toJson();
            SyncFolderReader reader(store);
            here = SyncService::runOnce(store, path, localHostName(), reader, true);
            const CommitResult closed = store.close();
            if (!closed.ok() && here.error.isEmpty())
                here.error = closed.error;
            return here.toJson();
        });
    const SyncReport report = SyncReport::fromJson(answer);
    if (parser.isSet(QStringLiteral("json"))) {
        m_out << QString::fromUtf8(QJsonDocument(report.toJson()).toJson(QJsonDocument::Indented)) << Qt::flush;
        return report.ran && report.ok() ? Ok : Problem;
    }
    if (!report.error.isEmpty()) {
        m_err << report.error << Qt::endl;
        return Problem;
    }
    if (!report.ran) {
        m_err << QCoreApplication::translate(
            "Cli", "Sync is off: choose a folder in Settings > Data or start Stint with --sync-dir FOLDER.")
              << Qt::endl;
        return Problem;
    }
    if (byRunning)
        m_out << QCoreApplication::translate("Cli", "The running Stint synced.") << Qt::endl;
    if (report.writeError.isEmpty())
        m_out << QCoreApplication::translate("Cli", "Wrote %1 (%n events new or updated).", nullptr,
                                             int(report.written))
                     .arg(QDir::toNativeSeparators(report.writtenFile))
              << Qt::endl;
    else
        m_err << report.writeError << Qt::endl;
    for (const SyncReport::Device &device : std::as_const(report.devices)) {
        if (!device.error.isEmpty())
            m_err << device.error << Qt::endl;
        else if (device.file.isEmpty())
            m_out << QCoreApplication::translate("Cli", "%1 (%2): no database file yet.")
                         .arg(device.host, device.deviceId)
                  << Qt::endl;
        else if (device.upToDate)
            m_out << QCoreApplication::translate("Cli", "%1 (%2): up to date.").arg(device.host, device.deviceId)
                  << Qt::endl;
        else
            m_out << QCoreApplication::translate("Cli", "%1 (%2): %n events copied.", nullptr, int(device.added))
                         .arg(device.host, device.deviceId)
                  << Qt::endl;
    }
    return report.ok() ? Ok : Problem;
}

int Cli::syncStatus(const QString &path, bool asJson)
{
    EventReader reader(path);
    QString problem;
    const auto status = SyncStatus::read(reader, localHostName(), &problem);
    if (!status) {
        m_err << problem << Qt::endl;
        return Problem;
    }
    const SyncSettings &settings = status->settings;
    if (asJson) {
        QJsonArray list;
        for (const SyncStatus::Device &device : status->devices) {
            list.append(QJsonObject{
                {QStringLiteral("host"), device.host},
                {QStringLiteral("deviceId"), device.deviceId},
                {QStringLiteral("file"), device.file},
                {QStringLiteral("modified"),
                 device.modified.isValid() ? device.modified.toUTC().toString(Qt::ISODateWithMs) : QString()},
                {QStringLiteral("thisDevice"), device.thisDevice},
                {QStringLiteral("hidden"), device.hidden},
                {QStringLiteral("copiedEvents"), device.copiedEvents}});
        }
        const QJsonObject all{{QStringLiteral("directory"), settings.directory},
                              {QStringLiteral("intervalSeconds"), settings.intervalSeconds},
                              {QStringLiteral("host"), status->hostName},
                              {QStringLiteral("deviceId"), settings.deviceId},
                              {QStringLiteral("hiddenHosts"), QJsonArray::fromStringList(settings.hiddenHosts)},
                              {QStringLiteral("devices"), list}};
        m_out << QString::fromUtf8(QJsonDocument(all).toJson(QJsonDocument::Indented)) << Qt::flush;
        return Ok;
    }
    if (!settings.enabled()) {
        m_out << QCoreApplication::translate("Cli", "Sync is off.") << Qt::endl;
        return Ok;
    }
    m_out << QCoreApplication::translate("Cli", "Sync folder: %1 (every %n seconds)", nullptr, settings.intervalSeconds)
                 .arg(QDir::toNativeSeparators(settings.directory))
          << Qt::endl
          << QCoreApplication::translate("Cli", "This computer: %1, device %2")
                 .arg(status->hostName,
                      settings.deviceId.isEmpty() ? QCoreApplication::translate("Cli", "(not synced yet)")
                                                  : settings.deviceId)
          << Qt::endl;
    for (const SyncStatus::Device &device : status->devices) {
        QString line =
            QStringLiteral("  ") + device.host + QStringLiteral(" / ") + device.deviceId + QStringLiteral(": ");
        if (device.thisDevice)
            line += QCoreApplication::translate("Cli", "this computer");
        else if (device.file.isEmpty())
            line += QCoreApplication::translate("Cli", "no database file yet");
        else
            line += QCoreApplication::translate("Cli", "file changed %1, %n events copied here", nullptr,
                                                int(device.copiedEvents))
                        .arg(QLocale().toString(device.modified, QLocale::ShortFormat));
        if (device.hidden)
            line += QCoreApplication::translate("Cli", " (hidden)");
        m_out << line << Qt::endl;
    }
    return Ok;
}

} // namespace stint
