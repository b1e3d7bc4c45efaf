#pragma once

#include <QMainWindow>

class QLabel;

namespace stint {

class Tracker;

// The main window shell: where the data lives and whether it is safely saved. The Activity,
// Timeline, Raw data and Settings views will be pages of this window.
class MainWindow final : public QMainWindow
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(MainWindow)

public:
    explicit MainWindow(Tracker &tracker, QWidget *parent = nullptr);
    ~MainWindow() override;

private:
    void showCommitted(quint64 seq);
    void showCommitFailed(quint64 pendingSeq, const QString &error);

    Tracker &m_tracker;
    QLabel *m_saveState = nullptr;
};

} // namespace stint
