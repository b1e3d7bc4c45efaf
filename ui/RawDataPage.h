#pragma once

#include "Page.h"
#include "RefreshGate.h"
#include "UiContext.h"
#include "model/Bucket.h"
#include "model/Event.h"

#include <functional>

class QDateTimeEdit;
class QLabel;
class QLineEdit;
class QPushButton;
class QTableView;
class QTimer;

namespace stint {

class BucketTableModel;
class EventTableModel;
struct WriteResult;

// The stored data as it is: every bucket with its statistics, the events of the selected one in a
// time range and matching a text, and deleting events or whole buckets (after a confirmation,
// through the datastore's worker). Reads run on the reading thread.
class RawDataPage final : public Page
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(RawDataPage)

public:
    // How many events are shown at first, and added by "Show more".
    static constexpr int kPageSize = 1000;

    explicit RawDataPage(UiContext context, QWidget *parent = nullptr);
    ~RawDataPage() override;

    QString title() const override;
    QIcon icon() const override;
    void refresh() override;

    // Asks the user before a deletion; true goes ahead. A message box unless a test replaces it.
    using Confirmer = std::function<bool(const QString &question)>;
    void setConfirmer(Confirmer confirmer) { m_confirmer = std::move(confirmer); }

    QString selectedBucket() const { return m_bucketId; }
    void selectBucket(const QString &bucketId);

private:
    void loadBuckets();
    void showBuckets(const QString &error, const BucketList &buckets);
    void bucketSelected();
    void loadEvents();
    void showEvents(const QString &error, const EventList &events, qint64 total);
    void setRange(qint64 from, qint64 to);
    void showWholeHistory();
    void deleteSelectedEvents();
    void deleteSelectedBucket();
    void writeDone(const WriteResult &result, const QString &doneMessage);
    void committed(quint64 seq);
    void showProblem(const QString &message);
    void updateButtons();

    UiContext m_context;
    BucketTableModel *m_buckets = nullptr;
    EventTableModel *m_events = nullptr;
    QTableView *m_bucketsTable = nullptr;
    QTableView *m_eventsTable = nullptr;
    QDateTimeEdit *m_from = nullptr;
    QDateTimeEdit *m_to = nullptr;
    QLineEdit *m_filter = nullptr;
    QPushButton *m_deleteEvents = nullptr;
    QPushButton *m_deleteBucket = nullptr;
    QPushButton *m_showMore = nullptr;
    QLabel *m_count = nullptr;
    QLabel *m_problem = nullptr;
    QTimer *m_eventsDelay = nullptr;
    RefreshGate m_bucketsGate;
    RefreshGate m_eventsGate;
    Confirmer m_confirmer;
    QString m_bucketId;
    int m_limit = kPageSize;
    bool m_settingRange = false;
    // The range ends at the bucket's last event and moves with it until the user changes it.
    bool m_rangeFollowsEnd = true;
    quint64 m_awaitedSeq = 0; // a deletion to show once committed
};

} // namespace stint
