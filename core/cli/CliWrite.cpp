// stint-cli's writes: through the running Stint when one runs, otherwise in this process while it
// holds the locks that keep a Stint (or another stint-cli) from writing at the same time.
#include "cli/Cli.h"

#include "app/CliRequests.h"
#include "integration/SingleInstance.h"
#include "io/AwImporter.h"
#include "settings/SettingKeys.h"
#include "storage/Datastore.h"
#include "storage/EventReader.h"

#include <QCoreApplication>
#include <QDeadlineTimer>
#include <QFileInfo>
#include <QThread>

using namespace Qt::StringLiterals;

namespace stint {
namespace {

// How long a Stint that holds the database may take to answer (it may still be starting).
constexpr int kStartingStintMs = 30'000;
constexpr int kRetryMs = 100;
// A running Stint answers an import when it is done, however large the file.
constexpr int kImportTimeoutMs = 24 * 60 * 60 * 1000;

} // namespace

QJsonObject Cli::writeSafely(const QString &path, const std::function<std::optional<QJsonObject>()> &handOver,
                             const std::function<QJsonObject()> &direct)
{
    QDeadlineTimer deadline(kStartingStintMs);
    bool toldWaiting = false;
    while (true) {
        if (auto answer = handOver())
            return *answer;
        std::unique_ptr<SingleInstance::WriterLock> lock;
        QString problem;
        switch (SingleInstance::lockForWriting(path, &lock, &problem)) {
        case SingleInstance::WriterLockState::Taken:
            return direct();
        case SingleInstance::WriterLockState::Failed:
            return {{u"error"_s, problem}};
        case SingleInstance::WriterLockState::WriterActive:
            // An import may take minutes; its lock goes when its process does.
            if (!toldWaiting)
                m_err << QCoreApplication::translate("Cli", "Waiting for another stint-cli to finish writing...")
                      << Qt::endl;
            toldWaiting = true;
            deadline.setRemainingTime(kStartingStintMs);
            break;
        case SingleInstance::WriterLockState::StintActive:
            if (deadline.hasExpired())
                return {
                    {u"error"_s, QCoreApplication::translate("Cli", "a Stint holds the database but does not answer")}};
            break;
        }
        QThread::msleep(kRetryMs);
    }
}

QJsonObject Cli::writeHere(const QString &path, const std::function<QJsonObject(Datastore &)> &work)
{
    Datastore store(Datastore::Options{path, {}, {}, {}});
    QString problem;
    if (!store.open(&problem))
        return {{u"error"_s, problem}};
    QJsonObject answer = work(store);
    const CommitResult closed = store.close();
    if (!answer.contains(u"error"_s) && !closed.ok())
        answer = {{u"error"_s, closed.error}};
    return answer;
}

int Cli::importData(const QString &path, const QString &file)
{
    if (!QFileInfo::exists(file)) {
        m_err << QCoreApplication::translate("Cli", "Cannot read %1: no such file.").arg(file) << Qt::endl;
        return Problem;
    }
    // A running Stint imports the file itself (no second writer); otherwise a datastore of this
    // process does. Events already stored are skipped, so an import that stopped (a busy
    // database, a full disk) can simply be run again.
    const QJsonObject answer = writeSafely(
        path,
        [&] {
            return SingleInstance::sendRequest(
                path, CliRequests::importRequest(file), kImportTimeoutMs,
                [this](const QJsonObject &interim) { importProgress(interim.value(u"progress"_s).toInteger()); });
        },
        [&] { return importHere(path, file); });
    const QString error = answer.value(QStringLiteral("error")).toString();
    if (!answer.contains(QStringLiteral("text"))) {
        m_err << QCoreApplication::translate("Cli", "Nothing was imported: %1").arg(error) << Qt::endl;
        return Problem;
    }
    (error.isEmpty() ? m_out : m_err) << answer.value(QStringLiteral("text")).toString() << Qt::endl;
    return error.isEmpty() ? Ok : Problem;
}

QJsonObject Cli::importHere(const QString &path, const QString &file)
{
    Datastore store(Datastore::Options{path, {}, {}, {}});
    ImportReport report;
    if (!store.open(&report.error))
        return {{QStringLiteral("error"), report.error}};
    {
        EventReader reader(path);
        if (!reader.isOpen()) {
            store.close();
            return {{QStringLiteral("error"), reader.error()}};
        }
        AwImporter importer(store, reader);
        qint64 reported = 0;
        importer.setProgress([&](qint64 handled) {
            if (handled - reported >= CliRequests::kProgressEvents) {
                reported = handled;
                importProgress(handled);
            }
        });
        report = importer.importFile(file);
    }
    const CommitResult closed = store.close();
    if (report.ok() && !closed.ok())
        report.error = QCoreApplication::translate("Cli", "The import could not be committed: %1").arg(closed.error);
    return CliRequests::importAnswer(report);
}

void Cli::importProgress(qint64 handled)
{
    m_err << QCoreApplication::translate("Cli", "... %n event(s) read", nullptr, int(handled)) << Qt::endl;
}

bool Cli::storeSetting(const QString &path, QStringView name, const QJsonValue &value, QString *problem)
{
    const QJsonObject answer = writeSafely(
        path, [&] { return SingleInstance::sendRequest(path, CliRequests::settingRequest(name, value)); },
        [&] {
            return writeHere(path, [&](Datastore &store) {
                const WriteResult written = store.setSetting(settings::storageKey(name), value).result();
                return written.ok() ? QJsonObject{} : QJsonObject{{QStringLiteral("error"), written.message}};
            });
        });
    *problem = answer.value(QStringLiteral("error")).toString();
    return !answer.contains(QStringLiteral("error"));
}

} // namespace stint
