#include "storage/DatabaseBackup.h"

#include "storage/DatabaseCheck.h"
#include "storage/SqlUtil.h"
#include "storage/SqliteConnection.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QTemporaryFile>

#include <filesystem>
#include <system_error>

namespace stint {

bool DatabaseBackup::write(const QString &source, const QString &target, QString *error, qint64 *events)
{
    const QString shown = QDir::toNativeSeparators(target);
    const QFileInfo targetInfo(target);
    if (targetInfo.exists() && targetInfo.canonicalFilePath() == QFileInfo(source).canonicalFilePath()) {
        *error = QCoreApplication::translate("DatabaseBackup", "%1 is the database itself").arg(shown);
        return false;
    }
    // Written beside the target first, so a failed or partial copy never replaces a good one.
    QTemporaryFile partial(
        targetInfo.absoluteDir().filePath(QStringLiteral(".%1.XXXXXX.partial").arg(targetInfo.fileName())));
    if (!partial.open()) {
        *error = QCoreApplication::translate("DatabaseBackup", "cannot write %1: %2").arg(shown, partial.errorString());
        return false;
    }
    partial.close(); // VACUUM INTO accepts an empty file and writes it through SQLite

    // VACUUM INTO on a read-only connection of our own rather than SQLite's backup API: it goes
    // through Qt's SQLite driver, so it needs no libsqlite3 of our own (Qt may carry its own copy,
    // and two copies of SQLite in one process must never share a file); it runs in one read
    // transaction, so the copy is a consistent snapshot while the writer goes on committing to the
    // WAL; and the copy comes out compact and in rollback mode, one self-contained file. The
    // reader's synchronous=FULL makes SQLite sync the copy before the statement returns.
    const QString name = SqliteConnection::uniqueName(QStringLiteral("stint-backup"));
    if (!SqliteConnection::openReader(name, source, error))
        return false;
    bool copied = false;
    {
        QSqlQuery vacuum(QSqlDatabase::database(name, false));
        vacuum.prepare(QStringLiteral("VACUUM INTO ?"));
        vacuum.addBindValue(partial.fileName());
        copied = vacuum.exec();
        if (!copied)
            *error = QCoreApplication::translate("DatabaseBackup", "cannot copy the database to %1: %2")
                         .arg(shown, sql::describe(vacuum.lastError()));
    }
    SqliteConnection::close(name);
    if (!copied)
        return false;

    const DatabaseCheck::Report check = DatabaseCheck::run(partial.fileName());
    if (!check.ok()) {
        *error = QCoreApplication::translate("DatabaseBackup", "the copy failed its check: %1")
                     .arg(check.error.isEmpty() ? check.problems.join(QStringLiteral("; ")) : check.error);
        return false;
    }
    // Replaces an older backup in one step (QFile::rename refuses an existing target).
    std::error_code failure;
    std::filesystem::rename(QFileInfo(partial.fileName()).filesystemAbsoluteFilePath(),
                            targetInfo.filesystemAbsoluteFilePath(), failure);
    if (failure) {
        *error = QCoreApplication::translate("DatabaseBackup", "cannot write %1: %2")
                     .arg(shown, QString::fromLocal8Bit(failure.message()));
        return false;
    }
    partial.setAutoRemove(false);
    if (events)
        *events = check.events;
    return true;
}

} // namespace stint
