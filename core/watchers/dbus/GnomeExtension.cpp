#include "watchers/dbus/GnomeExtension.h"

#include "watchers/dbus/GnomeShellWindowBackend.h"

#include <QCoreApplication>
#include <QDBusMessage>
#include <QDir>
#include <QFile>
#include <QSaveFile>
#include <QStandardPaths>

using namespace Qt::StringLiterals;

namespace stint {
namespace {

const QStringList kFiles{u"metadata.json"_s, u"extension.js"_s};

QString resourcePath(const QString &file)
{
    return u":/gnome-shell/%1/%2"_s.arg(GnomeExtension::uuid(), file);
}

QByteArray readAll(const QString &path, bool *ok)
{
    QFile file(path);
    *ok = file.open(QIODevice::ReadOnly);
    return *ok ? file.readAll() : QByteArray();
}

} // namespace

QString GnomeExtension::uuid()
{
    return u"stint-focus@stint.invalid"_s;
}

QString GnomeExtension::installDirectory()
{
    return QDir(QStandardPaths::writableLocation(QStandardPaths::GenericDataLocation))
        .filePath(u"gnome-shell/extensions/"_s + uuid());
}

QString GnomeExtension::enableInstructions()
{
    return QCoreApplication::translate(
               "GnomeExtension",
               "Stint follows the focused window on GNOME through its GNOME Shell extension (GNOME 45 or later). "
               "Install it with 'stint-cli gnome-extension install', log out and back in, then enable it with "
               "'gnome-extensions enable %1' or in the Extensions app.")
        .arg(uuid());
}

bool GnomeExtension::install(QString *message)
{
    const QString directory = installDirectory();
    if (!QDir().mkpath(directory)) {
        *message = QCoreApplication::translate("GnomeExtension", "Cannot create the directory %1.").arg(directory);
        return false;
    }
    // Read everything first, so a broken build writes nothing.
    QList<QByteArray> contents;
    for (const QString &file : kFiles) {
        bool ok = false;
        contents << readAll(resourcePath(file), &ok);
        if (!ok) {
            *message = QCoreApplication::translate("GnomeExtension", "This build of Stint lacks the extension file %1.")
                           .arg(resourcePath(file));
            return false;
        }
    }
    for (qsizetype i = 0; i < kFiles.size(); ++i) {
        QSaveFile out(QDir(directory).filePath(kFiles[i]));
        if (!out.open(QIODevice::WriteOnly) || out.write(contents[i]) != contents[i].size() || !out.commit()) {
            *message = QCoreApplication::translate("GnomeExtension", "Cannot write %1: %2")
                           .arg(out.fileName(), out.errorString());
            return false;
        }
    }
    *message = QCoreApplication::translate(
                   "GnomeExtension",
                   "Installed Stint's GNOME Shell extension into %1.\nLog out and back in so GNOME Shell finds it, "
                   "then enable it with 'gnome-extensions enable %2' (or in the Extensions app).")
                   .arg(directory, uuid());
    return true;
}

GnomeExtension::Status GnomeExtension::status(const QDBusConnection &bus)
{
    Status status;
    status.directory = installDirectory();
    bool installed = true;
    bool current = true;
    for (const QString &file : kFiles) {
        bool ok = false;
        const QByteArray present = readAll(QDir(status.directory).filePath(file), &ok);
        installed = installed && ok;
        bool shippedOk = false;
        current = current && ok && present == readAll(resourcePath(file), &shippedOk) && shippedOk;
    }
    if (!installed) {
        status.state = State::NotInstalled;
        status.text =
            QCoreApplication::translate("GnomeExtension", "Stint's GNOME Shell extension is not installed (%1). %2")
                .arg(status.directory, enableInstructions());
        return status;
    }
    if (!current) {
        status.state = State::Outdated;
        status.text = QCoreApplication::translate(
                          "GnomeExtension",
                          "Stint's GNOME Shell extension in %1 differs from the one this Stint ships: run "
                          "'stint-cli gnome-extension install' again, then log out and back in.")
                          .arg(status.directory);
        return status;
    }
    const QDBusMessage reply = bus.isConnected()
        ? bus.call(QDBusMessage::createMethodCall(QLatin1StringView(GnomeShellWindowBackend::kService),
                                                  QLatin1StringView(GnomeShellWindowBackend::kPath),
                                                  QLatin1StringView(GnomeShellWindowBackend::kInterface), u"Get"_s),
                   QDBus::Block, 2000)
        : QDBusMessage();
    if (reply.type() == QDBusMessage::ReplyMessage) {
        status.state = State::Running;
        status.text = QCoreApplication::translate("GnomeExtension",
                                                  "Stint's GNOME Shell extension is installed in %1 and running.")
                          .arg(status.directory);
        return status;
    }
    status.state = State::NotRunning;
    status.text = QCoreApplication::translate(
                      "GnomeExtension",
                      "Stint's GNOME Shell extension is installed in %1 but not running: log out and back in, then "
                      "enable it with 'gnome-extensions enable %2' (or in the Extensions app).")
                      .arg(status.directory, uuid());
    return status;
}

} // namespace stint
