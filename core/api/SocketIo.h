#pragma once

#include <QtGlobal>

namespace stint::socketio {

// Plain reads and writes on a connected TCP socket that QTcpServer accepted, one implementation
// per platform. The HTTP server drives them from its own QSocketNotifiers: a QTcpSocket asks the
// kernel how much there is before each read and turns its write notifier on and off around every
// answer, which cost more than parsing and routing a heartbeat.

// Makes the socket non-blocking and turns Nagle off (small answers on kept-alive connections).
void prepare(qintptr socket);
// read()'s answer when the peer has closed its side: it sends nothing more, but may still wait
// for answers to what it sent (a half-close).
constexpr qint64 kPeerClosed = -2;
// Bytes read into `data`; 0 when nothing is there now; kPeerClosed; -1 when the socket failed.
qint64 read(qintptr socket, char *data, qint64 size);
// Bytes written (0 when the socket cannot take more now); -1 when the socket failed.
qint64 write(qintptr socket, const char *data, qint64 size);
void close(qintptr socket);

} // namespace stint::socketio
