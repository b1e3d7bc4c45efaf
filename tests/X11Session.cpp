#include "X11Session.h"

#include "EndProcess.h"

#include <QCoreApplication>
#include <QDeadlineTimer>
#include <QStandardPaths>
#include <QThread>

#include <cstdlib>
#include <xcb/xcb.h>

using namespace Qt::StringLiterals;

namespace {

constexpr int kTimeoutMs = 10000;

} // namespace

X11Session::X11Session() = default;

X11Session::~X11Session()
{
    stopServer();
}

QString X11Session::missingPrograms()
{
    QStringList missing;
    for (const QString &program : {u"Xvfb"_s, u"openbox"_s, u"xdotool"_s, u"xterm"_s}) {
        if (QStandardPaths::findExecutable(program).isEmpty())
            missing << program;
    }
    return missing.join(u", "_s);
}

bool X11Session::start(QString *error)
{
    return startServer(error) && startWindowManager(error);
}

QString X11Session::displayName() const
{
    return m_displayNumber < 0 ? QString() : u":%1"_s.arg(m_displayNumber);
}

QProcessEnvironment X11Session::environment() const
{
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(u"DISPLAY"_s, displayName());
    env.remove(u"WAYLAND_DISPLAY"_s);
    env.remove(u"XAUTHORITY"_s);
    env.insert(u"LC_ALL"_s, u"C.UTF-8"_s); // so xterm takes non-ASCII titles as UTF-8
    return env;
}

QProcessEnvironment X11Session::appEnvironment(const QString &home) const
{
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(u"DISPLAY"_s, displayName());
    env.remove(u"WAYLAND_DISPLAY"_s);
    env.remove(u"QT_QPA_PLATFORM"_s);
    env.insert(u"HOME"_s, home);
    env.insert(u"XDG_CONFIG_HOME"_s, home + u"/config"_s);
    env.insert(u"XDG_DATA_HOME"_s, home + u"/data"_s);
    return env;
}

bool X11Session::startServer(QString *error)
{
    if (m_server && m_server->state() != QProcess::NotRunning)
        return true;
    if (m_displayNumber < 0) {
        // First a number of this process's own, far above the low ones Xvfb picks by itself: while
        // this session's server is down (a test of a lost display), a session of a test running
        // beside it must not take the number and be taken for this one coming back.
        m_displayNumber = 100 + int(QCoreApplication::applicationPid() % 20000);
        if (startServer(nullptr))
            return true;
        m_displayNumber = -1; // taken: any free one
    }
    m_server = std::make_unique<QProcess>();
    m_server->setProcessChannelMode(QProcess::SeparateChannels);
    m_server->setStandardErrorFile(QProcess::nullDevice());
    // -displayfd: Xvfb writes the display number to stdout once it accepts connections; without
    // a number of ours it picks a free one.
    QStringList arguments{u"-displayfd"_s, u"1"_s, u"-screen"_s, u"0"_s, u"1280x800x24"_s, u"-nolisten"_s, u"tcp"_s};
    if (m_displayNumber >= 0)
        arguments.prepend(displayName());
    m_server->start(u"Xvfb"_s, arguments);
    QByteArray output;
    const QDeadlineTimer deadline(kTimeoutMs);
    while (!output.contains('\n') && !deadline.hasExpired() && m_server->state() != QProcess::NotRunning) {
        m_server->waitForReadyRead(100);
        output += m_server->readAllStandardOutput();
    }
    bool ok = false;
    const int number = output.trimmed().toInt(&ok);
    if (!ok) {
        if (error)
            *error = u"Xvfb did not start (display %1)"_s.arg(m_displayNumber >= 0 ? displayName() : u"any"_s);
        endProcess(*m_server);
        m_server.reset();
        return false;
    }
    m_displayNumber = number;
    return true;
}

bool X11Session::startWindowManager(QString *error)
{
    startHelper(u"openbox"_s, {u"--sm-disable"_s});
    if (!waitForWindowManager(kTimeoutMs)) {
        if (error)
            *error = u"openbox did not take over the display %1"_s.arg(displayName());
        return false;
    }
    return true;
}

bool X11Session::startTray(QString *error)
{
    QProcess *tray = startHelper(u"trayer"_s,
                                 {u"--SetDockType"_s, u"true"_s, u"--edge"_s, u"top"_s, u"--align"_s, u"right"_s,
                                  u"--widthtype"_s, u"request"_s});
    if (tray->state() != QProcess::Running) {
        if (error)
            *error = u"trayer did not start"_s;
        return false;
    }
    return true;
}

bool X11Session::waitForWindowManager(int timeoutMs)
{
    // An EWMH window manager announces itself with _NET_SUPPORTING_WM_CHECK on the root window.
    const QByteArray name = displayName().toLocal8Bit();
    int screen = 0;
    xcb_connection_t *c = xcb_connect(name.constData(), &screen);
    bool managed = false;
    if (!xcb_connection_has_error(c)) {
        const xcb_window_t root = xcb_setup_roots_iterator(xcb_get_setup(c)).data->root;
        const char atomName[] = "_NET_SUPPORTING_WM_CHECK";
        xcb_intern_atom_reply_t *atom =
            xcb_intern_atom_reply(c, xcb_intern_atom(c, 0, sizeof atomName - 1, atomName), nullptr);
        const QDeadlineTimer deadline(timeoutMs);
        while (atom && !managed && !deadline.hasExpired()) {
            xcb_get_property_reply_t *reply =
                xcb_get_property_reply(c, xcb_get_property(c, 0, root, atom->atom, XCB_ATOM_WINDOW, 0, 1), nullptr);
            managed = reply && xcb_get_property_value_length(reply) == 4;
            std::free(reply);
            if (!managed)
                QThread::msleep(50);
        }
        std::free(atom);
    }
    xcb_disconnect(c);
    return managed;
}

QProcess *X11Session::startHelper(const QString &program, const QStringList &arguments)
{
    auto process = std::make_unique<QProcess>();
    process->setProcessEnvironment(environment());
    process->setStandardOutputFile(QProcess::nullDevice());
    process->setStandardErrorFile(QProcess::nullDevice());
    process->start(program, arguments);
    process->waitForStarted(kTimeoutMs);
    m_helpers.push_back(std::move(process));
    return m_helpers.back().get();
}

void X11Session::stopHelpers()
{
    for (const std::unique_ptr<QProcess> &helper : m_helpers)
        endProcess(*helper);
    m_helpers.clear();
}

void X11Session::stopServer()
{
    if (m_server)
        endProcess(*m_server);
    m_server.reset();
    stopHelpers(); // they end with their display; this reaps them, or ends those that did not
}

bool X11Session::runXdotool(const QStringList &arguments, QByteArray *output)
{
    QProcess xdotool;
    xdotool.setProcessEnvironment(environment());
    xdotool.setStandardErrorFile(QProcess::nullDevice());
    xdotool.start(u"xdotool"_s, arguments);
    if (!xdotool.waitForFinished(kTimeoutMs)) {
        endProcess(xdotool);
        return false;
    }
    if (output)
        *output = xdotool.readAllStandardOutput();
    return xdotool.exitStatus() == QProcess::NormalExit && xdotool.exitCode() == 0;
}

std::optional<X11Session::Window> X11Session::spawnXterm(const QString &title, QString *error)
{
    QProcess *xterm = startHelper(u"xterm"_s, {u"-T"_s, title});
    if (xterm->state() != QProcess::Running) {
        if (error)
            *error = u"xterm did not start"_s;
        return std::nullopt;
    }
    // xterm puts its PID in _NET_WM_PID; --sync waits for the mapped window. xdotool exits on an
    // X error when some other window vanishes during its tree walk, so a failed search is retried.
    QByteArray output;
    bool found = false;
    for (int attempt = 0; attempt < 3 && !found; ++attempt)
        found = runXdotool(
            {u"search"_s, u"--sync"_s, u"--onlyvisible"_s, u"--pid"_s, QString::number(xterm->processId())}, &output);
    if (!found) {
        if (error)
            *error = u"the xterm window titled \"%1\" did not appear"_s.arg(title);
        return std::nullopt;
    }
    const QList<QByteArray> ids = output.trimmed().split('\n');
    bool ok = false;
    const quint32 id = ids.first().trimmed().toUInt(&ok);
    if (!ok) {
        if (error)
            *error = u"xdotool printed no window id for the xterm"_s;
        return std::nullopt;
    }
    return Window{xterm->processId(), id};
}

bool X11Session::activate(quint32 windowId)
{
    return runXdotool({u"windowactivate"_s, u"--sync"_s, QString::number(windowId)});
}

bool X11Session::retitle(quint32 windowId, const QString &title)
{
    return runXdotool({u"set_window"_s, u"--name"_s, title, QString::number(windowId)});
}

bool X11Session::moveMouse(int x, int y)
{
    return runXdotool({u"mousemove"_s, QString::number(x), QString::number(y)});
}
