#include "MainWindow.h"

#include "app/Tracker.h"

#include <QDesktopServices>
#include <QDir>
#include <QFileInfo>
#include <QLabel>
#include <QPushButton>
#include <QStatusBar>
#include <QUrl>
#include <QVBoxLayout>

namespace stint {

MainWindow::MainWindow(Tracker &tracker, QWidget *parent)
    : QMainWindow(parent)
    , m_tracker(tracker)
{
    setObjectName(QStringLiteral("mainWindow"));
    setWindowTitle(tr("Stint"));
    setWindowIcon(QIcon(QStringLiteral(":/icons/stint.svg")));
    setMinimumSize(480, 320);

    auto *central = new QWidget(this);
    auto *layout = new QVBoxLayout(central);
    auto *heading = new QLabel(tr("<h2>Stint is running</h2>"), central);
    heading->setObjectName(QStringLiteral("headingLabel"));
    const QString path = QDir::toNativeSeparators(m_tracker.location().databasePath());
    auto *location = new QLabel(tr("Your activity is kept on this computer in %1").arg(path), central);
    location->setObjectName(QStringLiteral("dataLocationLabel"));
    location->setWordWrap(true);
    location->setTextInteractionFlags(Qt::TextSelectableByMouse);
    auto *openFolder = new QPushButton(tr("Open data folder"), central);
    openFolder->setObjectName(QStringLiteral("openDataFolderButton"));
    connect(openFolder, &QPushButton::clicked, this, [this] {
        QDesktopServices::openUrl(QUrl::fromLocalFile(QFileInfo(m_tracker.location().databasePath()).absolutePath()));
    });
    layout->addWidget(heading);
    layout->addWidget(location);
    layout->addWidget(openFolder, 0, Qt::AlignLeft);
    layout->addStretch();
    setCentralWidget(central);

    m_saveState = new QLabel(tr("Nothing recorded yet"), this);
    m_saveState->setObjectName(QStringLiteral("saveStateLabel"));
    statusBar()->addPermanentWidget(m_saveState);

    Datastore &store = m_tracker.datastore();
    connect(&store, &Datastore::committed, this, &MainWindow::showCommitted);
    connect(&store, &Datastore::commitFailed, this, &MainWindow::showCommitFailed);
}

MainWindow::~MainWindow() = default;

void MainWindow::showCommitted(quint64 seq)
{
    m_saveState->setText(tr("All changes saved (write #%1)").arg(seq));
    m_saveState->setToolTip({});
}

void MainWindow::showCommitFailed(quint64 pendingSeq, const QString &error)
{
    m_saveState->setText(tr("Not saved since write #%1 - retrying").arg(pendingSeq));
    m_saveState->setToolTip(error);
}

} // namespace stint
