#pragma once

#include "UiContext.h"
#include "manual/ManualEntry.h"

#include <QObject>
#include <QStringList>

#include <functional>
#include <variant>

class QWidget;

namespace stint {

// What the window and the tray know about timers and entries by hand, and how they change them:
// reads on the reading thread (the running timers, recent labels, the category names, the entries
// of a span), writes through the tracker's datastore, committed before `changed` fires so the next
// read sees them. Every instance hears about every write: a commit of any kind reads again.
class ManualTimeClient final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ManualTimeClient)

public:
    struct State
    {
        ManualEntryList running;
        QStringList recentLabels;
        QList<QStringList> categories; // the names of the category rules, for choosing one
        ManualEntryList entries;       // of entriesSpan(), newest first
        QString error;
    };

    explicit ManualTimeClient(UiContext context, QObject *parent = nullptr);

    const State &state() const { return m_state; }
    bool hasState() const { return m_hasState; }
    // How far back entries() reaches (the last 30 days by default).
    void setEntriesSpan(qint64 nanos) { m_span = nanos; }

    void refresh();
    // Starts a timer; running ones stop first unless `keepOthers`.
    void start(const QString &label, const QStringList &category, bool keepOthers);
    void stop(const ManualEntry &timer);
    void stopAll();
    void save(const ManualEntryList &entries);
    void remove(qint64 id);
    // The entry editor (window-modal, over `parent`); OK saves the entry.
    void openEditor(const ManualEntry &entry, QWidget *parent);

Q_SIGNALS:
    // state() was read again.
    void stateChanged();
    // A write finished: `error` is empty when it was stored and committed.
    void written(const QString &error);

private:
    // Changes run one at a time, each on the running timers as committed after the one before:
    // a second click while the first is saved must not miss the timer the first started.
    using Change = std::function<ManualEntryList(const ManualEntryList &running, qint64 now)>;
    void enqueue(Change change);
    void runNext();
    void write(const QJsonObject &request);

    UiContext m_context;
    State m_state;
    bool m_hasState = false;
    bool m_reading = false;
    bool m_again = false;
    bool m_writing = false;
    QList<std::variant<Change, qint64>> m_queue; // a change, or the id of an entry to delete
    qint64 m_span;
};

} // namespace stint
