#pragma once

#include "api/AllowedOrigins.h"
#include "api/ApiCall.h"
#include "api/HttpMessage.h"
#include "api/HttpRequestParser.h"
#include "api/ServerThreadLink.h"
#include "storage/WriteResult.h"

#include <QHostAddress>
#include <QMutex>
#include <QObject>
#include <QStringList>

#include <atomic>
#include <functional>
#include <memory>
#include <vector>

class QTcpServer;
class QThread;

namespace stint {

class Clock;
class Datastore;
class EventReader;
class HttpConnection;
class ReadPool;
class RefusedOrigins;
class ReportEngine;

struct ApiOptions
{
    static constexpr quint16 kDefaultPort = 5600;
    static constexpr quint16 kTestingPort = 5666;

    QHostAddress address = QHostAddress(QHostAddress::LocalHost);
    quint16 port = kDefaultPort; // 0: any free port (tests, the benchmark)
    QString apiKey;              // empty: no key needed
    bool testing = false;
    QString hostname; // for "!local" and /api/0/info; this machine's name when empty
    QString deviceId;
    std::shared_ptr<const Clock> clock; // the system clock when null (a new bucket's "created")
    int readThreads = 2;
    int idleTimeoutMs = 120'000;
    // A request's head and body must have come this long after its first byte, or it gets 408.
    int requestTimeoutMs = 10'000;
    // With this many open, a new connection replaces the one that has waited longest without
    // a request being answered (idle, or with an incomplete request).
    int maxConnections = 256;
    HttpLimits limits;
    api::AllowedOrigins addedOrigins; // the user's, on top of the built-in ones
};

// ActivityWatch's REST API over the datastore. The sockets live in a thread of their own, so a
// busy window never delays a watcher; writes go through Datastore's queue; reads run on a
// ReadPool after a read-your-writes barrier. Routes are registered in ApiRoutes.cpp through
// addRoute(); the helpers below are what a route needs.
class ApiServer final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ApiServer)

public:
    using Handler = std::function<void(const std::shared_ptr<ApiCall> &call)>;

    ApiServer(Datastore &store, QString databasePath, ApiOptions options, QObject *parent = nullptr);
    ~ApiServer() override;

    // Patterns are paths with "<name>" segments ("/api/0/buckets/<id>/events"); a trailing slash
    // is optional. Add routes before start().
    void addRoute(const QByteArray &method, const QString &pattern, Handler handler);

    // Binds and starts serving; false with a message (port in use, ...) otherwise.
    bool start(QString *error);
    // Closes every connection and waits for running reads. Idempotent.
    void stop();
    bool isListening() const { return m_listening; }
    quint16 port() const { return m_port; }
    const ApiOptions &options() const { return m_options; }
    Datastore &datastore() { return m_store; }

    // The user's origins (settings stint.api.cors and stint.api.corsRegex); any thread, applies to
    // the next request. Origins it lets in leave the refused list.
    void setAddedOrigins(api::AllowedOrigins origins);
    api::AllowedOrigins addedOrigins() const;
    // Origins refused lately (its signal comes from the server thread).
    RefusedOrigins &refusedOrigins() const { return *m_refused; }

    // ---- helpers for routes (call from the handler, i.e. the server thread) ----
    // Read-your-writes: runs `then` in the server thread once every write acknowledged so far is
    // committed; at once when nothing is pending. A failed commit answers 500.
    void afterWrites(const std::shared_ptr<ApiCall> &call, std::function<void()> then);
    // afterWrites, then `work` on a reading thread; its answer is sent.
    void read(const std::shared_ptr<ApiCall> &call, std::function<HttpResponse(EventReader &reader)> work);
    // The same with the reading thread's ReportEngine (activity, summaries; its caches persist).
    void readReports(const std::shared_ptr<ApiCall> &call, std::function<HttpResponse(ReportEngine &engine)> work);
    // A datastore reply that continues with `then(result)` in the server thread (dropped once
    // the server has stopped): one queued call, no future or watcher.
    template<typename T, typename Fn>
    Reply<T> inServerThread(Fn &&then)
    {
        return [link = m_link, then = std::forward<Fn>(then)](T result) {
            link->run([then, result = std::move(result)] { then(result); });
        };
    }
    // The answer for a failed write: 404 unknown bucket/event, 400 bad input, 500 otherwise.
    static HttpResponse writeError(const WriteResult &result);
    // What a write refused because the datastore holds as much unsaved data as it may asks for.
    static constexpr int kFullRetryAfterSeconds = 10;
    // Commits the barrier forced so far (for tests and the benchmark).
    quint64 barrierCommits() const { return m_barrierCommits.load(); }
    // Client connections open now (for tests).
    int openConnections() const { return m_openCount.load(); }

Q_SIGNALS:
    // A setting was changed or deleted through the API (key without the "settings." prefix).
    void settingChanged(const QString &key);

private:
    struct Route
    {
        QByteArray method;
        QStringList segments;
        QStringList argNames; // per segment: the name of a "<name>" segment, null for a literal one
        Handler handler;
    };

    void listen(bool *ok, QString *error); // server thread
    void dispatch(HttpConnection *connection, HttpRequest request);
    void accept(qintptr socket); // server thread
    // Drops the connection that has waited longest without being answered; false when every one
    // is being answered.
    bool dropLongestWaiting(); // server thread

    Datastore &m_store;
    QString m_databasePath;
    ApiOptions m_options;
    std::vector<Route> m_routes;
    QThread *m_thread = nullptr;
    QObject *m_context = nullptr; // lives in m_thread; parent of the listener and connections
    std::shared_ptr<ServerThreadLink> m_link;
    QTcpServer *m_tcp = nullptr;
    std::unique_ptr<ReadPool> m_reads;
    QList<HttpConnection *> m_open; // server thread
    std::atomic<int> m_openCount{0};
    bool m_listening = false;
    quint16 m_port = 0;
    std::atomic<quint64> m_barrierCommits{0};
    mutable QMutex m_originsMutex;
    std::shared_ptr<const api::AllowedOrigins> m_addedOrigins;
    RefusedOrigins *m_refused = nullptr;
};

} // namespace stint
