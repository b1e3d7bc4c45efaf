#pragma once

#include "reports/ReportEngine.h"

#include <QFuture>
#include <QObject>
#include <QPointer>
#include <QString>
#include <QTimeZone>

#include <functional>
#include <memory>
#include <utility>

class QThread;

namespace stint {

// A reading thread with one ReportEngine (and so one read-only connection) of its own, for callers
// that must not run queries themselves, like the GUI thread. Jobs run one at a time, in order,
// with the stored settings freshly loaded; each result is handed back in the caller's thread.
class ReportThread final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ReportThread)

public:
    explicit ReportThread(QString databasePath, QObject *parent = nullptr,
                          QTimeZone zone = QTimeZone::systemTimeZone());
    // Waits for the job in hand; jobs not started yet are dropped.
    ~ReportThread() override;

    // Runs `work(engine)` on the reading thread, then `done(result)` in this object's thread, unless
    // `context` (which must live in this object's thread) was destroyed meanwhile.
    template<typename Work, typename Done>
    void run(QObject *context, Work work, Done done)
    {
        QPointer<QObject> guard(context);
        post([this, guard, work = std::move(work), done = std::move(done)](ReportEngine &engine) mutable {
            auto result = work(engine);
            QMetaObject::invokeMethod(
                this,
                [guard, done = std::move(done), result = std::move(result)]() mutable {
                    if (guard)
                        done(std::move(result));
                },
                Qt::QueuedConnection);
        });
    }

    // How many jobs have run; for tests and diagnostics.
    int jobsRun() const;

    // Closes the read connection once the jobs posted so far have run, and holds later jobs until
    // resume(): quitting checkpoints the WAL into the database file, which no reader may hold up.
    // The future finishes when the connection is closed.
    QFuture<void> suspend();
    // Reopens on the next job and runs the held ones (a quit that was cancelled).
    void resume();

Q_SIGNALS:
    // A stored setting the reports use is invalid (reports keep the last good settings), or empty
    // once it is fine again.
    void settingsProblemChanged(const QString &problem);

private:
    class Worker;
    void post(std::function<void(ReportEngine &)> job);

    QThread *m_thread = nullptr;
    Worker *m_worker = nullptr; // lives in m_thread, deleted there
};

} // namespace stint
