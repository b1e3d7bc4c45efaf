#include "SearchDialog.h"

#include "DurationText.h"
#include "ProblemStyle.h"

#include "model/Timestamp.h"
#include "reports/ReportCalendar.h"
#include "reports/ReportThread.h"
#include "reports/SearchIndex.h"
#include "util/Clock.h"
#include "util/DisplayText.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDateEdit>
#include <QDialogButtonBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QTimer>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace stint {
namespace {

constexpr int kTypingPauseMs = 250;
constexpr int kFirstSeenRole = Qt::UserRole + 1;
constexpr int kLastStartRole = Qt::UserRole + 2;

} // namespace

SearchDialog::SearchDialog(UiContext context, QWidget *parent)
    : QDialog(parent)
    , m_context(std::move(context))
    , m_gate([this] { start(); })
    , m_index(std::make_shared<SearchIndex>())
{
    setObjectName(QStringLiteral("searchDialog"));
    setWindowTitle(tr("Search"));
    m_text = new QLineEdit(this);
    m_text->setObjectName(QStringLiteral("searchText"));
    m_text->setPlaceholderText(tr("Search apps, window titles and URLs"));
    m_text->setClearButtonEnabled(true);
    m_regex = new QCheckBox(tr("Regular expression"), this);
    m_regex->setObjectName(QStringLiteral("searchRegex"));
    m_range = new QComboBox(this);
    m_range->setObjectName(QStringLiteral("searchRange"));
    m_range->addItem(tr("Whole history"), int(Range::WholeHistory));
    m_range->addItem(tr("Last 7 days"), int(Range::Last7Days));
    m_range->addItem(tr("Last 30 days"), int(Range::Last30Days));
    m_range->addItem(tr("Last 365 days"), int(Range::Last365Days));
    m_range->addItem(tr("From … to …"), int(Range::Custom));
    const QDate today = Timestamp::toDateTime(m_context.clock->nowNanos()).toLocalTime().date();
    m_from = new QDateEdit(today.addDays(-6), this);
    m_from->setObjectName(QStringLiteral("searchFrom"));
    m_to = new QDateEdit(today, this);
    m_to->setObjectName(QStringLiteral("searchTo"));
    for (QDateEdit *edit : {m_from, m_to}) {
        edit->setCalendarPopup(true);
        edit->setDisplayFormat(QStringLiteral("yyyy-MM-dd"));
        edit->setEnabled(false);
    }
    m_status = new QLabel(this);
    m_status->setObjectName(QStringLiteral("searchStatus"));
    m_status->setWordWrap(true);
    m_status->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_results = new QTreeWidget(this);
    m_results->setObjectName(QStringLiteral("searchResults"));
    m_results->setRootIsDecorated(false);
    m_results->setUniformRowHeights(true);
    m_results->setColumnCount(ColumnCount);
    m_results->setHeaderLabels({tr("Active"), tr("App"), tr("Title"), tr("URL"), tr("First seen"), tr("Last seen")});
    m_results->header()->setSectionResizeMode(TitleColumn, QHeaderView::Stretch);
    m_results->header()->setStretchLastSection(false);
    m_results->setToolTip(tr("Double-click a result to see it in the Timeline (its first stretch from \"First "
                             "seen\", else its last)."));
    m_typing = new QTimer(this);
    m_typing->setSingleShot(true);
    m_typing->setInterval(kTypingPauseMs);

    auto *fields = new QHBoxLayout;
    fields->addWidget(m_text, 1);
    fields->addWidget(m_regex);
    auto *range = new QHBoxLayout;
    range->addWidget(m_range);
    range->addWidget(m_from);
    range->addWidget(new QLabel(tr("to"), this));
    range->addWidget(m_to);
    range->addStretch(1);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(fields);
    layout->addLayout(range);
    layout->addWidget(m_status);
    layout->addWidget(m_results, 1);
    layout->addWidget(buttons);
    resize(900, 500);

    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_text, &QLineEdit::textChanged, m_typing, qOverload<>(&QTimer::start));
    connect(m_text, &QLineEdit::returnPressed, this, &SearchDialog::search);
    connect(m_typing, &QTimer::timeout, this, &SearchDialog::search);
    connect(m_regex, &QCheckBox::toggled, this, &SearchDialog::search);
    connect(m_range, &QComboBox::currentIndexChanged, this, [this] {
        const bool custom = Range(m_range->currentData().toInt()) == Range::Custom;
        m_from->setEnabled(custom);
        m_to->setEnabled(custom);
        search();
    });
    connect(m_from, &QDateEdit::dateChanged, this, &SearchDialog::search);
    connect(m_to, &QDateEdit::dateChanged, this, &SearchDialog::search);
    connect(m_results, &QTreeWidget::itemActivated, this, &SearchDialog::activated);
}

SearchDialog::~SearchDialog()
{
    if (m_cancel)
        m_cancel->store(true);
}

void SearchDialog::showSearch()
{
    show();
    raise();
    activateWindow();
    m_text->setFocus(Qt::ShortcutFocusReason);
    m_text->selectAll();
}

void SearchDialog::search()
{
    m_typing->stop();
    ++m_generation;
    // What runs for older text gives up; its answer would be dropped anyway.
    if (m_cancel)
        m_cancel->store(true);
    m_cancel = std::make_shared<std::atomic_bool>(false);
    m_gate.request();
}

void SearchDialog::start()
{
    Request request{m_text->text(), m_regex->isChecked(), Range(m_range->currentData().toInt()),
                    m_from->date(), m_to->date(),         m_generation};
    if (request.text.isEmpty()) {
        m_gate.finished();
        showAnswer(Answer{std::nullopt, {}, request.generation});
        return;
    }
    QString error;
    auto pattern = ActivitySearch::compile(request.text, request.regex, &error);
    if (!pattern) {
        m_gate.finished();
        showAnswer(Answer{std::nullopt, error, request.generation});
        return;
    }
    if (request.range == Range::Custom && request.to < request.from) {
        m_gate.finished();
        showAnswer(Answer{std::nullopt, tr("The last day comes before the first."), request.generation});
        return;
    }
    m_status->setText(tr("Searching…"));
    setProblemStyle(*m_status, false);
    const qint64 now = m_context.clock->nowNanos();
    m_context.reports.run(
        this,
        [request, pattern = std::move(*pattern), now, cancel = m_cancel, index = m_index](ReportEngine &engine) {
            Answer answer;
            answer.generation = request.generation;
            if (cancel->load())
                return answer;
            answer.result =
                index->run(engine, pattern, rangeOf(request, engine.calendar(), now), now, &answer.error, cancel);
            return answer;
        },
        [this](const Answer &answer) {
            m_gate.finished();
            // An answer for text typed over since is not shown; the gate searched again.
            if (answer.generation == m_generation)
                showAnswer(answer);
        });
}

spans::Period SearchDialog::rangeOf(const Request &request, const ReportCalendar &calendar, qint64 now)
{
    const QDate today = calendar.dateOf(now);
    switch (request.range) {
    case Range::WholeHistory:
        return ActivitySearch::kWholeHistory;
    case Range::Last7Days:
        return {calendar.dayStart(today.addDays(-6)), calendar.day(today).end};
    case Range::Last30Days:
        return {calendar.dayStart(today.addDays(-29)), calendar.day(today).end};
    case Range::Last365Days:
        return {calendar.dayStart(today.addDays(-364)), calendar.day(today).end};
    case Range::Custom:
        break;
    }
    return {calendar.dayStart(request.from), calendar.day(request.to).end};
}

void SearchDialog::showAnswer(const Answer &answer)
{
    m_results->clear();
    m_result = answer.result;
    if (!answer.error.isEmpty()) {
        m_status->setText(answer.error);
        setProblemStyle(*m_status, true);
        Q_EMIT searched();
        return;
    }
    setProblemStyle(*m_status, false);
    if (!m_result) {
        m_status->clear();
        Q_EMIT searched();
        return;
    }
    m_status->setText(tr("%n result(s), %1 active", nullptr, int(m_result->hits.size()))
                          .arg(DurationText::format(m_result->activeTime)));
    QList<QTreeWidgetItem *> items;
    items.reserve(m_result->hits.size());
    for (const SearchHit &hit : m_result->hits) {
        auto *item =
            new QTreeWidgetItem(QStringList{DurationText::format(hit.activeTime), hit.app, hit.title, hit.url,
                                            display::localTime(hit.firstSeen), display::localTime(hit.lastSeen)});
        item->setData(ActiveColumn, Qt::UserRole, hit.activeTime);
        item->setData(ActiveColumn, kFirstSeenRole, hit.firstSeen);
        item->setData(ActiveColumn, kLastStartRole, hit.lastStart);
        item->setTextAlignment(ActiveColumn, Qt::AlignRight | Qt::AlignVCenter);
        item->setToolTip(TitleColumn, hit.title);
        item->setToolTip(UrlColumn, hit.url);
        items.append(item);
    }
    m_results->addTopLevelItems(items);
    for (int column : {ActiveColumn, AppColumn, FirstSeenColumn, LastSeenColumn})
        m_results->resizeColumnToContents(column);
    Q_EMIT searched();
}

void SearchDialog::activated(QTreeWidgetItem *item, int column)
{
    if (!item)
        return;
    const int role = column == FirstSeenColumn ? kFirstSeenRole : kLastStartRole;
    Q_EMIT timelineRequested(item->data(ActiveColumn, role).toLongLong());
}

} // namespace stint
