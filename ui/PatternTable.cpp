#include "PatternTable.h"

#include <QComboBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QJsonObject>
#include <QPushButton>
#include <QTableWidget>
#include <QVBoxLayout>

namespace stint {

namespace {
enum Column { App, Title, Action };
} // namespace

PatternTable::PatternTable(Kind kind, const QString &tableName, QWidget *parent)
    : QWidget(parent)
    , m_kind(kind)
{
    m_table = new QTableWidget(0, kind == Kind::PrivacyRules ? 3 : 2, this);
    m_table->setObjectName(tableName);
    QStringList headers{tr("App (regex)"), tr("Title (regex)")};
    if (kind == Kind::PrivacyRules)
        headers.append(tr("Action"));
    m_table->setHorizontalHeaderLabels(headers);
    m_table->horizontalHeader()->setSectionResizeMode(QHeaderView::Stretch);
    if (kind == Kind::PrivacyRules)
        m_table->horizontalHeader()->setSectionResizeMode(Action, QHeaderView::ResizeToContents);
    m_table->verticalHeader()->hide();
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setMinimumHeight(110);
    m_table->setMaximumHeight(180);

    m_add = new QPushButton(tr("Add"), this);
    m_add->setObjectName(tableName + QStringLiteral("AddButton"));
    m_remove = new QPushButton(tr("Remove"), this);
    m_remove->setObjectName(tableName + QStringLiteral("RemoveButton"));
    auto *buttons = new QVBoxLayout;
    buttons->addWidget(m_add);
    buttons->addWidget(m_remove);
    buttons->addStretch(1);
    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_table, 1);
    layout->addLayout(buttons);

    connect(m_add, &QPushButton::clicked, this, [this] {
        addRow({}, {}, QStringLiteral("drop"));
        const int row = m_table->rowCount() - 1;
        m_table->setCurrentCell(row, App);
        m_table->editItem(m_table->item(row, App));
        Q_EMIT edited();
    });
    connect(m_remove, &QPushButton::clicked, this, [this] {
        QList<int> rows;
        for (const QModelIndex &index : m_table->selectionModel()->selectedRows())
            rows.append(index.row());
        std::sort(rows.rbegin(), rows.rend());
        for (int row : rows)
            m_table->removeRow(row);
        if (!rows.isEmpty())
            Q_EMIT edited();
    });
    connect(m_table, &QTableWidget::itemChanged, this, &PatternTable::edited);
    connect(m_table, &QTableWidget::itemSelectionChanged, this, &PatternTable::updateButtons);
    updateButtons();
}

void PatternTable::setJson(const QJsonArray &rules)
{
    const QSignalBlocker blocker(m_table);
    m_table->setRowCount(0);
    for (const QJsonValue &value : rules) {
        const QJsonObject rule = value.toObject();
        addRow(rule.value(QStringLiteral("app")).toString(), rule.value(QStringLiteral("title")).toString(),
               rule.value(QStringLiteral("action")).toString());
    }
    updateButtons();
}

QJsonArray PatternTable::toJson() const
{
    QJsonArray rules;
    for (int row = 0; row < m_table->rowCount(); ++row) {
        const QString app = m_table->item(row, App)->text();
        const QString title = m_table->item(row, Title)->text();
        if (app.isEmpty() && title.isEmpty())
            continue;
        QJsonObject rule;
        if (!app.isEmpty())
            rule.insert(QStringLiteral("app"), app);
        if (!title.isEmpty())
            rule.insert(QStringLiteral("title"), title);
        if (m_kind == Kind::PrivacyRules) {
            const auto *action = qobject_cast<QComboBox *>(m_table->cellWidget(row, Action));
            rule.insert(QStringLiteral("action"), action->currentData().toString());
        }
        rules.append(rule);
    }
    return rules;
}

void PatternTable::addRow(const QString &app, const QString &title, const QString &action)
{
    const QSignalBlocker blocker(m_table);
    const int row = m_table->rowCount();
    m_table->insertRow(row);
    m_table->setItem(row, App, new QTableWidgetItem(app));
    m_table->setItem(row, Title, new QTableWidgetItem(title));
    if (m_kind != Kind::PrivacyRules)
        return;
    auto *combo = new QComboBox(m_table);
    combo->setObjectName(QStringLiteral("actionCombo"));
    combo->addItem(tr("Exclude"), QStringLiteral("drop"));
    combo->addItem(tr("Redact title"), QStringLiteral("redact"));
    combo->setToolTip(tr("Exclude: stored only as \"(excluded)\". Redact title: the app is kept, the title hidden."));
    const int index = combo->findData(action);
    // An unknown stored action stays visible as such, so validation can name it.
    if (index >= 0) {
        combo->setCurrentIndex(index);
    } else {
        combo->addItem(action, action);
        combo->setCurrentIndex(combo->count() - 1);
    }
    m_table->setCellWidget(row, Action, combo);
    connect(combo, &QComboBox::currentIndexChanged, this, &PatternTable::edited);
}

void PatternTable::updateButtons()
{
    m_remove->setEnabled(m_table->selectionModel()->hasSelection());
}

} // namespace stint
