#include "sync/SyncthingProbe.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QStandardPaths>
#include <QUrlQuery>
#include <QXmlStreamReader>

namespace stint {
namespace {

constexpr int kTimeoutMs = 3000;

} // namespace

SyncthingProbe::SyncthingProbe(QObject *parent)
    : QObject(parent)
    , m_configFiles(defaultConfigFiles())
    , m_network(new QNetworkAccessManager(this))
{
}

QStringList SyncthingProbe::defaultConfigFiles()
{
    const QString home = QDir::homePath();
    QStringList files;
    const QString state = qEnvironmentVariable("XDG_STATE_HOME", home + QStringLiteral("/.local/state"));
    const QString config = qEnvironmentVariable("XDG_CONFIG_HOME", home + QStringLiteral("/.config"));
    files << state + QStringLiteral("/syncthing/config.xml") << config + QStringLiteral("/syncthing/config.xml")
          << home + QStringLiteral("/Library/Application Support/Syncthing/config.xml");
    const QString local = qEnvironmentVariable("LOCALAPPDATA");
    if (!local.isEmpty())
        files << local + QStringLiteral("/Syncthing/config.xml");
    return files;
}

QNetworkReply *SyncthingProbe::get(const QString &path)
{
    QNetworkRequest request(QUrl(m_base + path));
    request.setRawHeader("X-API-Key", m_key);
    request.setTransferTimeout(kTimeoutMs);
    return m_network->get(request);
}

void SyncthingProbe::probe(const QString &directory)
{
    const int generation = ++m_generation;
    m_result = {};
    m_directory = QDir::cleanPath(directory);
    QString address;
    QString key;
    bool tls = false;
    for (const QString &file : std::as_const(m_configFiles)) {
        QFile config(file);
        if (!config.open(QIODevice::ReadOnly))
            continue;
        m_result.configFound = true;
        QXmlStreamReader xml(&config);
        bool inGui = false;
        while (!xml.atEnd()) {
            xml.readNext();
            if (xml.isStartElement() && xml.name() == u"gui") {
                inGui = true;
                tls = xml.attributes().value(QStringLiteral("tls")) == u"true";
            } else if (xml.isEndElement() && xml.name() == u"gui") {
                inGui = false;
            } else if (inGui && xml.isStartElement() && xml.name() == u"address") {
                address = xml.readElementText();
            } else if (inGui && xml.isStartElement() && xml.name() == u"apikey") {
                key = xml.readElementText();
            }
        }
        break;
    }
    if (address.isEmpty())
        address = QStringLiteral("127.0.0.1:8384");
    m_result.address = address;
    m_base = (tls ? QStringLiteral("https://") : QStringLiteral("http://")) + address;
    m_key = key.toUtf8();

    QNetworkReply *ping = get(QStringLiteral("/rest/system/ping"));
    connect(ping, &QNetworkReply::finished, this, [this, ping, generation] {
        ping->deleteLater();
        if (generation != m_generation)
            return;
        m_result.running = ping->readAll().contains("pong");
        if (!m_result.running) {
            m_result.error = ping->errorString();
            return done();
        }
        QNetworkReply *folders = get(QStringLiteral("/rest/config/folders"));
        connect(folders, &QNetworkReply::finished, this, [this, folders, generation] {
            folders->deleteLater();
            if (generation != m_generation)
                return;
            for (const QJsonValue &folder : QJsonDocument::fromJson(folders->readAll()).array()) {
                QString path = folder.toObject().value(QStringLiteral("path")).toString();
                if (path.startsWith(u'~'))
                    path = QDir::homePath() + path.mid(1);
                if (QDir::cleanPath(path) == m_directory)
                    m_result.folderId = folder.toObject().value(QStringLiteral("id")).toString();
            }
            if (m_result.folderId.isEmpty())
                return done();
            QNetworkReply *status = get(QStringLiteral("/rest/db/status?folder=")
                                        + QString::fromLatin1(QUrl::toPercentEncoding(m_result.folderId)));
            connect(status, &QNetworkReply::finished, this, [this, status, generation] {
                status->deleteLater();
                if (generation != m_generation)
                    return;
                const QJsonObject object = QJsonDocument::fromJson(status->readAll()).object();
                m_result.folderState = object.value(QStringLiteral("state")).toString();
                m_result.needBytes = object.value(QStringLiteral("needBytes")).toInteger();
                done();
            });
        });
    });
}

void SyncthingProbe::done()
{
    Q_EMIT finished(m_result);
}

} // namespace stint
