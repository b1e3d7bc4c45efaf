#include "MainWindow.h"

#include "Page.h"
#include "app/Tracker.h"

#include <QCloseEvent>
#include <QHBoxLayout>
#include <QLabel>
#include <QListWidget>
#include <QMetaMethod>
#include <QPainter>
#include <QSettings>
#include <QShortcut>
#include <QStackedWidget>
#include <QStatusBar>

namespace stint {

namespace {
const QString kGeometryKey = QStringLiteral("mainWindow/geometry");
const QString kPageKey = QStringLiteral("mainWindow/page");
// The page icons are one-colour line drawings: painted in the palette's text colours they stay
// visible on light and dark palettes and on the selection's highlight.
QIcon tintedIcon(const QIcon &icon, const QPalette &palette)
{
    if (icon.isNull())
        return icon;
    QIcon tinted;
    const QSize size(22, 22);
    for (const qreal scale : {1.0, 2.0}) {
        for (const auto &[mode, role] :
             {std::pair{QIcon::Normal, QPalette::WindowText}, std::pair{QIcon::Selected, QPalette::HighlightedText}}) {
            QPixmap pixmap = icon.pixmap(size, scale);
            QPainter painter(&pixmap);
            painter.setCompositionMode(QPainter::CompositionMode_SourceIn);
            painter.fillRect(pixmap.rect(), palette.color(role));
            painter.end();
            tinted.addPixmap(pixmap, mode);
        }
    }
    return tinted;
}

} // namespace

MainWindow::MainWindow(UiContext context, QWidget *parent)
    : QMainWindow(parent)
{
    setObjectName(QStringLiteral("mainWindow"));
    setWindowTitle(tr("Stint"));
    setWindowIcon(QIcon(QStringLiteral(":/icons/stint.svg")));
    setMinimumSize(800, 560);

    m_navigation = new QListWidget(this);
    m_navigation->setObjectName(QStringLiteral("navigation"));
    m_navigation->setIconSize(QSize(22, 22));
    m_navigation->setSpacing(2);
    m_navigation->setFrameShape(QFrame::NoFrame);
    m_navigation->setFixedWidth(176);
    m_stack = new QStackedWidget(this);
    m_stack->setObjectName(QStringLiteral("pages"));

    auto *central = new QWidget(this);
    auto *layout = new QHBoxLayout(central);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(0);
    layout->addWidget(m_navigation);
    layout->addWidget(m_stack, 1);
    setCentralWidget(central);
    connect(m_navigation, &QListWidget::currentRowChanged, this, &MainWindow::showPage);

    m_saveState = new QLabel(tr("Nothing recorded yet"), this);
    m_saveState->setObjectName(QStringLiteral("saveStateLabel"));
    statusBar()->addPermanentWidget(m_saveState);

    Datastore &store = context.tracker.datastore();
    connect(&store, &Datastore::committed, this, &MainWindow::dataCommitted);
    connect(&store, &Datastore::committed, this, &MainWindow::showCommitted);
    connect(&store, &Datastore::commitFailed, this, &MainWindow::showCommitFailed);

    QSettings settings;
    restoreGeometry(settings.value(kGeometryKey).toByteArray());
}

MainWindow::~MainWindow() = default;

void MainWindow::addPage(Page *page)
{
    const int index = int(m_pages.size());
    m_pages.append(page);
    m_stale.append(true);
    m_stack->addWidget(page);
    auto *item = new QListWidgetItem(tintedIcon(page->icon(), palette()), page->title(), m_navigation);
    item->setSizeHint(QSize(150, 40));
    // Ctrl+1, Ctrl+2, ... switch pages from anywhere in the window.
    if (index < 9) {
        auto *shortcut = new QShortcut(QKeySequence(Qt::CTRL | Qt::Key(Qt::Key_1 + index)), this);
        connect(shortcut, &QShortcut::activated, this, [this, index] { showPage(index); });
        item->setToolTip(tr("%1 (%2)").arg(page->title(), shortcut->key().toString(QKeySequence::NativeText)));
    }
    if (index == 0)
        showPage(0);
}

Page *MainWindow::currentPage() const
{
    const int index = m_stack->currentIndex();
    return index >= 0 && index < m_pages.size() ? m_pages.at(index) : nullptr;
}

void MainWindow::showPage(int index)
{
    if (index < 0 || index >= m_pages.size())
        return;
    if (m_navigation->currentRow() != index)
        m_navigation->setCurrentRow(index);
    Page *previous = currentPage();
    m_stack->setCurrentIndex(index);
    if (previous != m_pages.at(index))
        Q_EMIT pageChanged(previous, m_pages.at(index));
    refreshCurrentIfStale();
}

void MainWindow::restoreLastPage()
{
    showPage(QSettings().value(kPageKey, 0).toInt());
}

void MainWindow::dataCommitted()
{
    for (bool &stale : m_stale)
        stale = true;
    refreshCurrentIfStale();
}

void MainWindow::refreshCurrentIfStale()
{
    const int index = m_stack->currentIndex();
    if (index < 0 || index >= m_pages.size() || !isVisible() || !m_stale.at(index))
        return;
    m_stale[index] = false;
    m_pages.at(index)->refresh();
}

void MainWindow::closeEvent(QCloseEvent *event)
{
    if (m_closingAllowed || !isSignalConnected(QMetaMethod::fromSignal(&MainWindow::closeRequested))) {
        saveWindowState();
        event->accept();
        return;
    }
    event->ignore();
    Q_EMIT closeRequested();
}

void MainWindow::hideEvent(QHideEvent *event)
{
    saveWindowState();
    QMainWindow::hideEvent(event);
}

void MainWindow::showEvent(QShowEvent *event)
{
    QMainWindow::showEvent(event);
    refreshCurrentIfStale();
}

void MainWindow::saveWindowState() const
{
    QSettings settings;
    settings.setValue(kGeometryKey, saveGeometry());
    settings.setValue(kPageKey, m_stack->currentIndex());
}

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
