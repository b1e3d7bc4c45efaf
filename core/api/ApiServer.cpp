#include "api/ApiServer.h"

#include "api/ApiAccess.h"
#include "api/ApiRoutes.h"
#include "api/HttpConnection.h"
#include "api/ReadPool.h"
#include "api/RefusedOrigins.h"
#include "api/SocketIo.h"
#include "reports/ReportEngine.h"
#include "storage/Datastore.h"
#include "storage/EventReader.h"
#include "util/Clock.h"
#include "util/HostName.h"
#include "util/Logging.h"

#include <QAbstractEventDispatcher>
#include <QTcpServer>
#include <QThread>

namespace stint {
namespace {

// "<name>" -> "name"; a literal segment -> a null string.
QString argName(const QString &segment)
{
    if (segment.size() > 2 && segment.startsWith(u'<') && segment.endsWith(u'>'))
        return segment.mid(1, segment.size() - 2);
    return {};
}

// Hands each accepted socket on as a descriptor: HttpConnection reads and writes it itself.
class DescriptorServer final : public QTcpServer
{
public:
    DescriptorServer(std::function<void(qintptr)> accepted, QObject *parent)
        : QTcpServer(parent)
        , m_accepted(std::move(accepted))
    {
    }

protected:
    void incomingConnection(qintptr socket) override { m_accepted(socket); }

private:
    std::function<void(qintptr)> m_accepted;
};

} // namespace

ApiServer::ApiServer(Datastore &store, QString databasePath, ApiOptions options, QObject *parent)
    : QObject(parent)
    , m_store(store)
    , m_databasePath(std::move(databasePath))
    , m_options(std::move(options))
    , m_addedOrigins(std::make_shared<const api::AllowedOrigins>(m_options.addedOrigins))
    , m_refused(new RefusedOrigins(this))
{
    if (m_options.hostname.isEmpty())
        m_options.hostname = localHostName();
    registerApiRoutes(*this);
}

ApiServer::~ApiServer()
{
    stop();
}

void ApiServer::addRoute(const QByteArray &method, const QString &pattern, Handler handler)
{
    Route route{method, splitPath(pattern.toUtf8()), {}, std::move(handler)};
    for (const QString &segment : std::as_const(route.segments))
        route.argNames.append(argName(segment));
    m_routes.push_back(std::move(route));
}

void ApiServer::setAddedOrigins(api::AllowedOrigins origins)
{
    auto shared = std::make_shared<const api::AllowedOrigins>(std::move(origins));
    {
        QMutexLocker lock(&m_originsMutex);
        m_addedOrigins = shared;
    }
    for (const RefusedOrigins::Entry &entry : m_refused->snapshot()) {
        if (shared->matches(entry.origin))
            m_refused->forget(entry.origin);
    }
}

api::AllowedOrigins ApiServer::addedOrigins() const
{
    QMutexLocker lock(&m_originsMutex);
    return *m_addedOrigins;
}

bool ApiServer::start(QString *error)
{
    if (m_listening)
        return true;
    m_thread = new QThread;
    m_thread->setObjectName(QStringLiteral("stint-api"));
    m_context = new QObject;
    m_context->moveToThread(m_thread);
    m_link = std::make_shared<ServerThreadLink>(m_context);
    m_thread->start();
    m_reads = std::make_unique<ReadPool>(m_databasePath, m_options.readThreads);
    bool ok = false;
    QString message;
    QMetaObject::invokeMethod(
        m_context, [&] { listen(&ok, &message); }, Qt::BlockingQueuedConnection);
    if (!ok) {
        stop();
        if (error)
            *error = message;
        return false;
    }
    m_listening = true;
    qCInfo(lcApp).noquote() << QStringLiteral("HTTP API on http://%1:%2/api/0/%3")
                                   .arg(m_options.address.toString())
                                   .arg(m_port)
                                   .arg(m_options.apiKey.isEmpty() ? QString() : QStringLiteral(" (API key required)"));
    return true;
}

void ApiServer::listen(bool *ok, QString *error)
{
    m_tcp = new DescriptorServer([this](qintptr socket) { accept(socket); }, m_context);
    m_tcp->setMaxPendingConnections(128);
    if (!m_tcp->listen(m_options.address, m_options.port)) {
        *error = m_tcp->serverError() == QAbstractSocket::AddressInUseError
            ? tr("port %1 on %2 is already in use (is another Stint or ActivityWatch server running?)")
                  .arg(m_options.port)
                  .arg(m_options.address.toString())
            : tr("cannot listen on %1:%2: %3")
                  .arg(m_options.address.toString())
                  .arg(m_options.port)
                  .arg(m_tcp->errorString());
        *ok = false;
        return;
    }
    m_port = m_tcp->serverPort();
    // Heartbeats are posted with a deferred wake-up and the worker is woken once per pass of this
    // thread's event loop: a burst of clients costs it one wake-up, not one per request.
    connect(QAbstractEventDispatcher::instance(), &QAbstractEventDispatcher::aboutToBlock, m_context,
            [this] { m_store.wakeDeferred(); });
    *ok = true;
}

void ApiServer::accept(qintptr socket)
{
    // Connections that send half a request and wait must not lock well-behaved clients out.
    if (m_open.size() >= m_options.maxConnections && !dropLongestWaiting()) {
        socketio::close(socket);
        return;
    }
    auto *connection = new HttpConnection(
        socket, m_options.limits,
        [this](HttpConnection *from, HttpRequest request) { dispatch(from, std::move(request)); },
        m_options.idleTimeoutMs, m_options.requestTimeoutMs, m_context);
    m_open.append(connection);
    m_openCount.store(int(m_open.size()));
    connect(connection, &HttpConnection::closed, m_context, [this, connection] {
        m_open.removeOne(connection);
        m_openCount.store(int(m_open.size()));
    });
}

bool ApiServer::dropLongestWaiting()
{
    for (;;) {
        HttpConnection *longest = nullptr;
        for (HttpConnection *connection : std::as_const(m_open)) {
            if (connection->mayBeDropped() && (!longest || connection->waitingSinceMs() < longest->waitingSinceMs()))
                longest = connection;
        }
        if (!longest)
            return false;
        // False when what it had sent completed a request, which is answered: look again.
        if (longest->drop()) {
            m_open.removeOne(longest);
            m_openCount.store(int(m_open.size()));
            return true;
        }
    }
}

void ApiServer::stop()
{
    if (!m_thread)
        return;
    m_link->close();
    QMetaObject::invokeMethod(
        m_context,
        [this] {
            // The connections and the listener go with their parent's children.
            const auto children = m_context->children();
            for (QObject *child : children)
                delete child;
            m_tcp = nullptr;
            m_open.clear();
            m_openCount.store(0);
        },
        Qt::BlockingQueuedConnection);
    if (m_reads)
        m_reads->stop();
    m_thread->quit();
    m_thread->wait();
    m_store.wakeDeferred(); // a heartbeat posted in the loop's last pass
    delete m_context;
    delete m_thread;
    m_context = nullptr;
    m_thread = nullptr;
    m_reads.reset();
    if (m_listening)
        qCInfo(lcApp) << "HTTP API stopped";
    m_listening = false;
}

void ApiServer::dispatch(HttpConnection *connection, HttpRequest request)
{
    const QByteArray origin = request.header("origin");
    // HTTP API responses are machine-facing and stay English, like ActivityWatch's.
    auto reject = [&](int status, const QString &message, QList<QPair<QByteArray, QByteArray>> headers = {}) {
        HttpResponse response = HttpResponse::error(status, message);
        response.headers = std::move(headers);
        connection->respond(response);
    };

    // DNS rebinding: a page on evil.example resolving to 127.0.0.1 still sends its own Host.
    if (m_options.address.isLoopback() && !api::hostAllowed(request.header("host"), m_port)) {
        reject(400, QStringLiteral("the Host header must be localhost, 127.0.0.1 or [::1] (with port %1)").arg(m_port));
        return;
    }
    QList<QPair<QByteArray, QByteArray>> cors;
    if (!origin.isEmpty()) {
        std::shared_ptr<const api::AllowedOrigins> added;
        {
            QMutexLocker lock(&m_originsMutex);
            added = m_addedOrigins;
        }
        if (!api::originAllowed(origin, m_port, m_options.testing) && !added->matches(QString::fromUtf8(origin))) {
            // Kept for Settings, so the user sees which extension knocks and can let it in.
            m_refused->record(QString::fromUtf8(origin), QString::fromLatin1(request.method) + u' ' + request.path,
                              (m_options.clock ? m_options.clock : Clock::system())->nowNanos());
            reject(403,
                   QStringLiteral("requests from the origin \"%1\" are not allowed").arg(QString::fromUtf8(origin)));
            return;
        }
        cors = api::corsHeaders(origin);
    }
    if (request.method == "OPTIONS") {
        HttpResponse response = HttpResponse::empty(204);
        if (!origin.isEmpty())
            response.headers = api::preflightHeaders(origin);
        response.headers.append({QByteArrayLiteral("Allow"), QByteArrayLiteral("GET, POST, DELETE, OPTIONS")});
        connection->respond(response);
        return;
    }
    if (!request.targetError.isEmpty()) {
        reject(400, request.targetError, cors);
        return;
    }
    const QStringList segments = request.segments; // request moves into the call below
    const bool isInfo = segments.size() == 3 && segments[0] == u"api" && segments[1] == u"0" && segments[2] == u"info";
    if (!m_options.apiKey.isEmpty() && !isInfo
        && !api::bearerMatches(request.header("authorization"), m_options.apiKey)) {
        cors.append({QByteArrayLiteral("WWW-Authenticate"), QByteArrayLiteral("Bearer")});
        reject(401, QStringLiteral("this server needs an API key: send \"Authorization: Bearer <key>\""), cors);
        return;
    }

    bool pathMatched = false;
    for (const Route &route : m_routes) {
        if (route.segments.size() != segments.size())
            continue;
        bool match = true;
        for (qsizetype i = 0; i < segments.size() && match; ++i)
            match = !route.argNames[i].isNull() || route.segments[i] == segments[i];
        if (!match)
            continue;
        pathMatched = true;
        if (route.method != request.method)
            continue;
        // Only for the route that answers.
        ApiCall::Args args;
        for (qsizetype i = 0; i < segments.size(); ++i) {
            if (!route.argNames[i].isNull())
                args.append({route.argNames[i], segments[i]});
        }
        auto call = std::make_shared<ApiCall>(std::move(request), std::move(args), std::move(cors), connection, m_link);
        route.handler(call);
        return;
    }
    if (pathMatched)
        reject(405, QStringLiteral("%1 is not allowed on %2").arg(QString::fromLatin1(request.method), request.path),
               cors);
    else
        reject(404, QStringLiteral("there is no endpoint %1").arg(request.path), cors);
}

void ApiServer::afterWrites(const std::shared_ptr<ApiCall> &call, std::function<void()> then)
{
    if (m_store.lastSeq() <= m_store.durableSeq()) {
        then(); // idle database: no commit, no waiting
        return;
    }
    m_barrierCommits.fetch_add(1);
    m_store.forceCommit(inServerThread<CommitResult>([call, then = std::move(then)](const CommitResult &result) {
        if (!result.ok())
            call->respondError(500, QStringLiteral("the pending writes could not be saved: %1").arg(result.error));
        else
            then();
    }));
}

void ApiServer::read(const std::shared_ptr<ApiCall> &call, std::function<HttpResponse(EventReader &reader)> work)
{
    readReports(call, [work = std::move(work)](ReportEngine &engine) { return work(engine.reader()); });
}

void ApiServer::readReports(const std::shared_ptr<ApiCall> &call,
                            std::function<HttpResponse(ReportEngine &engine)> work)
{
    afterWrites(call, [this, call, work = std::move(work)] {
        if (!m_reads) { // stopping
            call->respondError(503, QStringLiteral("the server is shutting down"));
            return;
        }
        m_reads->post([call, work](ReportEngine &engine) {
            if (!engine.isOpen()) {
                call->respondError(500, QStringLiteral("the database cannot be read: %1").arg(engine.error()));
                return;
            }
            call->respond(work(engine));
        });
    });
}

HttpResponse ApiServer::writeError(const WriteResult &result)
{
    switch (result.error) {
    case StoreError::NotFound:
        return HttpResponse::error(404, result.message);
    case StoreError::InvalidInput:
    case StoreError::AlreadyExists:
        return HttpResponse::error(400, result.message);
    case StoreError::Closed:
        return HttpResponse::error(503, result.message);
    case StoreError::Full: {
        // Nothing was changed; ActivityWatch's clients keep the write and send it again.
        HttpResponse response = HttpResponse::error(503, result.message);
        response.headers.append({QByteArrayLiteral("Retry-After"), QByteArray::number(kFullRetryAfterSeconds)});
        return response;
    }
    default:
        return HttpResponse::error(500, result.message);
    }
}

} // namespace stint
