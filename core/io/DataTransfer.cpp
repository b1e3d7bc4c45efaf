#include "io/DataTransfer.h"

#include "io/ActivityCsvExporter.h"
#include "io/AwExporter.h"
#include "io/AwImporter.h"
#include "reports/ReportEngine.h"
#include "storage/DatabaseBackup.h"
#include "storage/Datastore.h"
#include "storage/EventReader.h"

#include <QDir>
#include <QSaveFile>
#include <QThread>

namespace stint {

DataTransfer::DataTransfer(Datastore &store, QObject *parent)
    : QObject(parent)
    , m_store(store)
{
}

DataTransfer::~DataTransfer()
{
    if (m_thread)
        m_thread->wait();
}

bool DataTransfer::start(std::function<Outcome()> job)
{
    if (m_thread)
        return false;
    m_thread = QThread::create([this, job = std::move(job)] { m_outcome = job(); });
    m_thread->setObjectName(QStringLiteral("stint-transfer"));
    connect(m_thread, &QThread::finished, this, [this] {
        m_thread->deleteLater();
        m_thread = nullptr;
        Q_EMIT finished(m_outcome.ok, m_outcome.message);
    });
    m_thread->start(QThread::LowPriority);
    return true;
}

bool DataTransfer::exportTo(const QString &file, Format format)
{
    const QString database = m_store.path();
    return start([database, file, format]() -> Outcome {
        const QString shown = QDir::toNativeSeparators(file);
        QSaveFile out(file);
        if (!out.open(QIODevice::WriteOnly))
            return {false, tr("Cannot write %1: %2").arg(shown, out.errorString())};
        QString error;
        QString done;
        if (format == Format::ActivityWatchJson) {
            EventReader reader(database);
            AwExporter exporter(reader);
            if (!reader.isOpen() || !exporter.write(out, {}, &error))
                return {false, reader.isOpen() ? error : reader.error()};
            done = tr("Exported %n event(s) (buckets: %1) to %2.", nullptr, int(exporter.eventsWritten()))
                       .arg(exporter.bucketsWritten())
                       .arg(shown);
        } else {
            ReportEngine engine(database);
            if (!engine.isOpen() || !engine.loadSettings())
                return {false, engine.error()};
            const auto range = ActivityCsvExporter::historyRange(engine.reader(), {}, {}, &error);
            qint64 rows = 0;
            if (!range || !ActivityCsvExporter::write(engine, *range, {}, out, &error, &rows))
                return {false, error};
            done = tr("Exported %n row(s) of activity to %1.", nullptr, int(rows)).arg(shown);
        }
        if (!out.commit())
            return {false, tr("Cannot write %1: %2").arg(shown, out.errorString())};
        return {true, done};
    });
}

bool DataTransfer::backupTo(const QString &file)
{
    const QString database = m_store.path();
    return start([database, file]() -> Outcome {
        QString error;
        qint64 events = 0;
        if (!DatabaseBackup::write(database, file, &error, &events))
            return {false, error};
        return {true, tr("Backed up %n event(s) to %1.", nullptr, int(events)).arg(QDir::toNativeSeparators(file))};
    });
}

bool DataTransfer::importFrom(const QString &file)
{
    return start([this, file]() -> Outcome {
        EventReader reader(m_store.path());
        if (!reader.isOpen())
            return {false, reader.error()};
        AwImporter importer(m_store, reader);
        importer.setProgress([this](qint64 handled) {
            QMetaObject::invokeMethod(
                this, [this, handled] { Q_EMIT progress(handled); }, Qt::QueuedConnection);
        });
        ImportReport report = importer.importFile(file);
        // The imported events are on disk before the window says so.
        const CommitResult committed = m_store.forceCommit().result();
        if (report.ok() && !committed.ok())
            report.error = tr("The import could not be saved: %1").arg(committed.error);
        return {report.ok(), report.text()};
    });
}

} // namespace stint
