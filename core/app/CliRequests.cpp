#include "app/CliRequests.h"

#include "io/AwImporter.h"
#include "manual/ManualTime.h"
#include "settings/SettingCheck.h"
#include "settings/SettingKeys.h"
#include "storage/Datastore.h"
#include "storage/EventReader.h"

#include <QCoreApplication>
#include <QFileInfo>

using namespace Qt::StringLiterals;

namespace stint {
namespace {

const QString kImport = u"import"_s;
const QString kSetting = u"setting"_s;
const QString kValue = u"value"_s;
const QString kError = u"error"_s;
const QString kProgress = u"progress"_s;

} // namespace

CliRequests::CliRequests(Datastore &store, QString databasePath, QString hostname, QObject *parent)
    : QObject(parent)
    , m_store(store)
    , m_databasePath(std::move(databasePath))
    , m_hostname(std::move(hostname))
{
    m_imports.setMaxThreadCount(1);
}

CliRequests::~CliRequests()
{
    m_imports.waitForDone();
}

QJsonObject CliRequests::importRequest(const QString &file)
{
    return {{kImport, QFileInfo(file).absoluteFilePath()}};
}

QJsonObject CliRequests::importAnswer(const ImportReport &report)
{
    QJsonObject answer = report.toJson();
    answer.insert(u"text"_s, report.text());
    return answer;
}

QJsonObject CliRequests::settingRequest(QStringView name, const QJsonValue &value)
{
    return {{kSetting, name.toString()}, {kValue, value}};
}

void CliRequests::handle(const QJsonObject &request, std::function<void(QJsonObject)> reply)
{
    if (request.value(kImport).isString())
        importFile(request.value(kImport).toString(), std::move(reply));
    else if (request.value(kSetting).isString())
        storeSetting(request.value(kSetting).toString(), request.value(kValue), std::move(reply));
    else
        ManualTime::handle(m_store, m_hostname, request, this, std::move(reply));
}

void CliRequests::importFile(const QString &file, std::function<void(QJsonObject)> reply)
{
    m_imports.start([this, file, reply = std::move(reply)] {
        // This thread's own reader finds the events already stored.
        QJsonObject answer;
        {
            EventReader reader(m_databasePath);
            ImportReport report;
            if (reader.isOpen()) {
                AwImporter importer(m_store, reader);
                qint64 told = 0;
                importer.setProgress([this, reply, &told](qint64 handled) {
                    if (handled - told < kProgressEvents)
                        return;
                    told = handled;
                    QMetaObject::invokeMethod(this, [reply, handled] { reply({{kProgress, handled}}); });
                });
                report = importer.importFile(file);
            } else
                report.error = reader.error();
            answer = importAnswer(report);
        }
        // Dropped if this object is gone by then (Stint quits).
        QMetaObject::invokeMethod(this, [reply, answer] { reply(answer); });
    });
}

void CliRequests::storeSetting(const QString &name, const QJsonValue &value, std::function<void(QJsonObject)> reply)
{
    QString error;
    if (!SettingCheck::accepts(name, value, &error)) {
        reply({{kError, error}});
        return;
    }
    m_store.setSetting(settings::storageKey(name), value).then(this, [this, reply](const WriteResult &written) {
        if (!written.ok()) {
            reply({{kError, written.message}});
            return;
        }
        m_store.forceCommit().then(this, [reply](const CommitResult &commit) {
            reply(commit.ok() ? QJsonObject{} : QJsonObject{{kError, commit.error}});
        });
    });
}

} // namespace stint
