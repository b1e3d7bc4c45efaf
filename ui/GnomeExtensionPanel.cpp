#include "GnomeExtensionPanel.h"

#include <QDBusConnection>
#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QThread>
#include <QVBoxLayout>

namespace stint {

GnomeExtensionPanel::GnomeExtensionPanel(QWidget *parent)
    : QWidget(parent)
{
    setObjectName(QStringLiteral("gnomeExtensionPanel"));
    auto *intro = new QLabel(tr("GNOME does not tell other programs which window has the focus. Stint's "
                                "small GNOME Shell extension (GNOME 45 or later) does, and only to programs "
                                "of your session."),
                             this);
    intro->setWordWrap(true);
    m_status = new QLabel(tr("Checking the extension…"), this);
    m_status->setObjectName(QStringLiteral("gnomeExtensionStatusLabel"));
    m_status->setWordWrap(true);
    m_status->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_install = new QPushButton(tr("&Install the extension"), this);
    m_install->setObjectName(QStringLiteral("installGnomeExtensionButton"));
    connect(m_install, &QPushButton::clicked, this, &GnomeExtensionPanel::install);
    m_result = new QLabel(this);
    m_result->setObjectName(QStringLiteral("gnomeExtensionResultLabel"));
    m_result->setWordWrap(true);
    m_result->setTextInteractionFlags(Qt::TextSelectableByMouse);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(intro);
    layout->addWidget(m_status);
    auto *row = new QHBoxLayout;
    row->addWidget(m_install);
    row->addStretch(1);
    layout->addLayout(row);
    layout->addWidget(m_result);
    layout->addStretch(1);
}

GnomeExtensionPanel::~GnomeExtensionPanel()
{
    // A check still running reads nothing of this panel; its result is dropped with it.
    const auto checks = findChildren<QThread *>(Qt::FindDirectChildrenOnly);
    for (QThread *check : checks)
        check->wait();
}

bool GnomeExtensionPanel::isGnomeSession()
{
    return qEnvironmentVariable("XDG_CURRENT_DESKTOP").contains(QStringLiteral("GNOME"), Qt::CaseInsensitive);
}

void GnomeExtensionPanel::showEvent(QShowEvent *event)
{
    QWidget::showEvent(event);
    checkStatus();
}

void GnomeExtensionPanel::checkStatus()
{
    if (m_checking) {
        m_checkAgain = true;
        return;
    }
    m_checking = true;
    QThread *check = QThread::create([this] {
        const GnomeExtension::Status status = GnomeExtension::status(QDBusConnection::sessionBus());
        QMetaObject::invokeMethod(
            this, [this, status] { showStatus(status); }, Qt::QueuedConnection);
    });
    check->setParent(this);
    connect(check, &QThread::finished, check, &QObject::deleteLater);
    check->start();
}

void GnomeExtensionPanel::showStatus(const GnomeExtension::Status &status)
{
    // The check is over when its result is here, not when its thread has wound down: a check asked
    // for in between (Install clicked as the status appears) is not lost.
    m_checking = false;
    if (m_checkAgain) {
        m_checkAgain = false;
        checkStatus(); // this result may predate what was asked for
        return;
    }
    m_status->setText(status.text);
    m_install->setText(status.state == GnomeExtension::State::NotInstalled ? tr("&Install the extension")
                                                                           : tr("&Install again"));
    Q_EMIT statusShown();
}

void GnomeExtensionPanel::install()
{
    // A few small files copied into the user's data folder: quick enough for the GUI thread.
    QString message;
    const bool ok = GnomeExtension::install(&message);
    m_result->setText(ok ? message : tr("The extension could not be installed: %1").arg(message));
    checkStatus();
}

} // namespace stint
