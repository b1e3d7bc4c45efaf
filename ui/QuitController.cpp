#include "QuitController.h"

#include "app/Tracker.h"
#include "reports/ReportThread.h"

#include <QFutureWatcher>
#include <QLabel>
#include <QMessageBox>
#include <QProgressBar>
#include <QPushButton>
#include <QTimer>
#include <QVBoxLayout>

namespace stint {

QuitController::QuitController(Tracker &tracker, ReportThread &reports, QWidget *dialogParent, QObject *parent)
    : QObject(parent)
    , m_tracker(tracker)
    , m_reports(reports)
    , m_dialogParent(dialogParent)
    , m_indicatorTimer(new QTimer(this))
{
    m_indicatorTimer->setSingleShot(true);
    m_indicatorTimer->setInterval(kIndicatorDelayMs);
    connect(m_indicatorTimer, &QTimer::timeout, this, [this] {
        if (!m_indicator) {
            // A small frameless note with a busy bar; it closes itself when the answer comes.
            auto *indicator = new QWidget(nullptr, Qt::Tool | Qt::FramelessWindowHint | Qt::WindowStaysOnTopHint);
            indicator->setObjectName(QStringLiteral("savingIndicator"));
            indicator->setAttribute(Qt::WA_DeleteOnClose);
            auto *layout = new QVBoxLayout(indicator);
            auto *label = new QLabel(tr("Saving your activity…"), indicator);
            auto *bar = new QProgressBar(indicator);
            bar->setRange(0, 0);
            bar->setTextVisible(false);
            layout->addWidget(label);
            layout->addWidget(bar);
            m_indicator = indicator;
        }
        m_indicator->show();
        m_indicator->raise();
    });
}

QuitController::~QuitController()
{
    delete m_indicator;
    delete m_errorBox;
}

QWidget *QuitController::savingIndicator() const
{
    return m_indicator;
}

void QuitController::requestQuit()
{
    // Asked again (SIGTERM, the tray) while the error is shown: that is a retry.
    if (m_errorBox && m_errorBox->isVisible()) {
        m_errorBox->findChild<QPushButton *>(QStringLiteral("retryQuitButton"))->click();
        return;
    }
    if (m_quitting)
        return;
    m_quitting = true;
    m_indicatorTimer->start();
    auto *readerClosed = new QFutureWatcher<void>(this);
    connect(readerClosed, &QFutureWatcherBase::finished, this, [this, readerClosed] {
        readerClosed->deleteLater();
        closeDatastore();
    });
    readerClosed->setFuture(m_reports.suspend());
}

void QuitController::closeDatastore()
{
    auto *watcher = new QFutureWatcher<CommitResult>(this);
    connect(watcher, &QFutureWatcherBase::finished, this, [this, watcher] {
        const CommitResult result = watcher->result();
        watcher->deleteLater();
        finished(result.ok(), result.error);
    });
    watcher->setFuture(m_tracker.shutdownAsync());
}

void QuitController::finished(bool ok, const QString &error)
{
    m_indicatorTimer->stop();
    if (m_indicator)
        m_indicator->close();
    if (ok) {
        Q_EMIT readyToQuit();
        return;
    }
    showError(error);
}

void QuitController::showError(const QString &error)
{
    auto *box = new QMessageBox(QMessageBox::Critical, tr("Stint could not save"),
                                tr("The last minutes of your activity could not be saved:\n%1\n\n"
                                   "Nothing is lost while Stint keeps running. Retry, or cancel quitting "
                                   "and free some space or fix the problem first.")
                                    .arg(error),
                                QMessageBox::NoButton, m_dialogParent);
    box->setObjectName(QStringLiteral("quitErrorBox"));
    box->setAttribute(Qt::WA_DeleteOnClose);
    QPushButton *retry = box->addButton(tr("Retry"), QMessageBox::AcceptRole);
    retry->setObjectName(QStringLiteral("retryQuitButton"));
    QPushButton *cancel = box->addButton(tr("Cancel quitting"), QMessageBox::RejectRole);
    cancel->setObjectName(QStringLiteral("cancelQuitButton"));
    box->setDefaultButton(retry);
    box->setEscapeButton(cancel);
    // Not exec(): the window and the tray stay alive behind the question.
    connect(box, &QMessageBox::finished, this, [this, box, retry] {
        const bool again = box->clickedButton() == retry;
        m_quitting = false;
        if (again) {
            requestQuit();
        } else {
            m_tracker.cancelShutdown();
            m_reports.resume();
            Q_EMIT quitCancelled();
        }
    });
    m_errorBox = box;
    box->open();
}

} // namespace stint
