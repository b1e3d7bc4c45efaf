#include "api/SocketIo.h"

#include <winsock2.h>
#include <ws2tcpip.h>

#include <climits>

namespace stint::socketio {

void prepare(qintptr socket)
{
    u_long nonBlocking = 1;
    ::ioctlsocket(SOCKET(socket), FIONBIO, &nonBlocking);
    const BOOL one = TRUE;
    ::setsockopt(SOCKET(socket), IPPROTO_TCP, TCP_NODELAY, reinterpret_cast<const char *>(&one), sizeof one);
}

qint64 read(qintptr socket, char *data, qint64 size)
{
    const int n = ::recv(SOCKET(socket), data, int(qMin<qint64>(size, INT_MAX)), 0);
    if (n > 0)
        return n;
    if (n == 0)
        return kPeerClosed;
    return ::WSAGetLastError() == WSAEWOULDBLOCK ? 0 : -1;
}

qint64 write(qintptr socket, const char *data, qint64 size)
{
    const int n = ::send(SOCKET(socket), data, int(qMin<qint64>(size, INT_MAX)), 0);
    if (n >= 0)
        return n;
    return ::WSAGetLastError() == WSAEWOULDBLOCK ? 0 : -1;
}

void close(qintptr socket)
{
    ::closesocket(SOCKET(socket));
}

} // namespace stint::socketio
