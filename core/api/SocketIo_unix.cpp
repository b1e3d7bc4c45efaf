#include "api/SocketIo.h"

#include <cerrno>
#include <fcntl.h>
#include <netinet/in.h>
#include <netinet/tcp.h>
#include <sys/socket.h>
#include <unistd.h>

namespace stint::socketio {
namespace {

#ifdef MSG_NOSIGNAL
constexpr int kSendFlags = MSG_NOSIGNAL; // a closed peer is an error here, not SIGPIPE
#else
constexpr int kSendFlags = 0; // macOS: Qt's accepted sockets carry SO_NOSIGPIPE
#endif

bool wouldBlock()
{
    return errno == EAGAIN || errno == EWOULDBLOCK;
}

} // namespace

void prepare(qintptr socket)
{
    const int fd = int(socket);
    const int flags = ::fcntl(fd, F_GETFL);
    if (flags >= 0 && !(flags & O_NONBLOCK))
        ::fcntl(fd, F_SETFL, flags | O_NONBLOCK);
    const int one = 1;
    ::setsockopt(fd, IPPROTO_TCP, TCP_NODELAY, &one, sizeof one);
#ifdef SO_NOSIGPIPE
    ::setsockopt(fd, SOL_SOCKET, SO_NOSIGPIPE, &one, sizeof one);
#endif
}

qint64 read(qintptr socket, char *data, qint64 size)
{
    for (;;) {
        const ssize_t n = ::recv(int(socket), data, size_t(size), 0);
        if (n > 0)
            return n;
        if (n == 0)
            return kPeerClosed;
        if (errno == EINTR)
            continue;
        return wouldBlock() ? 0 : -1;
    }
}

qint64 write(qintptr socket, const char *data, qint64 size)
{
    for (;;) {
        const ssize_t n = ::send(int(socket), data, size_t(size), kSendFlags);
        if (n >= 0)
            return n;
        if (errno == EINTR)
            continue;
        return wouldBlock() ? 0 : -1;
    }
}

void close(qintptr socket)
{
    ::close(int(socket));
}

} // namespace stint::socketio
