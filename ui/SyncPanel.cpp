#include "SyncPanel.h"

#include "app/Tracker.h"
#include "sync/SyncService.h"

#include <QDir>
#include <QFileDialog>
#include <QFutureWatcher>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QMessageBox>
#include <QPushButton>
#include <QTime>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace stint {
namespace {

enum Column { HostColumn, DeviceColumn, ChangedColumn, EventsColumn, NoteColumn };

} // namespace

SyncPanel::SyncPanel(Tracker &tracker, QWidget *parent)
    : QWidget(parent)
    , m_service(tracker.syncService())
    , m_probe(new SyncthingProbe(this))
{
    setObjectName(QStringLiteral("syncPanel"));
    auto *intro = new QLabel(tr("Several computers: Stint writes what it records into a folder that Syncthing, "
                                "Dropbox or Nextcloud copies between your computers, and reads the others' "
                                "activity from it (ActivityWatch's aw-sync does the same). Deleting events "
                                "here is not passed on to the other computers."),
                             this);
    intro->setWordWrap(true);
    m_folder = new QLabel(this);
    m_folder->setObjectName(QStringLiteral("syncFolderLabel"));
    m_folder->setWordWrap(true);
    m_folder->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_choose = new QPushButton(tr("&Sync folder…"), this);
    m_choose->setObjectName(QStringLiteral("syncChooseButton"));
    m_off = new QPushButton(tr("Turn sync off"), this);
    m_off->setObjectName(QStringLiteral("syncOffButton"));
    m_now = new QPushButton(tr("Sync &now"), this);
    m_now->setObjectName(QStringLiteral("syncNowButton"));
    m_devices = new QTreeWidget(this);
    m_devices->setObjectName(QStringLiteral("syncDevicesTree"));
    m_devices->setRootIsDecorated(false);
    m_devices->setHeaderLabels({tr("Computer"), tr("Device"), tr("File changed"), tr("Events here"), QString()});
    m_devices->header()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_devices->setMinimumHeight(90);
    m_hide = new QPushButton(tr("&Hide"), this);
    m_hide->setObjectName(QStringLiteral("syncHideButton"));
    m_hide->setToolTip(tr("Leave this computer out of the reports and stop copying its activity."));
    m_delete = new QPushButton(tr("&Delete here…"), this);
    m_delete->setObjectName(QStringLiteral("syncDeleteButton"));
    m_delete->setToolTip(tr("Delete the copies of this computer's activity on this computer (and hide it). "
                            "The other computer keeps its data."));
    m_result = new QLabel(this);
    m_result->setObjectName(QStringLiteral("syncResultLabel"));
    m_result->setWordWrap(true);
    m_result->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_syncthing = new QLabel(this);
    m_syncthing->setObjectName(QStringLiteral("syncthingLabel"));
    m_syncthing->setWordWrap(true);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(intro);
    layout->addWidget(m_folder);
    auto *folderRow = new QHBoxLayout;
    folderRow->addWidget(m_choose);
    folderRow->addWidget(m_off);
    folderRow->addWidget(m_now);
    folderRow->addStretch(1);
    layout->addLayout(folderRow);
    layout->addWidget(m_devices);
    auto *deviceRow = new QHBoxLayout;
    deviceRow->addWidget(m_hide);
    deviceRow->addWidget(m_delete);
    deviceRow->addStretch(1);
    layout->addLayout(deviceRow);
    layout->addWidget(m_result);
    layout->addWidget(m_syncthing);

    connect(m_choose, &QPushButton::clicked, this, &SyncPanel::chooseDirectory);
    connect(m_off, &QPushButton::clicked, this, [this] { setDirectory({}); });
    connect(m_now, &QPushButton::clicked, this, &SyncPanel::syncNow);
    connect(m_devices, &QTreeWidget::itemSelectionChanged, this, &SyncPanel::updateButtons);
    connect(m_hide, &QPushButton::clicked, this, [this] {
        const QString host = selectedHost();
        if (!host.isEmpty())
            setHidden(host, !m_status.settings.hiddenHosts.contains(host));
    });
    connect(m_delete, &QPushButton::clicked, this, [this] {
        const QString host = selectedHost();
        if (host.isEmpty()
            || QMessageBox::question(this, tr("Delete %1 here").arg(host),
                                     tr("Delete the activity copied from %1 on this computer? %1 keeps its own "
                                        "data, and it stays hidden here so the copies do not come back.")
                                         .arg(host))
                != QMessageBox::Yes)
            return;
        deleteHost(host);
    });
    connect(m_probe, &SyncthingProbe::finished, this, &SyncPanel::showSyncthing);
    if (m_service)
        connect(m_service, &SyncService::finished, this, [this](const SyncReport &report) {
            showReport(report);
            refresh();
        });
    refresh();
}

void SyncPanel::watch(const QFuture<SyncReport> &future)
{
    m_result->setText(tr("Syncing…"));
    // The service's finished() shows the result and refreshes; nothing else to wait for here.
    Q_UNUSED(future);
}

void SyncPanel::setDirectory(const QString &directory)
{
    if (m_service)
        watch(m_service->setDirectory(directory));
}

void SyncPanel::setHidden(const QString &host, bool hidden)
{
    if (m_service)
        watch(m_service->setHidden(host, hidden));
}

void SyncPanel::deleteHost(const QString &host)
{
    if (m_service)
        watch(m_service->deleteHost(host));
}

void SyncPanel::syncNow()
{
    if (m_service)
        watch(m_service->syncNow());
}

void SyncPanel::refresh()
{
    if (!m_service) {
        m_folder->setText(tr("Sync is not available."));
        for (QWidget *widget : {static_cast<QWidget *>(m_choose), static_cast<QWidget *>(m_off),
                                static_cast<QWidget *>(m_now), static_cast<QWidget *>(m_devices)})
            widget->setEnabled(false);
        updateButtons();
        return;
    }
    auto *watcher = new QFutureWatcher<SyncStatus>(this);
    connect(watcher, &QFutureWatcherBase::finished, this, [this, watcher] {
        watcher->deleteLater();
        if (watcher->future().resultCount() > 0)
            showStatus(watcher->result());
        Q_EMIT refreshed();
    });
    watcher->setFuture(m_service->status());
}

void SyncPanel::showStatus(const SyncStatus &status)
{
    m_status = status;
    const SyncSettings &settings = status.settings;
    m_folder->setText(settings.enabled()
                          ? tr("Sync folder: <b>%1</b>, every %n seconds", nullptr, settings.intervalSeconds)
                                .arg(QDir::toNativeSeparators(settings.directory).toHtmlEscaped())
                          : tr("Sync is off."));
    m_off->setEnabled(settings.enabled());
    m_now->setEnabled(settings.enabled());
    const QString selected = selectedHost();
    m_devices->clear();
    for (const SyncStatus::Device &device : status.devices) {
        QString note;
        if (device.thisDevice)
            note = tr("this computer");
        else if (device.file.isEmpty())
            note = tr("no database file yet");
        else if (device.hidden)
            note = tr("hidden");
        auto *item = new QTreeWidgetItem(
            m_devices,
            {device.host, device.deviceId,
             device.modified.isValid() ? QLocale().toString(device.modified, QLocale::ShortFormat)
                                       : QStringLiteral("–"),
             device.thisDevice ? QStringLiteral("–") : QLocale().toString(device.copiedEvents), note});
        item->setData(HostColumn, Qt::UserRole, device.thisDevice ? QString() : device.host);
        if (device.host == selected && !device.thisDevice)
            item->setSelected(true);
    }
    updateButtons();
    if (settings.enabled())
        m_probe->probe(settings.directory);
    else
        m_syncthing->clear();
}

void SyncPanel::showReport(const SyncReport &report)
{
    QStringList lines;
    if (!report.error.isEmpty())
        lines << report.error;
    if (!report.writeError.isEmpty())
        lines << report.writeError;
    qint64 added = 0;
    for (const SyncReport::Device &device : report.devices) {
        added += device.added;
        if (!device.error.isEmpty())
            lines << device.error;
    }
    if (report.ran && lines.isEmpty())
        lines << tr("Synced at %1: %n event(s) copied from other computers.", nullptr, int(added))
                     .arg(QLocale().toString(QTime::currentTime(), QLocale::ShortFormat));
    m_result->setText(lines.join(u'\n'));
}

void SyncPanel::showSyncthing(const SyncthingProbe::Result &result)
{
    QString text;
    if (!result.running)
        text = result.configFound
            ? tr("Syncthing is set up on this computer but does not answer at %1.").arg(result.address)
            : tr("No Syncthing found on this computer.");
    else if (result.folderId.isEmpty())
        text = tr("Syncthing runs on this computer (%1), but the sync folder is not shared there.").arg(result.address);
    else
        text =
            tr("Syncthing runs on this computer and shares the sync folder (\"%1\"): %2.")
                .arg(result.folderId,
                     result.needBytes > 0 ? tr("%1, %2 still to fetch")
                                                .arg(result.folderState, QLocale().formattedDataSize(result.needBytes))
                                          : result.folderState);
    m_syncthing->setText(text);
    Q_EMIT syncthingChecked();
}

void SyncPanel::chooseDirectory()
{
    const QString start =
        m_status.settings.enabled() ? m_status.settings.directory : SyncSettings::suggestedDirectory();
    QDir().mkpath(start);
    const QString directory = QFileDialog::getExistingDirectory(this, tr("Sync folder"), start);
    if (!directory.isEmpty())
        setDirectory(directory);
}

QString SyncPanel::selectedHost() const
{
    const auto items = m_devices->selectedItems();
    return items.isEmpty() ? QString() : items.first()->data(HostColumn, Qt::UserRole).toString();
}

void SyncPanel::updateButtons()
{
    const QString host = selectedHost();
    m_hide->setEnabled(!host.isEmpty());
    m_delete->setEnabled(!host.isEmpty());
    m_hide->setText(m_status.settings.hiddenHosts.contains(host) ? tr("S&how") : tr("&Hide"));
}

} // namespace stint
