#include "ManualEntryDialog.h"

#include "model/Timestamp.h"

#include <QComboBox>
#include <QDateTimeEdit>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>

namespace stint {

namespace {
const QString kCategorySeparator = QStringLiteral(" › ");
} // namespace

ManualEntryDialog::ManualEntryDialog(const ManualEntry &entry, const QStringList &recentLabels,
                                     const QList<QStringList> &categories, QWidget *parent)
    : QDialog(parent)
    , m_entry(entry)
{
    setObjectName(QStringLiteral("manualEntryDialog"));
    setWindowTitle(entry.id > 0 ? tr("Edit entry") : tr("Add entry"));
    auto *form = new QFormLayout(this);

    m_label = new QComboBox(this);
    m_label->setObjectName(QStringLiteral("entryLabel"));
    m_label->setEditable(true);
    m_label->addItems(recentLabels);
    m_label->setCurrentText(entry.label);
    form->addRow(tr("&Label:"), m_label);

    m_category = new QComboBox(this);
    m_category->setObjectName(QStringLiteral("entryCategory"));
    m_category->addItem(tr("By the category rules"), QStringList());
    for (const QStringList &name : categories)
        m_category->addItem(name.join(kCategorySeparator), name);
    if (!entry.category.isEmpty()) {
        const int found = m_category->findData(entry.category);
        if (found < 0)
            m_category->addItem(entry.category.join(kCategorySeparator), entry.category);
        m_category->setCurrentIndex(found < 0 ? m_category->count() - 1 : found);
    }
    form->addRow(tr("&Category:"), m_category);

    const auto timeEdit = [this](const char *name, qint64 time) {
        auto *edit = new QDateTimeEdit(Timestamp::toDateTime(time).toLocalTime(), this);
        edit->setObjectName(QString::fromLatin1(name));
        edit->setCalendarPopup(true);
        edit->setDisplayFormat(QStringLiteral("yyyy-MM-dd HH:mm"));
        return edit;
    };
    m_start = timeEdit("entryStart", entry.start);
    m_end = timeEdit("entryEnd", entry.endAt(entry.start));
    form->addRow(tr("&Start:"), m_start);
    form->addRow(tr("&End:"), m_end);
    m_end->setEnabled(!entry.running);

    m_problem = new QLabel(this);
    m_problem->setObjectName(QStringLiteral("entryProblem"));
    m_problem->setWordWrap(true);
    form->addRow(m_problem);

    m_buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    form->addRow(m_buttons);
    connect(m_buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_label, &QComboBox::currentTextChanged, this, &ManualEntryDialog::validate);
    connect(m_start, &QDateTimeEdit::dateTimeChanged, this, &ManualEntryDialog::validate);
    connect(m_end, &QDateTimeEdit::dateTimeChanged, this, &ManualEntryDialog::validate);
    validate();
}

ManualEntry ManualEntryDialog::entry() const
{
    ManualEntry result = m_entry;
    result.label = m_label->currentText().trimmed();
    result.category = m_category->currentData().toStringList();
    result.start = Timestamp::fromDateTime(m_start->dateTime());
    const qint64 end = Timestamp::fromDateTime(m_end->dateTime());
    result.end = result.running ? std::max(result.start, m_entry.end) : end;
    return result;
}

void ManualEntryDialog::validate()
{
    const ManualEntry edited = entry();
    QString problem = edited.problem();
    if (problem.isEmpty() && !edited.running && edited.end == edited.start)
        problem = ManualEntry::emptyProblem();
    if (edited.label.isEmpty())
        problem = tr("Give the entry a label.");
    m_problem->setText(problem);
    m_problem->setVisible(!problem.isEmpty());
    m_buttons->button(QDialogButtonBox::Ok)->setEnabled(problem.isEmpty());
}

} // namespace stint
