#include "ManualTimeDialog.h"

#include "DurationText.h"
#include "ManualTimeClient.h"
#include "model/Timestamp.h"
#include "util/Clock.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDateTime>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QPushButton>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace stint {

namespace {
const QString kCategorySeparator = QStringLiteral(" › ");
constexpr qint64 kHour = qint64(3600) * 1'000'000'000;
} // namespace

ManualTimeDialog::ManualTimeDialog(UiContext context, QWidget *parent)
    : QDialog(parent)
    , m_context(std::move(context))
    , m_client(new ManualTimeClient(m_context, this))
{
    setObjectName(QStringLiteral("manualTimeDialog"));
    setWindowTitle(tr("Manual time"));
    resize(640, 480);
    auto *layout = new QVBoxLayout(this);

    auto *timer = new QHBoxLayout;
    m_label = new QComboBox(this);
    m_label->setObjectName(QStringLiteral("timerLabel"));
    m_label->setEditable(true);
    m_label->lineEdit()->setPlaceholderText(tr("What are you doing?"));
    m_label->setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Fixed);
    timer->addWidget(m_label, 1);
    m_category = new QComboBox(this);
    m_category->setObjectName(QStringLiteral("timerCategory"));
    timer->addWidget(m_category);
    m_start = new QPushButton(tr("&Start timer"), this);
    m_start->setObjectName(QStringLiteral("startTimerButton"));
    timer->addWidget(m_start);
    layout->addLayout(timer);
    m_keep = new QCheckBox(tr("&Keep the running timer going (run both)"), this);
    m_keep->setObjectName(QStringLiteral("keepRunningBox"));
    layout->addWidget(m_keep);

    m_status = new QLabel(this);
    m_status->setObjectName(QStringLiteral("manualStatus"));
    m_status->setWordWrap(true);
    layout->addWidget(m_status);

    m_list = new QTreeWidget(this);
    m_list->setObjectName(QStringLiteral("entryList"));
    m_list->setRootIsDecorated(false);
    m_list->setHeaderLabels({tr("Label"), tr("Category"), tr("Start"), tr("Duration")});
    m_list->header()->setSectionResizeMode(0, QHeaderView::Stretch);
    layout->addWidget(m_list, 1);

    auto *buttons = new QHBoxLayout;
    const auto button = [this, buttons](const char *name, const QString &text) {
        auto *b = new QPushButton(text, this);
        b->setObjectName(QString::fromLatin1(name));
        buttons->addWidget(b);
        return b;
    };
    QPushButton *add = button("addEntryButton", tr("&Add entry…"));
    m_edit = button("editEntryButton", tr("&Edit…"));
    m_delete = button("deleteEntryButton", tr("&Delete"));
    m_stop = button("stopTimerButton", tr("S&top timer"));
    buttons->addStretch(1);
    QPushButton *close = button("closeButton", tr("Close"));
    layout->addLayout(buttons);

    connect(m_start, &QPushButton::clicked, this, &ManualTimeDialog::startTimer);
    connect(m_label->lineEdit(), &QLineEdit::returnPressed, this, &ManualTimeDialog::startTimer);
    connect(m_stop, &QPushButton::clicked, this, [this] {
        const ManualEntry *entry = selected();
        if (entry && entry->running)
            m_client->stop(*entry);
        else
            m_client->stopAll();
    });
    connect(add, &QPushButton::clicked, this, [this] {
        const qint64 now = m_context.clock->nowNanos();
        addEntry(now - kHour, now);
    });
    connect(m_edit, &QPushButton::clicked, this, &ManualTimeDialog::editSelected);
    connect(m_list, &QTreeWidget::itemDoubleClicked, this, &ManualTimeDialog::editSelected);
    connect(m_delete, &QPushButton::clicked, this, &ManualTimeDialog::deleteSelected);
    connect(close, &QPushButton::clicked, this, &QDialog::close);
    connect(m_list, &QTreeWidget::itemSelectionChanged, this, [this] {
        m_edit->setEnabled(selected() != nullptr);
        m_delete->setEnabled(selected() != nullptr);
    });
    connect(m_client, &ManualTimeClient::stateChanged, this, &ManualTimeDialog::showState);
    connect(m_client, &ManualTimeClient::written, this, [this](const QString &error) {
        if (!error.isEmpty())
            m_status->setText(tr("Not saved: %1").arg(error));
    });
    m_edit->setEnabled(false);
    m_delete->setEnabled(false);
    m_stop->setEnabled(false);
    m_client->refresh();
}

void ManualTimeDialog::showState()
{
    const ManualTimeClient::State &state = m_client->state();
    const QString typed = m_label->currentText();
    m_label->clear();
    m_label->addItems(state.recentLabels);
    m_label->setCurrentText(typed);
    const QStringList chosen = m_category->currentData().toStringList();
    m_category->clear();
    m_category->addItem(tr("By the category rules"), QStringList());
    for (const QStringList &name : state.categories)
        m_category->addItem(name.join(kCategorySeparator), name);
    m_category->setCurrentIndex(std::max(0, m_category->findData(chosen)));

    const qint64 selectedId = selected() ? selected()->id : 0;
    const qint64 now = m_context.clock->nowNanos();
    const QLocale locale;
    m_list->clear();
    for (qsizetype i = 0; i < state.entries.size(); ++i) {
        const ManualEntry &entry = state.entries.at(i);
        auto *item = new QTreeWidgetItem(m_list);
        item->setText(0, entry.running ? tr("%1 (running)").arg(entry.label) : entry.label);
        item->setText(1, entry.category.isEmpty() ? tr("by rules") : entry.category.join(kCategorySeparator));
        item->setText(2, locale.toString(Timestamp::toDateTime(entry.start).toLocalTime(), QLocale::ShortFormat));
        item->setText(3, DurationText::format(entry.endAt(now) - entry.start));
        item->setData(0, Qt::UserRole, i);
        if (entry.id == selectedId)
            item->setSelected(true);
    }
    m_stop->setEnabled(!state.running.isEmpty());
    if (!state.error.isEmpty())
        m_status->setText(tr("Could not read the entries: %1").arg(state.error));
    else if (state.running.isEmpty())
        m_status->setText(tr("No timer is running."));
    else
        m_status->setText(tr("Running: %1").arg([&] {
            QStringList labels;
            for (const ManualEntry &timer : state.running)
                labels << tr("%1 for %2").arg(timer.label, DurationText::format(timer.endAt(now) - timer.start));
            return labels.join(QStringLiteral(", "));
        }()));
}

void ManualTimeDialog::startTimer()
{
    const QString label = m_label->currentText().trimmed();
    if (label.isEmpty()) {
        m_status->setText(tr("Give the timer a label first."));
        return;
    }
    m_client->start(label, m_category->currentData().toStringList(), m_keep->isChecked());
}

const ManualEntry *ManualTimeDialog::selected() const
{
    const QList<QTreeWidgetItem *> items = m_list->selectedItems();
    if (items.isEmpty())
        return nullptr;
    const qsizetype index = items.first()->data(0, Qt::UserRole).toLongLong();
    const ManualEntryList &entries = m_client->state().entries;
    return index >= 0 && index < entries.size() ? &entries.at(index) : nullptr;
}

void ManualTimeDialog::addEntry(qint64 start, qint64 end)
{
    ManualEntry entry;
    entry.start = start;
    entry.end = end;
    edit(entry);
}

void ManualTimeDialog::editSelected()
{
    if (const ManualEntry *entry = selected())
        edit(*entry);
}

void ManualTimeDialog::edit(const ManualEntry &entry)
{
    m_client->openEditor(entry, this);
}

void ManualTimeDialog::deleteSelected()
{
    if (const ManualEntry *entry = selected())
        m_client->remove(entry->id);
}

} // namespace stint
