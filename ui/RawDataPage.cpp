#include "RawDataPage.h"

#include "BucketTableModel.h"
#include "EventTableModel.h"
#include "ProblemStyle.h"
#include "WhenWritten.h"
#include "app/Tracker.h"
#include "model/Timestamp.h"
#include "reports/ReportThread.h"
#include "util/Clock.h"

#include <QDateTimeEdit>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QMessageBox>
#include <QPushButton>
#include <QSet>
#include <QShortcut>
#include <QSplitter>
#include <QTableView>
#include <QTimer>
#include <QVBoxLayout>

namespace stint {

namespace {

constexpr qint64 kSecond = Timestamp::kNanosPerSecond;

struct BucketsRead
{
    QString error;
    BucketList buckets;
};

struct EventsRead
{
    QString bucketId;
    QString error;
    EventList events;
    qint64 total = 0;
};

QTableView *makeTable(QAbstractItemModel *model, const QString &name, QWidget *parent)
{
    auto *table = new QTableView(parent);
    table->setObjectName(name);
    table->setModel(model);
    table->setSortingEnabled(true);
    table->setSelectionBehavior(QAbstractItemView::SelectRows);
    table->setAlternatingRowColors(true);
    table->setWordWrap(false);
    table->verticalHeader()->hide();
    table->horizontalHeader()->setHighlightSections(false);
    return table;
}

QDateTimeEdit *makeTimeEdit(const QString &name, QWidget *parent)
{
    auto *edit = new QDateTimeEdit(parent);
    edit->setObjectName(name);
    edit->setCalendarPopup(true);
    edit->setDisplayFormat(QStringLiteral("yyyy-MM-dd HH:mm:ss"));
    edit->setTimeSpec(Qt::LocalTime);
    return edit;
}

} // namespace

RawDataPage::RawDataPage(UiContext context, QWidget *parent)
    : Page(parent)
    , m_context(std::move(context))
    , m_buckets(new BucketTableModel(this))
    , m_events(new EventTableModel(this))
    , m_bucketsGate([this] { loadBuckets(); })
    , m_eventsGate([this] { loadEvents(); })
{
    setObjectName(QStringLiteral("rawDataPage"));
    m_confirmer = [this](const QString &question) {
        return QMessageBox::question(this, tr("Delete data"), question, QMessageBox::Yes | QMessageBox::No,
                                     QMessageBox::No)
            == QMessageBox::Yes;
    };

    // Buckets.
    m_bucketsTable = makeTable(m_buckets, QStringLiteral("bucketsTable"), this);
    m_bucketsTable->setSelectionMode(QAbstractItemView::SingleSelection);
    m_bucketsTable->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_bucketsTable->horizontalHeader()->setSectionResizeMode(BucketTableModel::Id, QHeaderView::Stretch);
    m_bucketsTable->sortByColumn(BucketTableModel::Id, Qt::AscendingOrder);
    m_deleteBucket = new QPushButton(tr("Delete bucket…"), this);
    m_deleteBucket->setObjectName(QStringLiteral("deleteBucketButton"));
    m_deleteBucket->setToolTip(tr("Delete the selected bucket with all its events"));

    auto *bucketsBox = new QWidget(this);
    auto *bucketsLayout = new QVBoxLayout(bucketsBox);
    bucketsLayout->setContentsMargins(0, 0, 0, 0);
    auto *bucketsHeader = new QHBoxLayout;
    auto *bucketsTitle = new QLabel(tr("<b>Buckets</b>"), this);
    bucketsHeader->addWidget(bucketsTitle);
    bucketsHeader->addStretch(1);
    bucketsHeader->addWidget(m_deleteBucket);
    bucketsLayout->addLayout(bucketsHeader);
    bucketsLayout->addWidget(m_bucketsTable);

    // Events of the selected bucket.
    m_from = makeTimeEdit(QStringLiteral("eventsFromEdit"), this);
    m_to = makeTimeEdit(QStringLiteral("eventsToEdit"), this);
    auto *wholeRange = new QPushButton(tr("Whole history"), this);
    wholeRange->setObjectName(QStringLiteral("eventsWholeRangeButton"));
    wholeRange->setToolTip(tr("From the bucket's first event to its last"));
    m_filter = new QLineEdit(this);
    m_filter->setObjectName(QStringLiteral("eventFilterEdit"));
    m_filter->setPlaceholderText(tr("Filter by any value (app, title, URL, …)"));
    m_filter->setClearButtonEnabled(true);
    m_filter->setMinimumWidth(200);
    m_eventsTable = makeTable(m_events, QStringLiteral("eventsTable"), this);
    m_eventsTable->setSelectionMode(QAbstractItemView::ExtendedSelection);
    m_eventsTable->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_eventsTable->horizontalHeader()->setSectionResizeMode(EventTableModel::Data, QHeaderView::Stretch);
    m_eventsTable->sortByColumn(EventTableModel::Start, Qt::DescendingOrder);
    m_deleteEvents = new QPushButton(tr("Delete events…"), this);
    m_deleteEvents->setObjectName(QStringLiteral("deleteEventsButton"));
    m_deleteEvents->setToolTip(tr("Delete the selected events (Del)"));
    m_showMore = new QPushButton(tr("Show more"), this);
    m_showMore->setObjectName(QStringLiteral("showMoreEventsButton"));
    m_count = new QLabel(this);
    m_count->setObjectName(QStringLiteral("eventsCountLabel"));
    m_problem = new QLabel(this);
    m_problem->setObjectName(QStringLiteral("rawDataMessageLabel"));
    m_problem->setWordWrap(true);
    m_problem->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_problem->hide();

    auto *fromLabel = new QLabel(tr("&From"), this);
    fromLabel->setBuddy(m_from);
    auto *toLabel = new QLabel(tr("&To"), this);
    toLabel->setBuddy(m_to);
    auto *filterLabel = new QLabel(tr("F&ilter"), this);
    filterLabel->setBuddy(m_filter);
    // The range and the filter on rows of their own: side by side they need more than the
    // smallest window has, and the labels were cut ("To" showed as "Tc").
    auto *range = new QHBoxLayout;
    range->addWidget(fromLabel);
    range->addWidget(m_from);
    range->addWidget(toLabel);
    range->addWidget(m_to);
    range->addWidget(wholeRange);
    range->addStretch(1);
    auto *filterRow = new QHBoxLayout;
    filterRow->addWidget(filterLabel);
    filterRow->addWidget(m_filter, 1);
    auto *controls = new QVBoxLayout;
    controls->addLayout(range);
    controls->addLayout(filterRow);
    auto *footer = new QHBoxLayout;
    footer->addWidget(m_count, 1);
    footer->addWidget(m_showMore);
    footer->addWidget(m_deleteEvents);

    auto *eventsBox = new QWidget(this);
    auto *eventsLayout = new QVBoxLayout(eventsBox);
    eventsLayout->setContentsMargins(0, 0, 0, 0);
    eventsLayout->addWidget(new QLabel(tr("<b>Events</b>"), this));
    eventsLayout->addLayout(controls);
    eventsLayout->addWidget(m_eventsTable, 1);
    eventsLayout->addLayout(footer);

    auto *splitter = new QSplitter(Qt::Vertical, this);
    splitter->setChildrenCollapsible(false);
    splitter->addWidget(bucketsBox);
    splitter->addWidget(eventsBox);
    splitter->setStretchFactor(0, 2);
    splitter->setStretchFactor(1, 5);
    splitter->setSizes({200, 500});
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_problem);
    layout->addWidget(splitter, 1);
    setMinimumSize(560, 400);

    setTabOrder(m_bucketsTable, m_deleteBucket);
    setTabOrder(m_deleteBucket, m_from);
    setTabOrder(m_from, m_to);
    setTabOrder(m_to, wholeRange);
    setTabOrder(wholeRange, m_filter);
    setTabOrder(m_filter, m_eventsTable);
    setTabOrder(m_eventsTable, m_showMore);
    setTabOrder(m_showMore, m_deleteEvents);

    // Typing or stepping through dates asks for one read once the user pauses.
    m_eventsDelay = new QTimer(this);
    m_eventsDelay->setSingleShot(true);
    m_eventsDelay->setInterval(250);
    connect(m_eventsDelay, &QTimer::timeout, this, [this] {
        m_limit = kPageSize;
        m_eventsGate.request();
    });
    connect(m_filter, &QLineEdit::textChanged, m_eventsDelay, qOverload<>(&QTimer::start));
    connect(m_from, &QDateTimeEdit::dateTimeChanged, this, [this] {
        if (!m_settingRange)
            m_eventsDelay->start();
    });
    connect(m_to, &QDateTimeEdit::dateTimeChanged, this, [this] {
        if (m_settingRange)
            return;
        m_rangeFollowsEnd = false;
        m_eventsDelay->start();
    });
    connect(wholeRange, &QPushButton::clicked, this, &RawDataPage::showWholeHistory);
    connect(m_showMore, &QPushButton::clicked, this, [this] {
        m_limit += kPageSize;
        m_eventsGate.request();
    });
    // Sorting by a column reads the first page of the whole match in that order.
    connect(m_events, &EventTableModel::orderChanged, this, [this] {
        m_limit = kPageSize;
        m_eventsGate.request();
    });
    connect(m_bucketsTable->selectionModel(), &QItemSelectionModel::selectionChanged, this,
            &RawDataPage::bucketSelected);
    connect(m_eventsTable->selectionModel(), &QItemSelectionModel::selectionChanged, this, &RawDataPage::updateButtons);
    connect(m_deleteEvents, &QPushButton::clicked, this, &RawDataPage::deleteSelectedEvents);
    connect(m_deleteBucket, &QPushButton::clicked, this, &RawDataPage::deleteSelectedBucket);
    auto *deleteKey = new QShortcut(QKeySequence::Delete, m_eventsTable, nullptr, nullptr, Qt::WidgetShortcut);
    connect(deleteKey, &QShortcut::activated, this, &RawDataPage::deleteSelectedEvents);
    connect(&m_context.tracker.datastore(), &Datastore::committed, this, &RawDataPage::committed);
    updateButtons();
}

RawDataPage::~RawDataPage() = default;

QString RawDataPage::title() const
{
    return tr("Raw data");
}

QIcon RawDataPage::icon() const
{
    return QIcon(QStringLiteral(":/icons/raw-data.svg"));
}

void RawDataPage::refresh()
{
    m_bucketsGate.request();
}

void RawDataPage::selectBucket(const QString &bucketId)
{
    const int row = m_buckets->rowOf(bucketId);
    if (row >= 0)
        m_bucketsTable->selectRow(row);
    else if (!bucketId.isEmpty()) {
        // Selected once the buckets have been read.
        m_bucketId = bucketId;
        m_rangeFollowsEnd = true;
    }
}

void RawDataPage::loadBuckets()
{
    m_context.reports.run(
        this,
        [](ReportEngine &engine) {
            BucketsRead read;
            if (auto buckets = engine.reader().buckets())
                read.buckets = std::move(*buckets);
            else
                read.error = engine.reader().error();
            return read;
        },
        [this](const BucketsRead &read) {
            showBuckets(read.error, read.buckets);
            m_bucketsGate.finished();
        });
}

void RawDataPage::showBuckets(const QString &error, const BucketList &buckets)
{
    if (!error.isEmpty()) {
        showProblem(tr("Cannot read the buckets: %1").arg(error));
        return;
    }
    const QString selected = m_bucketId;
    {
        const QSignalBlocker blocker(m_bucketsTable->selectionModel());
        m_buckets->setBuckets(buckets);
    }
    int row = m_buckets->rowOf(selected);
    if (row < 0 && m_buckets->rowCount() > 0)
        row = 0;
    if (row < 0) {
        m_bucketId.clear();
        m_events->setEvents({});
        m_count->setText(tr("No buckets yet: nothing has been recorded."));
        m_showMore->hide();
        updateButtons();
        return;
    }
    const Bucket &bucket = m_buckets->bucketAt(row);
    if (bucket.id != selected) {
        m_bucketsTable->selectRow(row); // bucketSelected() reads its events
        return;
    }
    {
        const QSignalBlocker blocker(m_bucketsTable->selectionModel());
        m_bucketsTable->selectRow(row);
    }
    if (m_rangeFollowsEnd)
        showWholeHistory();
    else
        m_eventsGate.request();
}

void RawDataPage::bucketSelected()
{
    const QModelIndexList rows = m_bucketsTable->selectionModel()->selectedRows();
    const QString id = rows.isEmpty() ? QString() : m_buckets->bucketAt(rows.first().row()).id;
    updateButtons();
    if (id == m_bucketId || id.isEmpty())
        return;
    m_bucketId = id;
    m_events->setEvents({});
    showWholeHistory();
}

void RawDataPage::showWholeHistory()
{
    const int row = m_buckets->rowOf(m_bucketId);
    if (row < 0)
        return;
    const Bucket &bucket = m_buckets->bucketAt(row);
    const qint64 now = m_context.clock->nowNanos();
    setRange(bucket.firstStart.value_or(now), bucket.lastEnd.value_or(now));
    m_rangeFollowsEnd = true;
    m_limit = kPageSize;
    m_eventsDelay->stop();
    m_eventsGate.request();
}

void RawDataPage::setRange(qint64 from, qint64 to)
{
    // Whole seconds that include both ends.
    const qint64 start = from - (from % kSecond + kSecond) % kSecond;
    const qint64 end = to + (kSecond - (to % kSecond + kSecond) % kSecond) % kSecond;
    m_settingRange = true;
    m_from->setDateTime(Timestamp::toDateTime(start).toLocalTime());
    m_to->setDateTime(Timestamp::toDateTime(end).toLocalTime());
    m_settingRange = false;
}

void RawDataPage::loadEvents()
{
    if (m_bucketId.isEmpty()) {
        m_eventsGate.finished();
        return;
    }
    const QString bucketId = m_bucketId;
    const EventReader::Range range{Timestamp::fromDateTime(m_from->dateTime()),
                                   Timestamp::fromDateTime(m_to->dateTime())};
    const QString text = m_filter->text().trimmed();
    const int limit = m_limit;
    const EventReader::Order order = m_events->order();
    m_context.reports.run(
        this,
        [bucketId, range, text, limit, order](ReportEngine &engine) {
            EventsRead read;
            read.bucketId = bucketId;
            if (auto found = engine.reader().findEvents(bucketId, range, text, limit, order)) {
                read.events = std::move(found->events);
                read.total = found->total;
            } else {
                read.error = engine.reader().error();
            }
            return read;
        },
        [this](const EventsRead &read) {
            if (read.bucketId == m_bucketId)
                showEvents(read.error, read.events, read.total);
            m_eventsGate.finished();
        });
}

void RawDataPage::showEvents(const QString &error, const EventList &events, qint64 total)
{
    if (!error.isEmpty()) {
        showProblem(tr("Cannot read the events of \"%1\": %2").arg(m_bucketId, error));
        return;
    }
    // New commits arrive every few seconds while recording; the rows the user picked stay picked.
    QSet<qint64> selected;
    for (const QModelIndex &index : m_eventsTable->selectionModel()->selectedRows())
        selected.insert(m_events->eventAt(index.row()).id);
    m_events->setEvents(events);
    if (!selected.isEmpty()) {
        QItemSelection selection;
        for (int row = 0; row < m_events->rowCount(); ++row) {
            if (selected.contains(m_events->eventAt(row).id))
                selection.select(m_events->index(row, 0), m_events->index(row, EventTableModel::ColumnCount - 1));
        }
        m_eventsTable->selectionModel()->select(selection, QItemSelectionModel::ClearAndSelect);
    }
    const QLocale locale;
    const bool filtered = !m_filter->text().trimmed().isEmpty();
    const int n = int(std::min<qint64>(total, INT_MAX)); // tr()'s plural count is an int
    if (total == 0)
        m_count->setText(filtered ? tr("No event in this range matches the filter.") : tr("No events in this range."));
    else if (events.size() >= total)
        m_count->setText(filtered ? tr("%n matching event(s).", nullptr, n) : tr("%n event(s).", nullptr, n));
    else if (m_events->order().key == EventReader::Order::Start && m_events->order().descending)
        m_count->setText((filtered ? tr("Showing the newest %1 of %Ln matching event(s).", nullptr, n)
                                   : tr("Showing the newest %1 of %Ln event(s).", nullptr, n))
                             .arg(locale.toString(events.size())));
    else
        m_count->setText((filtered ? tr("Showing the first %1 of %Ln matching event(s) in this order.", nullptr, n)
                                   : tr("Showing the first %1 of %Ln event(s) in this order.", nullptr, n))
                             .arg(locale.toString(events.size())));
    m_showMore->setVisible(events.size() < total);
    updateButtons();
}

void RawDataPage::deleteSelectedEvents()
{
    const QModelIndexList rows = m_eventsTable->selectionModel()->selectedRows();
    if (rows.isEmpty() || m_bucketId.isEmpty())
        return;
    QList<qint64> ids;
    for (const QModelIndex &index : rows)
        ids.append(m_events->eventAt(index.row()).id);
    const int count = int(ids.size());
    if (!m_confirmer(tr("Delete %n event(s) from \"%1\"? This cannot be undone.", nullptr, count).arg(m_bucketId)))
        return;
    whenWritten(
        this, m_context.tracker.datastore().deleteEvents(m_bucketId, ids),
        [this, count](const WriteResult &result) { writeDone(result, tr("Deleted %n event(s).", nullptr, count)); });
}

void RawDataPage::deleteSelectedBucket()
{
    const int row = m_buckets->rowOf(m_bucketId);
    if (row < 0)
        return;
    const Bucket &bucket = m_buckets->bucketAt(row);
    const QString question = tr("Delete the bucket \"%1\" with all its %n event(s)? This cannot be undone.", nullptr,
                                int(std::min<qint64>(bucket.eventCount, INT_MAX)))
                                 .arg(bucket.id);
    if (!m_confirmer(question))
        return;
    const QString id = bucket.id;
    whenWritten(this, m_context.tracker.datastore().deleteBucket(id),
                [this, id](const WriteResult &result) { writeDone(result, tr("Deleted the bucket \"%1\".").arg(id)); });
}

void RawDataPage::writeDone(const WriteResult &result, const QString &doneMessage)
{
    if (!result.ok()) {
        showProblem(tr("Nothing was deleted: %1").arg(result.message));
        return;
    }
    m_problem->hide();
    m_count->setText(doneMessage);
    // Read again once the deletion is on disk; the reading connection sees only committed data.
    if (m_context.tracker.datastore().durableSeq() >= result.seq) {
        m_bucketsGate.request();
        return;
    }
    m_awaitedSeq = std::max(m_awaitedSeq, result.seq);
}

void RawDataPage::committed(quint64 seq)
{
    if (m_awaitedSeq == 0 || seq < m_awaitedSeq)
        return;
    m_awaitedSeq = 0;
    m_bucketsGate.request();
}

void RawDataPage::showProblem(const QString &message)
{
    m_problem->setText(message);
    setProblemStyle(*m_problem, true);
    m_problem->show();
}

void RawDataPage::updateButtons()
{
    m_deleteBucket->setEnabled(!m_bucketId.isEmpty());
    m_deleteEvents->setEnabled(m_eventsTable->selectionModel()->hasSelection());
}

} // namespace stint
