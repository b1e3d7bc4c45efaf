#pragma once

#include "UiContext.h"

#include <QList>
#include <QMainWindow>

class QLabel;
class QListWidget;
class QStackedWidget;

namespace stint {

class Page;

// The main window: a list of pages on the left (Activity, Trends, Timeline, Raw data, Settings), the page
// on the right, and whether everything is safely saved in the status bar. Pages are refreshed
// when the worker confirms a commit, but only while they are visible. Geometry and the last page
// are remembered.
class MainWindow final : public QMainWindow
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(MainWindow)

public:
    explicit MainWindow(UiContext context, QWidget *parent = nullptr);
    ~MainWindow() override;

    // Takes ownership. Pages are shown in the order they are added.
    void addPage(Page *page);
    Page *currentPage() const;
    void showPage(int index);
    int pageCount() const { return int(m_pages.size()); }
    int indexOf(Page *page) const { return int(m_pages.indexOf(page)); }
    // Restores the page the user looked at last (call after adding the pages).
    void restoreLastPage();

    // Lets the window close without asking (the quit path has already decided).
    void setClosingAllowed(bool allowed) { m_closingAllowed = allowed; }

Q_SIGNALS:
    // The user closed the window; whoever listens decides between hiding and quitting. With no
    // listener the window simply closes.
    void closeRequested();
    // The page on show changed from `previous` (null at first) to `current`.
    void pageChanged(stint::Page *previous, stint::Page *current);

protected:
    void closeEvent(QCloseEvent *event) override;
    void hideEvent(QHideEvent *event) override;
    void showEvent(QShowEvent *event) override;

private:
    void dataCommitted();
    void refreshCurrentIfStale();
    void showCommitted(quint64 seq);
    void showCommitFailed(quint64 pendingSeq, const QString &error);
    void saveWindowState() const;

    QListWidget *m_navigation = nullptr;
    QStackedWidget *m_stack = nullptr;
    QList<Page *> m_pages;
    QList<bool> m_stale; // per page: data changed since it last read
    QLabel *m_saveState = nullptr;
    bool m_closingAllowed = false;
};

} // namespace stint
