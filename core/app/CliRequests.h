#pragma once

#include <QJsonObject>
#include <QJsonValue>
#include <QObject>
#include <QString>
#include <QStringView>
#include <QThreadPool>

#include <functional>

namespace stint {

class Datastore;
struct ImportReport;

// What stint-cli hands to the running Stint over the single-instance socket, so that while Stint
// runs its datastore stays the only writer: timers and entries (ManualTime's requests), an import
// ({"import": absolute file path}, answered with the ImportReport's JSON and its "text") and a
// setting ({"setting": name, "value": value}, answered {}). Every answer comes after the commit;
// {"error": ...} when something failed. A long import also answers {"progress": events read}
// on the way.
class CliRequests final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(CliRequests)

public:
    CliRequests(Datastore &store, QString databasePath, QString hostname, QObject *parent = nullptr);
    // Waits for an import that still runs: it uses the datastore.
    ~CliRequests() override;

    // `reply` runs in this object's thread.
    void handle(const QJsonObject &request, std::function<void(QJsonObject)> reply);

    // An import tells how far it got every so many events.
    static constexpr qint64 kProgressEvents = 100'000;

    static QJsonObject importRequest(const QString &file);
    // The answer to an import: the report's JSON and its "text" for people.
    static QJsonObject importAnswer(const ImportReport &report);
    static QJsonObject settingRequest(QStringView name, const QJsonValue &value);

private:
    void importFile(const QString &file, std::function<void(QJsonObject)> reply);
    void storeSetting(const QString &name, const QJsonValue &value, std::function<void(QJsonObject)> reply);

    Datastore &m_store;
    QString m_databasePath;
    QString m_hostname;
    // Imports wait on each batch, so they run here, one at a time (two at once could both miss
    // each other's uncommitted events and store them twice).
    QThreadPool m_imports;
};

} // namespace stint
