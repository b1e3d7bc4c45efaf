#pragma once

#include <QJsonObject>
#include <QList>
#include <QObject>
#include <QPointer>
#include <QString>

#include <functional>
#include <memory>
#include <optional>

class QLocalServer;
class QLocalSocket;
class QLockFile;
class QTimer;

namespace stint {

// One Stint per user and database: the first one holds a lock file and listens on a local socket
// named after both; a later one finds the lock, asks the running one to show its window and
// leaves without opening the database. A lock left by a crashed Stint is taken over (QLockFile
// sees that its process is gone), and a left-over socket is removed only when nobody answers.
class SingleInstance final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SingleInstance)

public:
    enum class Role {
        Primary,   // this is the running instance now
        Secondary, // another one runs and was asked to show itself
        Failed,    // neither could be established; see the message
    };
    enum class Answer {
        WindowShown, // it showed its window
        NoWindow,    // it runs without one (--no-gui)
        Running,     // it was only asked whether it runs (setShowWindow(false))
    };

    explicit SingleInstance(const QString &databasePath, QObject *parent = nullptr);
    ~SingleInstance() override;

    // Claims the instance or hands over to the running one (waits up to `timeoutMs` for a
    // Stint that is still starting). `message` gets the error when Failed.
    Role start(QString *message, int timeoutMs = 10'000);
    // What the running instance answered (Secondary only).
    Answer answer() const { return m_answer; }
    // Whether a second start asks the running one to show its window (the default); a start at
    // login (--minimized) must not pop the window up.
    void setShowWindow(bool show) { m_showWindow = show; }

    // Called in the primary when another start asks; returns whether a window was shown.
    void setActivationHandler(std::function<bool()> handler) { m_handler = std::move(handler); }

    // Called in the primary when stint-cli asks for a sync; it calls `reply` (one line of text, any
    // thread) when the sync is done.
    using SyncHandler = std::function<void(std::function<void(const QByteArray &)> reply)>;
    void setSyncHandler(SyncHandler handler) { m_syncHandler = std::move(handler); }
    // Asks the Stint running on this database to sync now and waits for its answer (the line
    // given to the handler's reply, without the newline); nullopt when none answered in time.
    static std::optional<QByteArray> requestSync(const QString &databasePath, int timeoutMs);

    // Tells the Stint running on this database (if any) that its settings changed in the database,
    // so it reads them again; false when none answered.
    static bool notifySettingsChanged(const QString &databasePath, int timeoutMs = 5000);

    // Hands a request (one JSON object) to the Stint running on this database and waits for its
    // answer; nullopt when none runs, {"error": ...} when it did not answer in time. Interim
    // answers ({"progress": ...}) go to `progress` meanwhile.
    using Progress = std::function<void(const QJsonObject &)>;
    static std::optional<QJsonObject> sendRequest(const QString &databasePath, const QJsonObject &request,
                                                  int timeoutMs = 30'000, const Progress &progress = {});
    // In the primary: answers sendRequest(); `reply` may be called later, in this object's thread,
    // first with any number of interim answers ({"progress": ...}), then once with the answer.
    using RequestHandler = std::function<void(const QJsonObject &request, std::function<void(QJsonObject)> reply)>;
    // Requests that came before it was set are handed to it now.
    void setRequestHandler(RequestHandler handler);

    // stint-cli writing to the database itself because no Stint runs: holds the writer lock (one
    // such writer at a time; it tells a starting Stint to wait rather than give up) and the
    // instance lock (so no Stint opens the database meanwhile) until destroyed.
    class WriterLock final
    {
    public:
        ~WriterLock();

    private:
        friend class SingleInstance;
        WriterLock() = default;
        std::unique_ptr<QLockFile> m_writer;
        std::unique_ptr<QLockFile> m_instance;
    };
    enum class WriterLockState {
        Taken,        // this process may write
        WriterActive, // another stint-cli writes: try again later
        StintActive,  // a Stint holds the instance (running, or starting): hand the write to it
        Failed,       // a lock file cannot be made; see the message
    };
    static WriterLockState lockForWriting(const QString &databasePath, std::unique_ptr<WriterLock> *lock,
                                          QString *message);

    // The local socket and the lock files for a database (per user).
    static QString serverName(const QString &databasePath);
    static QString lockFilePath(const QString &databasePath);
    static QString writerLockFilePath(const QString &databasePath);

Q_SIGNALS:
    // Another start asked this one to show itself (after the handler ran).
    void activated();
    // Another program (stint-cli) changed settings in the database.
    void settingsChanged();

private:
    // Asks a running instance to show itself (or only whether it runs); false when nobody answers
    // in time.
    bool askRunning(int timeoutMs);
    bool listen(QString *message);
    // Whether a stint-cli holds the writer lock (so the instance lock's owner cannot answer).
    bool writerActive() const;
    void serve(QLocalSocket *socket);

    QString m_serverName;
    QString m_writerLockPath;
    std::unique_ptr<QLockFile> m_lock;
    QLocalServer *m_server = nullptr;
    std::function<bool()> m_handler;
    SyncHandler m_syncHandler;
    RequestHandler m_requestHandler;
    struct PendingRequest
    {
        QJsonObject body;
        std::function<void(QJsonObject)> reply;
        QPointer<QTimer> expiry; // the socket's; gone with it
    };
    QList<PendingRequest> m_pendingRequests;
    Answer m_answer = Answer::NoWindow;
    bool m_showWindow = true;
};

} // namespace stint
