#pragma once

#include <QObject>
#include <QString>
#include <QStringList>

class QNetworkAccessManager;
class QNetworkReply;

namespace stint {

// Asks a Syncthing on this computer (read-only, never changing its configuration) whether it runs
// and, when the sync folder is shared there, that folder's state. The REST address and API key
// come from its config.xml in the usual places; every request is asynchronous.
class SyncthingProbe final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SyncthingProbe)

public:
    struct Result
    {
        bool configFound = false;
        bool running = false;
        QString address;     // e.g. 127.0.0.1:8384
        QString folderId;    // empty when the folder is not shared there
        QString folderState; // Syncthing's word: idle, scanning, syncing, ...
        qint64 needBytes = 0;
        QString error;
    };

    explicit SyncthingProbe(QObject *parent = nullptr);

    // config.xml files tried in order (the defaults of Syncthing on each system); for tests.
    void setConfigFiles(QStringList files) { m_configFiles = std::move(files); }
    static QStringList defaultConfigFiles();

    // Starts a probe for `directory`; finished() follows.
    void probe(const QString &directory);

Q_SIGNALS:
    void finished(const stint::SyncthingProbe::Result &result);

private:
    QNetworkReply *get(const QString &path);
    void done();

    QStringList m_configFiles;
    QNetworkAccessManager *m_network = nullptr;
    QString m_base;
    QByteArray m_key;
    QString m_directory;
    Result m_result;
    int m_generation = 0; // a newer probe makes the answers of older ones void
};

} // namespace stint
