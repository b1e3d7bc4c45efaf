#include "ManualTimeClient.h"

#include "ManualEntryDialog.h"
#include "app/Tracker.h"
#include "manual/ManualTime.h"
#include "reports/ReportThread.h"
#include "util/Clock.h"
#include "util/HostName.h"

#include <limits>

namespace stint {

namespace {
constexpr qint64 kDay = qint64(86'400) * 1'000'000'000;
constexpr int kRecentLabels = 8;
} // namespace

ManualTimeClient::ManualTimeClient(UiContext context, QObject *parent)
    : QObject(parent)
    , m_context(std::move(context))
    , m_span(30 * kDay)
{
    connect(&m_context.tracker.datastore(), &Datastore::committed, this, &ManualTimeClient::refresh);
}

void ManualTimeClient::refresh()
{
    // One read at a time; a request meanwhile reads once more afterwards.
    if (m_reading) {
        m_again = true;
        return;
    }
    m_reading = true;
    const qint64 now = m_context.clock->nowNanos();
    const qint64 from = now - m_span;
    m_context.reports.run(
        this,
        [now, from](ReportEngine &engine) {
            State state;
            EventReader &reader = engine.reader();
            const auto all =
                ManualTime::read(reader, std::numeric_limits<qint64>::min() / 2, now + kDay, -1, &state.error);
            if (all) {
                state.recentLabels = ManualTime::recentLabels(*all, kRecentLabels);
                for (const ManualEntry &entry : *all) {
                    if (entry.running)
                        state.running.append(entry);
                    if (entry.running || entry.endAt(now) > from)
                        state.entries.append(entry);
                }
            }
            for (const CategoryRule &rule : engine.categories().rules())
                state.categories.append(rule.name);
            return state;
        },
        [this](State state) {
            m_reading = false;
            m_state = std::move(state);
            m_hasState = true;
            Q_EMIT stateChanged();
            if (m_again) {
                m_again = false;
                refresh();
            }
        });
}

void ManualTimeClient::write(const QJsonObject &request)
{
    ManualTime::handle(m_context.tracker.datastore(), localHostName(), request, this, [this](const QJsonObject &reply) {
        m_writing = false;
        Q_EMIT written(reply.value(QStringLiteral("error")).toString());
        refresh();
        runNext();
    });
}

void ManualTimeClient::enqueue(Change change)
{
    m_queue.append(std::move(change));
    runNext();
}

void ManualTimeClient::runNext()
{
    if (m_writing || m_queue.isEmpty())
        return;
    m_writing = true;
    auto next = m_queue.takeFirst();
    if (const qint64 *id = std::get_if<qint64>(&next)) {
        write(ManualTime::deleteRequest({*id}));
        return;
    }
    // The running timers as committed: every earlier change was committed before its answer.
    m_context.reports.run(
        this,
        [](ReportEngine &engine) {
            QString error;
            return ManualTime::running(engine.reader(), &error).value_or(ManualEntryList());
        },
        [this, change = std::get<Change>(std::move(next))](const ManualEntryList &running) {
            const ManualEntryList changes = change(running, m_context.clock->nowNanos());
            if (changes.isEmpty()) {
                m_writing = false;
                runNext();
                return;
            }
            write(ManualTime::saveRequest(changes));
        });
}

void ManualTimeClient::start(const QString &label, const QStringList &category, bool keepOthers)
{
    enqueue([label, category, keepOthers](const ManualEntryList &running, qint64 now) {
        return ManualTime::startChanges(running, label, category, now, keepOthers);
    });
}

void ManualTimeClient::stop(const ManualEntry &timer)
{
    enqueue([id = timer.id](const ManualEntryList &running, qint64 now) {
        ManualEntryList stopped;
        for (const ManualEntry &entry : running) {
            if (entry.id == id)
                stopped.append(ManualTime::stopped(entry, now));
        }
        return stopped;
    });
}

void ManualTimeClient::stopAll()
{
    enqueue([](const ManualEntryList &running, qint64 now) {
        ManualEntryList stopped;
        for (const ManualEntry &entry : running)
            stopped.append(ManualTime::stopped(entry, now));
        return stopped;
    });
}

void ManualTimeClient::save(const ManualEntryList &entries)
{
    enqueue([entries](const ManualEntryList &, qint64) { return entries; });
}

void ManualTimeClient::remove(qint64 id)
{
    m_queue.append(id);
    runNext();
}

void ManualTimeClient::openEditor(const ManualEntry &entry, QWidget *parent)
{
    auto *editor = new ManualEntryDialog(entry, m_state.recentLabels, m_state.categories, parent);
    editor->setAttribute(Qt::WA_DeleteOnClose);
    connect(editor, &QDialog::accepted, this, [this, editor] { save({editor->entry()}); });
    editor->open();
}

} // namespace stint
