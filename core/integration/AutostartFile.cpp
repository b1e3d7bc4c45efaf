#include "integration/AutostartFile.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSaveFile>

namespace stint::AutostartFile {

bool write(const QString &path, const QByteArray &content, QString *error)
{
    const QString directory = QFileInfo(path).absolutePath();
    if (!QDir().mkpath(directory)) {
        if (error)
            *error = QCoreApplication::translate("Autostart", "Cannot create the folder %1.")
                         .arg(QDir::toNativeSeparators(directory));
        return false;
    }
    // Written aside and renamed, so a failure never leaves half an entry behind.
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(content) != content.size() || !file.commit()) {
        if (error)
            *error = QCoreApplication::translate("Autostart", "Cannot write %1: %2")
                         .arg(QDir::toNativeSeparators(path), file.errorString());
        return false;
    }
    return true;
}

bool remove(const QString &path, QString *error)
{
    QFile file(path);
    if (file.exists() && !file.remove()) {
        if (error)
            *error = QCoreApplication::translate("Autostart", "Cannot remove %1: %2")
                         .arg(QDir::toNativeSeparators(path), file.errorString());
        return false;
    }
    return true;
}

} // namespace stint::AutostartFile
