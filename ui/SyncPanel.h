#pragma once

#include "sync/SyncReport.h"
#include "sync/SyncStatus.h"
#include "sync/SyncthingProbe.h"

#include <QFuture>
#include <QWidget>

class QLabel;
class QPushButton;
class QTreeWidget;

namespace stint {

class SyncService;
class Tracker;

// Settings → Data → Sync: the sync folder (choose, turn off, sync now), each computer in it with
// when its file changed and how many of its events are here (hide it, or delete its copies
// here), and whether Syncthing runs on this computer with the folder's state there. Everything
// that reads or writes runs on the sync service's thread; this only shows the answers.
class SyncPanel final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SyncPanel)

public:
    explicit SyncPanel(Tracker &tracker, QWidget *parent = nullptr);

    // What the buttons call after asking; public for tests.
    void setDirectory(const QString &directory);
    void setHidden(const QString &host, bool hidden);
    void deleteHost(const QString &host);
    void syncNow();
    void refresh();
    void setSyncthingConfigFiles(const QStringList &files) { m_probe->setConfigFiles(files); }

Q_SIGNALS:
    // The device list was read again.
    void refreshed();
    void syncthingChecked();

private:
    void watch(const QFuture<SyncReport> &future);
    void showReport(const SyncReport &report);
    void showStatus(const SyncStatus &status);
    void showSyncthing(const SyncthingProbe::Result &result);
    void chooseDirectory();
    QString selectedHost() const;
    void updateButtons();

    SyncService *m_service = nullptr;
    SyncthingProbe *m_probe = nullptr;
    SyncStatus m_status;
    QLabel *m_folder = nullptr;
    QPushButton *m_choose = nullptr;
    QPushButton *m_off = nullptr;
    QPushButton *m_now = nullptr;
    QTreeWidget *m_devices = nullptr;
    QPushButton *m_hide = nullptr;
    QPushButton *m_delete = nullptr;
    QLabel *m_result = nullptr;
    QLabel *m_syncthing = nullptr;
};

} // namespace stint
