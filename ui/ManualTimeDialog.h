#pragma once

#include "UiContext.h"
#include "manual/ManualEntry.h"

#include <QDialog>

class QCheckBox;
class QComboBox;
class QLabel;
class QPushButton;
class QTreeWidget;

namespace stint {

class ManualTimeClient;

// Timers and entries by hand: start a named timer (the running one stops unless kept), stop it,
// and add, edit or delete the entries of the last 30 days.
class ManualTimeDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ManualTimeDialog)

public:
    explicit ManualTimeDialog(UiContext context, QWidget *parent = nullptr);

    ManualTimeClient *client() const { return m_client; }
    // Opens the entry editor for a new entry over [start, end).
    void addEntry(qint64 start, qint64 end);
    // Opens the entry editor for the selected entry.
    void editSelected();

private:
    void showState();
    void startTimer();
    void deleteSelected();
    const ManualEntry *selected() const;
    void edit(const ManualEntry &entry);

    UiContext m_context;
    ManualTimeClient *m_client = nullptr;
    QComboBox *m_label = nullptr;
    QComboBox *m_category = nullptr;
    QCheckBox *m_keep = nullptr;
    QPushButton *m_start = nullptr;
    QPushButton *m_stop = nullptr;
    QPushButton *m_edit = nullptr;
    QPushButton *m_delete = nullptr;
    QLabel *m_status = nullptr;
    QTreeWidget *m_list = nullptr;
};

} // namespace stint
