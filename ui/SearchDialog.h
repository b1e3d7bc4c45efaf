#pragma once

#include "RefreshGate.h"
#include "UiContext.h"

#include "reports/ActivitySearch.h"

#include <QDialog>

class QCheckBox;
class QComboBox;
class QDateEdit;
class QLabel;
class QLineEdit;
class QTimer;
class QTreeWidget;
class QTreeWidgetItem;

namespace stint {
class ReportCalendar;
class SearchIndex;
} // namespace stint

namespace stint {

// Searches the whole history, or a range of days, for text or a regular expression in app names,
// window titles and browser tabs' URLs and titles (ActivitySearch on the reading thread). Results
// are grouped by app and title with their active time and when they were first and last seen;
// activating one asks for the Timeline at that moment. Typing starts a new search after a short
// pause; a search still running for older text is cancelled. The settled past stays in a
// SearchIndex between searches, so only the last days are read again.
class SearchDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SearchDialog)

public:
    // The columns of the results.
    enum Column { ActiveColumn, AppColumn, TitleColumn, UrlColumn, FirstSeenColumn, LastSeenColumn, ColumnCount };
    // The ranges offered; Custom takes the two dates.
    enum class Range { WholeHistory, Last7Days, Last30Days, Last365Days, Custom };

    explicit SearchDialog(UiContext context, QWidget *parent = nullptr);
    ~SearchDialog() override;

    // Shows the dialog with the search text selected, ready to type over.
    void showSearch();
    // Searches now for what the fields say (typing waits a moment first).
    void search();
    // The last search shown: its results, or nothing while none has finished.
    const std::optional<SearchResult> &result() const { return m_result; }

Q_SIGNALS:
    // The user activated a result: the Timeline should show `moment` (the start of the result's last
    // matching stretch, or of its first one when the "first seen" cell was activated).
    void timelineRequested(qint64 moment);
    // A search finished and its result (or error) is shown.
    void searched();

private:
    struct Request
    {
        QString text;
        bool regex = false;
        Range range = Range::WholeHistory;
        QDate from;
        QDate to;
        quint64 generation = 0;
    };
    struct Answer
    {
        std::optional<SearchResult> result;
        QString error;
        quint64 generation = 0;
    };

    void start();
    void showAnswer(const Answer &answer);
    void activated(QTreeWidgetItem *item, int column);
    // The range of days asked for, by the reading thread's calendar, with `now` for "last N days".
    static spans::Period rangeOf(const Request &request, const ReportCalendar &calendar, qint64 now);

    UiContext m_context;
    RefreshGate m_gate;
    ActivitySearch::CancelFlag m_cancel;
    // Used only on the reading thread (jobs run one at a time); shared so a job outlives the dialog.
    std::shared_ptr<SearchIndex> m_index;
    quint64 m_generation = 0;
    std::optional<SearchResult> m_result;

    QLineEdit *m_text = nullptr;
    QCheckBox *m_regex = nullptr;
    QComboBox *m_range = nullptr;
    QDateEdit *m_from = nullptr;
    QDateEdit *m_to = nullptr;
    QLabel *m_status = nullptr;
    QTreeWidget *m_results = nullptr;
    QTimer *m_typing = nullptr;
};

} // namespace stint
