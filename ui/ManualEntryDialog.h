#pragma once

#include "manual/ManualEntry.h"

#include <QDialog>

class QComboBox;
class QDateTimeEdit;
class QDialogButtonBox;
class QLabel;

namespace stint {

// Adds or edits one entry by hand: label, optional category (else the category rules decide by
// the label), start and end. OK stays disabled while the entry cannot be stored.
class ManualEntryDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ManualEntryDialog)

public:
    ManualEntryDialog(const ManualEntry &entry, const QStringList &recentLabels, const QList<QStringList> &categories,
                      QWidget *parent = nullptr);

    // The entry as edited (id and other data kept).
    ManualEntry entry() const;

private:
    void validate();

    ManualEntry m_entry;
    QComboBox *m_label = nullptr;
    QComboBox *m_category = nullptr;
    QDateTimeEdit *m_start = nullptr;
    QDateTimeEdit *m_end = nullptr;
    QLabel *m_problem = nullptr;
    QDialogButtonBox *m_buttons = nullptr;
};

} // namespace stint
