#pragma once

#include <QObject>
#include <QtGlobal>

class QThread;
class QTcpServer;

namespace stint::bench {

// The baseline of `stint-bench http`: the least an HTTP server on Qt's sockets can do. One
// thread with an event loop, as Stint's server has, answers every request with a fixed 200 and a
// heartbeat-sized JSON body: no parsing beyond finding the request's end, no routing, no storage.
// Stint's rate divided by this one, measured in the same run, is what Stint's own work costs.
class BaselineHttpServer final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(BaselineHttpServer)

public:
    BaselineHttpServer();
    ~BaselineHttpServer() override;

    // Listens on a free loopback port; 0 on failure.
    quint16 start();

private:
    QThread *m_thread = nullptr;
    QTcpServer *m_server = nullptr; // lives in m_thread
};

} // namespace stint::bench
