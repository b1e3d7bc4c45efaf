#include "SwaySession.h"

#include "EndProcess.h"

#include <QDeadlineTimer>
#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QStandardPaths>
#include <QThread>

#include <algorithm>
#include <cerrno>

#include <fcntl.h>
#include <pwd.h>
#include <sys/stat.h>
#include <unistd.h>

using namespace Qt::StringLiterals;

namespace {

constexpr int kTimeoutMs = 10000;

bool isRoot()
{
    return ::geteuid() == 0;
}

// Depth-first search through sway's tree (nodes and floating_nodes).
std::optional<QJsonObject> findNode(const QJsonObject &node, const std::function<bool(const QJsonObject &)> &match)
{
    if (match(node))
        return node;
    for (const char *key : {"nodes", "floating_nodes"}) {
        for (const QJsonValue &child : node.value(QLatin1StringView(key)).toArray()) {
            if (auto found = findNode(child.toObject(), match))
                return found;
        }
    }
    return std::nullopt;
}

} // namespace

SwaySession::SwaySession() = default;

SwaySession::~SwaySession()
{
    stop();
}

QString SwaySession::missingPrograms()
{
    QStringList needed{u"sway"_s, u"swaymsg"_s, u"foot"_s, u"wtype"_s};
    if (isRoot())
        needed << u"setpriv"_s;
    QStringList missing;
    for (const QString &program : needed) {
        if (QStandardPaths::findExecutable(program).isEmpty())
            missing << program;
    }
    return missing.join(u", "_s);
}

QString SwaySession::runtimeDir() const
{
    return m_runtime.path();
}

QString SwaySession::waylandDisplay() const
{
    return m_socket;
}

QProcessEnvironment SwaySession::environment() const
{
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(u"XDG_RUNTIME_DIR"_s, runtimeDir());
    env.insert(u"WAYLAND_DISPLAY"_s, m_socket);
    env.insert(u"SWAYSOCK"_s, m_ipcSocket);
    env.remove(u"DISPLAY"_s);
    env.remove(u"XDG_CURRENT_DESKTOP"_s);
    env.remove(u"DBUS_SESSION_BUS_ADDRESS"_s);
    env.insert(u"LC_ALL"_s, u"C.UTF-8"_s);
    return env;
}

bool SwaySession::waitFor(const std::function<bool()> &condition)
{
    const QDeadlineTimer deadline(kTimeoutMs);
    while (!condition()) {
        if (deadline.hasExpired())
            return false;
        QThread::msleep(50);
    }
    return true;
}

bool SwaySession::start(QString *error)
{
    const auto fail = [&](const QString &message) {
        if (error)
            *error = message;
        stop();
        return false;
    };
    if (m_sway && m_sway->state() != QProcess::NotRunning)
        return true;
    if (!m_runtime.isValid())
        return fail(u"cannot create a runtime directory"_s);
    const QByteArray runtime = QFile::encodeName(m_runtime.path());
    QStringList command;
    if (isRoot()) {
        // sway refuses to run as root; the runtime directory must belong to the user it runs as.
        const passwd *nobody = ::getpwnam("nobody");
        if (!nobody)
            return fail(u"there is no user \"nobody\" to run sway as"_s);
        if (::chown(runtime.constData(), nobody->pw_uid, nobody->pw_gid) != 0)
            return fail(u"cannot hand the runtime directory to \"nobody\""_s);
        command << u"setpriv"_s << u"--reuid=%1"_s.arg(nobody->pw_uid) << u"--regid=%1"_s.arg(nobody->pw_gid)
                << u"--clear-groups"_s;
    }
    ::chmod(runtime.constData(), 0700);

    // No bar, no background program, no XWayland: only what the tests look at.
    const QString config = m_runtime.filePath(u"config"_s);
    QFile file(config);
    if (!file.open(QIODevice::WriteOnly) || file.write("xwayland disable\nfocus_follows_mouse no\n") < 0)
        return fail(u"cannot write the sway configuration"_s);
    file.close();
    QFile::setPermissions(config, QFile::ReadOwner | QFile::WriteOwner | QFile::ReadOther);

    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    for (const QString &name : {u"DISPLAY"_s, u"WAYLAND_DISPLAY"_s, u"SWAYSOCK"_s, u"DBUS_SESSION_BUS_ADDRESS"_s})
        env.remove(name);
    env.insert(u"XDG_RUNTIME_DIR"_s, m_runtime.path());
    env.insert(u"HOME"_s, m_runtime.path());
    env.insert(u"WLR_BACKENDS"_s, u"headless"_s);
    env.insert(u"WLR_LIBINPUT_NO_DEVICES"_s, u"1"_s);
    env.insert(u"WLR_RENDERER"_s, u"pixman"_s);
    m_sway = std::make_unique<QProcess>();
    m_sway->setProcessEnvironment(env);
    m_sway->setStandardOutputFile(QProcess::nullDevice());
    m_sway->setStandardErrorFile(m_runtime.filePath(u"sway.log"_s));
    command << u"sway"_s << u"-c"_s << config;
    m_sway->start(command.takeFirst(), command);
    if (!m_sway->waitForStarted(kTimeoutMs))
        return fail(u"sway did not start"_s);

    // sway says nothing when it is ready: wait for its two sockets, then for an IPC answer.
    const QDir dir(m_runtime.path());
    const bool ready = waitFor([&] {
        if (m_sway->state() == QProcess::NotRunning)
            return true;
        QStringList sockets;
        for (const QString &name : dir.entryList({u"wayland-*"_s}, QDir::System | QDir::Files)) {
            if (!name.endsWith(u".lock"_s))
                sockets << name;
        }
        const QStringList ipc = dir.entryList({u"sway-ipc.*.sock"_s}, QDir::System | QDir::Files);
        if (sockets.isEmpty() || ipc.isEmpty())
            return false;
        m_socket = dir.filePath(sockets.first());
        m_ipcSocket = dir.filePath(ipc.first());
        return swaymsg({u"-t"_s, u"get_version"_s});
    });
    if (!ready || m_sway->state() == QProcess::NotRunning) {
        QFile log(m_runtime.filePath(u"sway.log"_s));
        log.open(QIODevice::ReadOnly);
        return fail(u"sway did not become ready: %1"_s.arg(QString::fromLocal8Bit(log.readAll().right(600))));
    }
    return true;
}

void SwaySession::stop()
{
    for (Terminal &terminal : m_terminals)
        endProcess(*terminal.process);
    m_terminals.clear();
    if (m_sway)
        endProcess(*m_sway);
    m_sway.reset();
    // sway leaves no stale socket behind on a clean exit; a killed one might.
    const QDir dir(m_runtime.path());
    for (const QString &name : dir.entryList({u"wayland-*"_s, u"sway-ipc.*"_s}, QDir::System | QDir::Files))
        QFile::remove(dir.filePath(name));
    m_socket.clear();
    m_ipcSocket.clear();
}

bool SwaySession::swaymsg(const QStringList &arguments, QByteArray *output)
{
    QProcess process;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(u"SWAYSOCK"_s, m_ipcSocket);
    process.setProcessEnvironment(env);
    process.setStandardErrorFile(QProcess::nullDevice());
    process.start(u"swaymsg"_s, arguments);
    if (!process.waitForFinished(kTimeoutMs)) {
        endProcess(process);
        return false;
    }
    if (output)
        *output = process.readAllStandardOutput();
    return process.exitStatus() == QProcess::NormalExit && process.exitCode() == 0;
}

std::optional<QJsonObject> SwaySession::window(const QString &appId)
{
    QByteArray tree;
    if (!swaymsg({u"-r"_s, u"-t"_s, u"get_tree"_s}, &tree))
        return std::nullopt;
    return findNode(QJsonDocument::fromJson(tree).object(),
                    [&](const QJsonObject &node) { return node.value(u"app_id"_s).toString() == appId; });
}

bool SwaySession::spawnFoot(const QString &appId, const QString &title, QString *error)
{
    const QString fifo = m_runtime.filePath(u"title-"_s + appId);
    if (::mkfifo(QFile::encodeName(fifo).constData(), 0600) != 0 && errno != EEXIST) {
        if (error)
            *error = u"cannot create the fifo %1"_s.arg(fifo);
        return false;
    }
    Terminal terminal{appId, fifo, std::make_unique<QProcess>()};
    terminal.process->setProcessEnvironment(environment());
    terminal.process->setStandardOutputFile(QProcess::nullDevice());
    terminal.process->setStandardErrorFile(QProcess::nullDevice());
    // The shell holds the fifo open for reading and writing, so it never sees its end, and sets
    // the title to each line written into it.
    terminal.process->start(u"foot"_s,
                            {u"--app-id"_s, appId, u"--title"_s, title, u"--"_s, u"sh"_s, u"-c"_s,
                             u"exec 3<>\"$1\"; while IFS= read -r t <&3; do printf '\\033]2;%s\\007' \"$t\"; "
                             "done"_s,
                             u"sh"_s, fifo});
    if (!terminal.process->waitForStarted(kTimeoutMs)) {
        if (error)
            *error = u"foot did not start"_s;
        return false;
    }
    m_terminals.push_back(std::move(terminal));
    if (!waitFor([&] {
            const auto node = window(appId);
            return node && node->value(u"name"_s).toString() == title;
        })) {
        if (error)
            *error = u"the foot window %1 (\"%2\") did not appear"_s.arg(appId, title);
        return false;
    }
    return true;
}

bool SwaySession::focus(const QString &appId)
{
    return swaymsg({u"[app_id=\"%1\"] focus"_s.arg(appId)}) && waitFor([&] {
               const auto node = window(appId);
               return node && node->value(u"focused"_s).toBool();
           });
}

bool SwaySession::focusEmptyWorkspace()
{
    return swaymsg({u"workspace empty"_s});
}

bool SwaySession::retitle(const QString &appId, const QString &title)
{
    const auto terminal =
        std::find_if(m_terminals.begin(), m_terminals.end(), [&](const Terminal &t) { return t.appId == appId; });
    if (terminal == m_terminals.end())
        return false;
    const int fd = ::open(QFile::encodeName(terminal->fifo).constData(), O_WRONLY | O_NONBLOCK);
    if (fd < 0)
        return false;
    const QByteArray line = title.toUtf8() + '\n';
    const bool written = ::write(fd, line.constData(), size_t(line.size())) == line.size();
    ::close(fd);
    return written && waitFor([&] {
               const auto node = window(appId);
               return node && node->value(u"name"_s).toString() == title;
           });
}

bool SwaySession::close(const QString &appId)
{
    const auto terminal =
        std::find_if(m_terminals.begin(), m_terminals.end(), [&](const Terminal &t) { return t.appId == appId; });
    if (terminal == m_terminals.end())
        return false;
    endProcess(*terminal->process);
    m_terminals.erase(terminal);
    return waitFor([&] { return !window(appId).has_value(); });
}

bool SwaySession::pressKey()
{
    QProcess wtype;
    wtype.setProcessEnvironment(environment());
    wtype.setStandardErrorFile(QProcess::nullDevice());
    // Shift alone types nothing into the terminal.
    wtype.start(u"wtype"_s, {u"-k"_s, u"Shift_L"_s});
    if (!wtype.waitForFinished(kTimeoutMs)) {
        endProcess(wtype);
        return false;
    }
    return wtype.exitStatus() == QProcess::NormalExit && wtype.exitCode() == 0;
}
