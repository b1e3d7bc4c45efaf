#include "integration/SingleInstance.h"

#include <QCoreApplication>
#include <QCryptographicHash>
#include <QDeadlineTimer>
#include <QDir>
#include <QFileInfo>
#include <QJsonDocument>
#include <QLocalServer>
#include <QLocalSocket>
#include <QLockFile>
#include <QPointer>
#include <QStandardPaths>
#include <QThread>
#include <QTimer>

#include <utility>

#ifdef Q_OS_UNIX
#include <unistd.h>
#endif

using namespace Qt::StringLiterals;

namespace stint {

namespace {

const QByteArray kShowRequest = "show\n"_ba;
const QByteArray kShownReply = "shown\n"_ba;
const QByteArray kNoWindowReply = "no-window\n"_ba;
const QByteArray kPingRequest = "ping\n"_ba;
const QByteArray kRunningReply = "running\n"_ba;
const QByteArray kReloadRequest = "reload\n"_ba;
const QByteArray kReloadedReply = "reloaded\n"_ba;
const QByteArray kRequestPrefix = "request "_ba;
constexpr qint64 kMaxRequestBytes = 1 << 20;
const QByteArray kSyncRequest = "sync\n"_ba;

// {"progress": ...} alone: more answers follow.
bool isInterim(const QJsonObject &answer)
{
    return answer.size() == 1 && answer.contains(u"progress"_s);
}

QString userId()
{
#ifdef Q_OS_UNIX
    return QString::number(::getuid());
#else
    return qEnvironmentVariable("USERDOMAIN") + u'\\' + qEnvironmentVariable("USERNAME");
#endif
}

// The same database reached through another spelling of its path is the same instance.
QString instanceKey(const QString &databasePath)
{
    const QFileInfo file(databasePath);
    const QString dir = QFileInfo(file.absolutePath()).canonicalFilePath();
    const QString path = dir.isEmpty() ? file.absoluteFilePath() : QDir(dir).filePath(file.fileName());
    const QByteArray hash =
        QCryptographicHash::hash((userId() + u'\n' + path).toUtf8(), QCryptographicHash::Sha256).toHex().left(20);
    return u"stint-"_s + QString::fromLatin1(hash);
}

// Private to the user where the platform has such a folder (looked up once: Qt warns each time
// XDG_RUNTIME_DIR is missing).
QString runtimeDirectory()
{
    static const QString directory = [] {
#ifdef Q_OS_UNIX
        QString runtime = QStandardPaths::writableLocation(QStandardPaths::RuntimeLocation);
        if (!runtime.isEmpty() && QDir().mkpath(runtime))
            return runtime;
#endif
        return QDir::tempPath();
    }();
    return directory;
}

} // namespace

SingleInstance::SingleInstance(const QString &databasePath, QObject *parent)
    : QObject(parent)
    , m_serverName(serverName(databasePath))
    , m_writerLockPath(writerLockFilePath(databasePath))
    , m_lock(std::make_unique<QLockFile>(lockFilePath(databasePath)))
{
    // 0: a live Stint's lock never goes stale by age; a dead one's is detected by its process id.
    m_lock->setStaleLockTime(0);
}

SingleInstance::~SingleInstance()
{
    if (m_server)
        m_server->close();
}

QString SingleInstance::serverName(const QString &databasePath)
{
#ifdef Q_OS_WIN
    return instanceKey(databasePath); // a named pipe
#else
    return QDir(runtimeDirectory()).filePath(instanceKey(databasePath) + u".socket"_s);
#endif
}

QString SingleInstance::lockFilePath(const QString &databasePath)
{
    return QDir(runtimeDirectory()).filePath(instanceKey(databasePath) + u".lock"_s);
}

QString SingleInstance::writerLockFilePath(const QString &databasePath)
{
    return QDir(runtimeDirectory()).filePath(instanceKey(databasePath) + u".writer.lock"_s);
}

SingleInstance::WriterLock::~WriterLock() = default;

SingleInstance::WriterLockState SingleInstance::lockForWriting(const QString &databasePath,
                                                               std::unique_ptr<WriterLock> *lock, QString *message)
{
    std::unique_ptr<WriterLock> taken(new WriterLock);
    taken->m_writer = std::make_unique<QLockFile>(writerLockFilePath(databasePath));
    taken->m_instance = std::make_unique<QLockFile>(lockFilePath(databasePath));
    // 0: held as long as the holder lives, however long its write takes.
    taken->m_writer->setStaleLockTime(0);
    taken->m_instance->setStaleLockTime(0);
    for (QLockFile *file : {taken->m_writer.get(), taken->m_instance.get()}) {
        if (file->tryLock(0))
            continue;
        if (file->error() != QLockFile::LockFailedError) {
            if (message)
                *message = tr("Cannot create the lock file %1.").arg(QDir::toNativeSeparators(file->fileName()));
            return WriterLockState::Failed;
        }
        return file == taken->m_writer.get() ? WriterLockState::WriterActive : WriterLockState::StintActive;
    }
    *lock = std::move(taken);
    return WriterLockState::Taken;
}

bool SingleInstance::writerActive() const
{
    QLockFile writer(m_writerLockPath);
    writer.setStaleLockTime(0);
    if (writer.tryLock(0)) {
        writer.unlock();
        return false;
    }
    return writer.error() == QLockFile::LockFailedError;
}

SingleInstance::Role SingleInstance::start(QString *message, int timeoutMs)
{
    QDeadlineTimer deadline(timeoutMs);
    while (true) {
        if (m_lock->tryLock(0)) {
            // A Stint whose lock went missing may still be listening: it stays the one.
            if (askRunning(500)) {
                m_lock->unlock();
                return Role::Secondary;
            }
            return listen(message) ? Role::Primary : Role::Failed;
        }
        if (m_lock->error() != QLockFile::LockFailedError) {
            if (message)
                *message = tr("Cannot create the lock file %1.").arg(QDir::toNativeSeparators(m_lock->fileName()));
            return Role::Failed;
        }
        // The lock's owner lives: it answers once it listens (it may still be starting).
        if (askRunning(1000))
            return Role::Secondary;
        // stint-cli writes to the database itself (an import may take minutes): wait it out.
        if (writerActive())
            deadline.setRemainingTime(timeoutMs);
        if (deadline.hasExpired()) {
            if (message)
                *message =
                    tr("Another Stint holds %1 but does not answer.").arg(QDir::toNativeSeparators(m_lock->fileName()));
            return Role::Failed;
        }
        QThread::msleep(100);
    }
}

bool SingleInstance::askRunning(int timeoutMs)
{
    const QDeadlineTimer deadline(timeoutMs);
    QLocalSocket socket;
    socket.connectToServer(m_serverName);
    if (!socket.waitForConnected(int(deadline.remainingTime())))
        return false;
    socket.write(m_showWindow ? kShowRequest : kPingRequest);
    if (!socket.waitForBytesWritten(int(deadline.remainingTime())))
        return false;
    // The running one shows its window first; give it the time that takes.
    QByteArray reply;
    const QDeadlineTimer answerDeadline(std::max<qint64>(deadline.remainingTime(), 5000));
    while (!reply.endsWith('\n') && socket.waitForReadyRead(int(answerDeadline.remainingTime())))
        reply += socket.readAll();
    reply += socket.readAll();
    if (reply == kShownReply) {
        m_answer = Answer::WindowShown;
        return true;
    }
    if (reply == kNoWindowReply) {
        m_answer = Answer::NoWindow;
        return true;
    }
    if (reply == kRunningReply) {
        m_answer = Answer::Running;
        return true;
    }
    return false;
}

bool SingleInstance::notifySettingsChanged(const QString &databasePath, int timeoutMs)
{
    const QDeadlineTimer deadline(timeoutMs);
    QLocalSocket socket;
    socket.connectToServer(serverName(databasePath));
    if (!socket.waitForConnected(int(deadline.remainingTime())))
        return false;
    socket.write(kReloadRequest);
    if (!socket.waitForBytesWritten(int(deadline.remainingTime())))
        return false;
    QByteArray reply;
    while (!reply.endsWith('\n') && socket.waitForReadyRead(int(deadline.remainingTime())))
        reply += socket.readAll();
    return reply == kReloadedReply;
}

std::optional<QByteArray> SingleInstance::requestSync(const QString &databasePath, int timeoutMs)
{
    const QDeadlineTimer deadline(timeoutMs);
    QLocalSocket socket;
    socket.connectToServer(serverName(databasePath));
    if (!socket.waitForConnected(int(deadline.remainingTime())))
        return std::nullopt;
    socket.write(kSyncRequest);
    if (!socket.waitForBytesWritten(int(deadline.remainingTime())))
        return std::nullopt;
    QByteArray reply;
    while (!reply.endsWith('\n') && socket.waitForReadyRead(int(deadline.remainingTime())))
        reply += socket.readAll();
    if (!reply.endsWith('\n'))
        return std::nullopt;
    reply.chop(1);
    return reply;
}

std::optional<QJsonObject> SingleInstance::sendRequest(const QString &databasePath, const QJsonObject &request,
                                                       int timeoutMs, const Progress &progress)
{
    const QDeadlineTimer deadline(timeoutMs);
    QLocalSocket socket;
    socket.connectToServer(serverName(databasePath));
    if (!socket.waitForConnected(int(std::min<qint64>(deadline.remainingTime(), 2000))))
        return std::nullopt;
    // From here on a Stint runs: no answer is an error, never a reason to write elsewhere.
    const QJsonObject noAnswer{{u"error"_s, tr("the running Stint did not answer")}};
    socket.write(kRequestPrefix + QJsonDocument(request).toJson(QJsonDocument::Compact) + '\n');
    if (!socket.waitForBytesWritten(int(deadline.remainingTime())))
        return noAnswer;
    while (socket.canReadLine() || socket.waitForReadyRead(int(deadline.remainingTime()))) {
        while (socket.canReadLine()) {
            const QJsonDocument answer = QJsonDocument::fromJson(socket.readLine());
            if (!answer.isObject())
                return noAnswer;
            if (!isInterim(answer.object()))
                return answer.object();
            if (progress)
                progress(answer.object());
        }
    }
    return noAnswer;
}

void SingleInstance::setRequestHandler(RequestHandler handler)
{
    m_requestHandler = std::move(handler);
    const QList<PendingRequest> pending = std::exchange(m_pendingRequests, {});
    for (const PendingRequest &request : pending) {
        if (!request.expiry) // the socket went away meanwhile
            continue;
        request.expiry->stop();
        m_requestHandler(request.body, request.reply);
    }
}

bool SingleInstance::listen(QString *message)
{
    // The lock is ours, and nobody answered: a socket file here is left from a crash.
    QLocalServer::removeServer(m_serverName);
    m_server = new QLocalServer(this);
    m_server->setSocketOptions(QLocalServer::UserAccessOption);
    if (!m_server->listen(m_serverName)) {
        if (message)
            *message = tr("Cannot listen on %1: %2").arg(m_serverName, m_server->errorString());
        delete m_server;
        m_server = nullptr;
        m_lock->unlock();
        return false;
    }
    connect(m_server, &QLocalServer::newConnection, this, [this] {
        while (QLocalSocket *socket = m_server->nextPendingConnection())
            serve(socket);
    });
    return true;
}

void SingleInstance::serve(QLocalSocket *socket)
{
    connect(socket, &QLocalSocket::disconnected, socket, &QObject::deleteLater);
    // Anything else that connects is dropped after a while instead of being kept forever.
    auto *expiry = new QTimer(socket);
    expiry->setSingleShot(true);
    connect(expiry, &QTimer::timeout, socket, &QLocalSocket::abort);
    expiry->start(10'000);
    connect(socket, &QLocalSocket::readyRead, this, [this, socket, expiry] {
        if (!socket->canReadLine()) {
            // Only a request carries more than a word; anything else that long is not a Stint asking.
            const QByteArray start = socket->peek(kRequestPrefix.size());
            if (socket->bytesAvailable() > (start == kRequestPrefix ? kMaxRequestBytes : kReloadRequest.size()))
                socket->abort();
            return;
        }
        const QByteArray request = socket->readLine();
        if (request.startsWith(kRequestPrefix)) {
            const QJsonDocument body = QJsonDocument::fromJson(request.mid(kRequestPrefix.size()));
            QPointer<QLocalSocket> guard(socket);
            const auto reply = [guard](const QJsonObject &answer) {
                if (!guard)
                    return;
                guard->write(QJsonDocument(answer).toJson(QJsonDocument::Compact) + '\n');
                if (!isInterim(answer))
                    guard->disconnectFromServer();
            };
            if (!body.isObject()) {
                reply({{u"error"_s, u"not a JSON object"_s}});
            } else if (m_requestHandler) {
                // An import may take longer than the expiry; the handler always answers.
                expiry->stop();
                m_requestHandler(body.object(), reply);
            } else {
                // Stint is still starting: handled once it can be, unless the expiry comes first.
                m_pendingRequests.append({body.object(), reply, expiry});
            }
            return;
        }
        if (request == kPingRequest) {
            socket->write(kRunningReply);
            socket->disconnectFromServer();
            return;
        }
        if (request == kSyncRequest && m_syncHandler) {
            // A sync may take longer than the expiry; the socket lives until it answers.
            expiry->stop();
            QPointer<QLocalSocket> guarded(socket);
            m_syncHandler([this, guarded](const QByteArray &line) {
                QMetaObject::invokeMethod(this, [guarded, line] {
                    if (!guarded)
                        return;
                    guarded->write(line + '\n');
                    guarded->disconnectFromServer();
                });
            });
            return;
        }
        if (request == kReloadRequest) {
            // Answered after the settings were read again, so the caller's change is in effect.
            Q_EMIT settingsChanged();
            socket->write(kReloadedReply);
            socket->disconnectFromServer();
            return;
        }
        if (request != kShowRequest) {
            socket->disconnectFromServer();
            return;
        }
        const bool shown = m_handler && m_handler();
        socket->write(shown ? kShownReply : kNoWindowReply);
        socket->disconnectFromServer(); // after the reply is written
        Q_EMIT activated();
    });
}

} // namespace stint
