#pragma once

#include <QObject>
#include <QString>

#include <functional>

class QThread;

namespace stint {

class Datastore;

// Exporting, backing up and importing a whole database for a window: each job runs on a thread of its own
// with its own read connection (imports write through the datastore like every other producer),
// so the window stays responsive. Progress and the result arrive as signals in this object's
// thread. One job at a time.
class DataTransfer final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(DataTransfer)

public:
    enum class Format { ActivityWatchJson, ActivityCsv };

    explicit DataTransfer(Datastore &store, QObject *parent = nullptr);
    // Waits for a running job.
    ~DataTransfer() override;

    bool isBusy() const { return m_thread != nullptr; }
    // Writes every bucket (JSON) or the canonical activity of the whole history (CSV) to `file`,
    // which is replaced only when the export succeeded. False when a job is already running.
    bool exportTo(const QString &file, Format format);
    // A consistent copy of the whole database in the single file `file` (see DatabaseBackup), taken
    // while recording goes on. False when a job is already running.
    bool backupTo(const QString &file);
    // An ActivityWatch export (.json) or aw-server-rust's sqlite.db; events already stored are
    // skipped. False when a job is already running.
    bool importFrom(const QString &file);

Q_SIGNALS:
    void progress(qint64 eventsHandled);
    // `message` says what was done, or what went wrong and what was kept.
    void finished(bool ok, const QString &message);

private:
    struct Outcome
    {
        bool ok = false;
        QString message;
    };
    bool start(std::function<Outcome()> job);

    Datastore &m_store;
    QThread *m_thread = nullptr;
    Outcome m_outcome; // written by the job's thread before it finishes
};

} // namespace stint
