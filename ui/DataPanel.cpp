#include "DataPanel.h"

#include "SyncPanel.h"

#include "api/ApiServer.h"
#include "app/Tracker.h"
#include "io/DataTransfer.h"

#include <QDate>
#include <QDesktopServices>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QHBoxLayout>
#include <QLabel>
#include <QProgressBar>
#include <QPushButton>
#include <QStandardPaths>
#include <QUrl>
#include <QVBoxLayout>

namespace stint {

DataPanel::DataPanel(UiContext context, QWidget *parent)
    : QWidget(parent)
    , m_context(std::move(context))
    , m_transfer(new DataTransfer(m_context.tracker.datastore(), this))
{
    setObjectName(QStringLiteral("dataPanel"));
    const QString directory = QDir::toNativeSeparators(m_context.tracker.location().directory());
    auto *location =
        new QLabel(tr("Stint keeps everything it records, and these settings, in one database file:<br><b>%1</b><br>"
                      "While Stint runs, recent changes may wait in a second file beside it; quitting Stint "
                      "moves them into the database file. To copy the data while Stint runs, use Back up.")
                       .arg(QDir::toNativeSeparators(m_context.tracker.location().databasePath()).toHtmlEscaped()),
                   this);
    location->setObjectName(QStringLiteral("dataLocationLabel"));
    location->setTextInteractionFlags(Qt::TextSelectableByMouse);
    location->setWordWrap(true);
    auto *open = new QPushButton(tr("&Open folder"), this);
    open->setObjectName(QStringLiteral("openDataFolderButton"));
    open->setToolTip(directory);
    connect(open, &QPushButton::clicked, this,
            [directory] { QDesktopServices::openUrl(QUrl::fromLocalFile(directory)); });

    m_backup = new QPushButton(tr("&Back up…"), this);
    m_backup->setObjectName(QStringLiteral("backupDataButton"));
    m_backup->setToolTip(
        tr("Write a complete, checked copy of the database to a file of your choice while Stint keeps recording."));
    connect(m_backup, &QPushButton::clicked, this, &DataPanel::chooseBackupFile);

    auto *transferText =
        new QLabel(tr("Export everything as ActivityWatch's export file (other trackers and scripts read it) or the "
                      "activity as a CSV table. Import an ActivityWatch export or ActivityWatch's own database "
                      "(sqlite.db); events that are already here are skipped, so importing twice changes nothing."),
                   this);
    transferText->setWordWrap(true);
    m_export = new QPushButton(tr("&Export…"), this);
    m_export->setObjectName(QStringLiteral("exportDataButton"));
    m_import = new QPushButton(tr("&Import…"), this);
    m_import->setObjectName(QStringLiteral("importDataButton"));
    connect(m_export, &QPushButton::clicked, this, &DataPanel::chooseExportFile);
    connect(m_import, &QPushButton::clicked, this, &DataPanel::chooseImportFile);
    m_busy = new QProgressBar(this);
    m_busy->setObjectName(QStringLiteral("transferProgress"));
    m_busy->setRange(0, 0);
    m_busy->setTextVisible(false);
    m_busy->setMaximumWidth(160);
    m_busy->hide();
    m_status = new QLabel(this);
    m_status->setObjectName(QStringLiteral("transferStatusLabel"));
    m_status->setWordWrap(true);
    m_status->setTextInteractionFlags(Qt::TextSelectableByMouse);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(location);
    auto *openRow = new QHBoxLayout;
    openRow->addWidget(open);
    openRow->addWidget(m_backup);
    openRow->addStretch(1);
    layout->addLayout(openRow);
    layout->addSpacing(12);
    layout->addWidget(transferText);
    auto *transferRow = new QHBoxLayout;
    transferRow->addWidget(m_export);
    transferRow->addWidget(m_import);
    transferRow->addWidget(m_busy);
    transferRow->addStretch(1);
    layout->addLayout(transferRow);
    layout->addWidget(m_status);
    layout->addSpacing(12);
    m_api = new QLabel(this);
    m_api->setObjectName(QStringLiteral("apiStatusLabel"));
    m_api->setWordWrap(true);
    m_api->setTextInteractionFlags(Qt::TextSelectableByMouse);
    layout->addWidget(m_api);
    layout->addSpacing(12);
    layout->addWidget(new SyncPanel(m_context.tracker, this));
    layout->addStretch(1);
    connect(&m_context.tracker, &Tracker::apiStateChanged, this, &DataPanel::showApiState);
    showApiState();

    connect(m_transfer, &DataTransfer::progress, this,
            [this](qint64 handled) { m_status->setText(tr("Importing… %n event(s) read", nullptr, int(handled))); });
    connect(m_transfer, &DataTransfer::finished, this, &DataPanel::finished);
}

DataPanel::~DataPanel() = default;

bool DataPanel::isBusy() const
{
    return m_transfer->isBusy();
}

void DataPanel::chooseExportFile()
{
    const QString documents = QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation);
    const QString json = tr("ActivityWatch export (*.json)");
    const QString csv = tr("Activity as CSV (*.csv)");
    QString filter = json;
    QString file = QFileDialog::getSaveFileName(this, tr("Export activity"),
                                                QDir(documents).filePath(QStringLiteral("stint-export.json")),
                                                json + QStringLiteral(";;") + csv, &filter);
    if (file.isEmpty())
        return;
    // The dialog may leave the extension to the user; the chosen filter decides then.
    if (QFileInfo(file).suffix().isEmpty())
        file += filter == csv ? QStringLiteral(".csv") : QStringLiteral(".json");
    exportTo(file);
}

void DataPanel::chooseBackupFile()
{
    const QString documents = QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation);
    const QString name = QStringLiteral("stint-backup-%1.db").arg(QDate::currentDate().toString(Qt::ISODate));
    const QString file = QFileDialog::getSaveFileName(this, tr("Back up the database"), QDir(documents).filePath(name),
                                                      tr("Stint database (*.db)"));
    if (!file.isEmpty())
        backupTo(file);
}

void DataPanel::backupTo(const QString &file)
{
    if (m_transfer->backupTo(file))
        started(tr("Backing up to %1…").arg(QDir::toNativeSeparators(file)));
}

void DataPanel::chooseImportFile()
{
    const QString file = QFileDialog::getOpenFileName(
        this, tr("Import activity"), QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation),
        tr("ActivityWatch export or database (*.json *.db);;All files (*)"));
    if (!file.isEmpty())
        importFrom(file);
}

void DataPanel::exportTo(const QString &file)
{
    const bool csv = file.endsWith(QStringLiteral(".csv"), Qt::CaseInsensitive);
    if (m_transfer->exportTo(file, csv ? DataTransfer::Format::ActivityCsv : DataTransfer::Format::ActivityWatchJson))
        started(tr("Exporting to %1…").arg(QDir::toNativeSeparators(file)));
}

void DataPanel::importFrom(const QString &file)
{
    if (m_transfer->importFrom(file))
        started(tr("Importing %1…").arg(QDir::toNativeSeparators(file)));
}

void DataPanel::started(const QString &text)
{
    m_export->setEnabled(false);
    m_import->setEnabled(false);
    m_backup->setEnabled(false);
    m_busy->show();
    m_status->setText(text);
}

void DataPanel::finished(bool ok, const QString &message)
{
    m_export->setEnabled(true);
    m_import->setEnabled(true);
    m_backup->setEnabled(true);
    m_busy->hide();
    m_status->setText(ok ? message : tr("Stopped: %1").arg(message));
    Q_EMIT transferFinished(ok);
}

void DataPanel::showApiState()
{
    const Tracker &tracker = m_context.tracker;
    switch (tracker.apiState()) {
    case Tracker::ApiState::Running:
        m_api->setText(tr("ActivityWatch's watchers and scripts can send data to Stint at "
                          "http://127.0.0.1:%1/api/0/.")
                           .arg(tracker.apiServer() ? tracker.apiServer()->port() : 0));
        break;
    case Tracker::ApiState::Off:
        m_api->setText(tr("The HTTP API for ActivityWatch's watchers and scripts is off."));
        break;
    case Tracker::ApiState::Failed:
        m_api->setText(
            tr("The HTTP API for ActivityWatch's watchers and scripts is not running: %1").arg(tracker.apiError()));
        break;
    }
}

} // namespace stint
