#include "api/ApiRoutes.h"

#include "api/ApiServer.h"
#include "api/RefusedOrigins.h"
#include "settings/SettingCheck.h"
#include "settings/SettingKeys.h"
#include "storage/Datastore.h"
#include "storage/EventReader.h"
#include "util/Clock.h"
#include "util/English.h"

#include <QJsonArray>

namespace stint {

HttpResponse noBucket(const QString &id)
{
    return HttpResponse::error(404, english("there is no bucket '%1'").arg(id));
}

namespace {

using Call = std::shared_ptr<ApiCall>;

// An unknown bucket is a 404, a failing database a 500.
HttpResponse readFailure(EventReader &reader, const QString &bucketId)
{
    const auto exists = reader.bucketExists(bucketId);
    if (exists && !*exists)
        return noBucket(bucketId);
    return HttpResponse::error(500, english("reading the database failed: %1").arg(reader.error()));
}

bool readRange(const Call &call, EventReader::Range *range)
{
    if (!call->timeParam(QStringLiteral("start"), &range->start)
        || !call->timeParam(QStringLiteral("end"), &range->end))
        return false;
    if (range->start && range->end && *range->start > *range->end) {
        call->respondError(400, english("'start' is after 'end'"));
        return false;
    }
    return true;
}

void registerInfoRoutes(ApiServer &server)
{
    server.addRoute("GET", QStringLiteral("/api/0/info"), [&server](const Call &call) {
        QJsonObject info;
        info.insert(QStringLiteral("hostname"), server.options().hostname);
        info.insert(QStringLiteral("version"), QStringLiteral("v" STINT_VERSION " (stint)"));
        info.insert(QStringLiteral("testing"), server.options().testing);
        info.insert(QStringLiteral("device_id"), server.options().deviceId);
        call->respond(HttpResponse::json(info));
    });
}

void registerBucketRoutes(ApiServer &server)
{
    server.addRoute("GET", QStringLiteral("/api/0/buckets/"), [&server](const Call &call) {
        server.read(call, [](EventReader &reader) {
            const auto buckets = reader.buckets();
            if (!buckets)
                return HttpResponse::error(500, english("reading the database failed: %1").arg(reader.error()));
            QJsonObject all;
            for (const Bucket &bucket : *buckets)
                all.insert(bucket.id, bucket.toJson());
            return HttpResponse::json(all);
        });
    });

    server.addRoute("GET", QStringLiteral("/api/0/buckets/<id>"), [&server](const Call &call) {
        server.read(call, [id = call->arg(QStringLiteral("id"))](EventReader &reader) {
            const auto bucket = reader.bucket(id);
            return bucket ? HttpResponse::json(bucket->toJson()) : readFailure(reader, id);
        });
    });

    server.addRoute("POST", QStringLiteral("/api/0/buckets/<id>"), [&server](const Call &call) {
        const auto body = call->jsonObjectBody();
        if (!body)
            return;
        QString error;
        auto bucket = Bucket::fromJson(call->arg(QStringLiteral("id")), *body, &error);
        if (!bucket) {
            call->respondError(400, error);
            return;
        }
        // ActivityWatch's clients say "!local" for "the host this server runs on".
        if (bucket->hostname == u"!local") {
            bucket->hostname = server.options().hostname;
            bucket->data.insert(QStringLiteral("device_id"), server.options().deviceId);
        }
        if (bucket->created == 0)
            bucket->created = (server.options().clock ? server.options().clock : Clock::system())->nowNanos();
        server.datastore().createBucket(*bucket, server.inServerThread<WriteResult>([call](const WriteResult &result) {
            if (result.error == StoreError::AlreadyExists)
                call->respond(HttpResponse::empty(304));
            else
                call->respond(result.ok() ? HttpResponse::empty(200) : ApiServer::writeError(result));
        }));
    });

    server.addRoute("DELETE", QStringLiteral("/api/0/buckets/<id>"), [&server](const Call &call) {
        // As ActivityWatch: a bucket's whole history goes only in testing mode or when asked twice.
        const QString force = call->param(QStringLiteral("force"));
        if (!server.options().testing && force != u"1" && force != u"true") {
            call->respondError(401, english("deleting a bucket needs ?force=1 (or a server in testing mode)"));
            return;
        }
        server.datastore().deleteBucket(
            call->arg(QStringLiteral("id")), server.inServerThread<WriteResult>([call](const WriteResult &result) {
                call->respond(result.ok() ? HttpResponse::empty(200) : ApiServer::writeError(result));
            }));
    });
}

void registerEventRoutes(ApiServer &server)
{
    server.addRoute("GET", QStringLiteral("/api/0/buckets/<id>/events"), [&server](const Call &call) {
        EventReader::Range range;
        std::optional<qint64> limit;
        if (!readRange(call, &range) || !call->integerParam(QStringLiteral("limit"), -1, &limit))
            return;
        const int rows = !limit || *limit < 0 ? -1 : int(std::min<qint64>(*limit, std::numeric_limits<int>::max()));
        server.read(call, [id = call->arg(QStringLiteral("id")), range, rows](EventReader &reader) {
            const auto events = reader.events(id, range, rows);
            if (!events)
                return readFailure(reader, id);
            QJsonArray list;
            for (const Event &event : *events)
                list.append(event.toJson());
            return HttpResponse::json(list);
        });
    });

    server.addRoute("POST", QStringLiteral("/api/0/buckets/<id>/events"), [&server](const Call &call) {
        const auto body = call->jsonBody();
        if (!body)
            return;
        if (!body->isArray() && !body->isObject()) {
            call->respondError(400, english("the body must be an event or a list of events"));
            return;
        }
        const QJsonArray items = body->isArray() ? body->toArray() : QJsonArray{*body};
        EventList events;
        events.reserve(items.size());
        for (qsizetype i = 0; i < items.size(); ++i) {
            QString error;
            const auto event = items[i].isObject() ? Event::fromJson(items[i].toObject(), &error) : std::nullopt;
            if (!event) {
                call->respondError(
                    400,
                    english("event %1: %2").arg(i).arg(items[i].isObject() ? error : english("must be a JSON object")));
                return;
            }
            events.append(*event);
        }
        server.datastore().insertEvents(call->arg(QStringLiteral("id")), events,
                                        server.inServerThread<WriteResult>([call](const WriteResult &result) {
                                            if (!result.ok()) {
                                                call->respond(ApiServer::writeError(result));
                                                return;
                                            }
                                            QJsonArray stored;
                                            for (const Event &event : result.events)
                                                stored.append(event.toJson());
                                            call->respond(HttpResponse::json(stored));
                                        }));
    });

    server.addRoute("POST", QStringLiteral("/api/0/buckets/<id>/heartbeat"), [&server](const Call &call) {
        std::optional<double> pulsetime;
        if (!call->numberParam(QStringLiteral("pulsetime"), &pulsetime))
            return;
        if (!pulsetime) {
            call->respondError(400, english("the query parameter 'pulsetime' (seconds) is required"));
            return;
        }
        if (*pulsetime < 0) {
            call->respondError(400, english("'pulsetime' must not be negative"));
            return;
        }
        const auto body = call->jsonObjectBody();
        if (!body)
            return;
        QString error;
        const auto event = Event::fromJson(*body, &error);
        if (!event) {
            call->respondError(400, error);
            return;
        }
        // Answered from the worker's thread: respond() writes it onto the socket from there.
        server.datastore().heartbeatWithReply(
            call->arg(QStringLiteral("id")), *event, *pulsetime,
            [call](const WriteResult &result) {
                if (!result.ok() || result.events.isEmpty())
                    call->respond(ApiServer::writeError(result));
                else
                    call->respond(HttpResponse::jsonText(result.events.first().toCompactJson(result.dataText)));
            },
            Datastore::Wake::Deferred);
        call->releaseRequest();
    });

    server.addRoute("GET", QStringLiteral("/api/0/buckets/<id>/events/count"), [&server](const Call &call) {
        EventReader::Range range;
        if (!readRange(call, &range))
            return;
        server.read(call, [id = call->arg(QStringLiteral("id")), range](EventReader &reader) {
            const auto count = reader.eventCount(id, range);
            return count ? HttpResponse::json(double(*count)) : readFailure(reader, id);
        });
    });

    auto eventId = [](const Call &call) -> std::optional<qint64> {
        bool ok = false;
        const qint64 id = call->arg(QStringLiteral("event_id")).toLongLong(&ok);
        if (!ok || id <= 0) {
            call->respondError(
                400,
                english("an event id is a positive integer, not \"%1\"").arg(call->arg(QStringLiteral("event_id"))));
            return std::nullopt;
        }
        return id;
    };

    server.addRoute(
        "GET", QStringLiteral("/api/0/buckets/<id>/events/<event_id>"), [&server, eventId](const Call &call) {
            const auto id = eventId(call);
            if (!id)
                return;
            server.read(call, [bucket = call->arg(QStringLiteral("id")), id = *id](EventReader &reader) {
                const auto event = reader.event(bucket, id);
                if (!event)
                    return readFailure(reader, bucket);
                if (!*event)
                    return HttpResponse::error(404, english("bucket '%1' has no event %2").arg(bucket).arg(id));
                return HttpResponse::json((*event)->toJson());
            });
        });

    server.addRoute("DELETE", QStringLiteral("/api/0/buckets/<id>/events/<event_id>"),
                    [&server, eventId](const Call &call) {
                        const auto id = eventId(call);
                        if (!id)
                            return;
                        server.datastore().deleteEvents(
                            call->arg(QStringLiteral("id")), {*id},
                            server.inServerThread<WriteResult>([call](const WriteResult &result) {
                                call->respond(result.ok() ? HttpResponse::empty(200) : ApiServer::writeError(result));
                            }));
                    });
}

// ActivityWatch's limit on a setting's name.
constexpr qsizetype kMaxSettingKeyLength = 127;

bool checkSettingKey(const Call &call)
{
    const QString key = call->arg(QStringLiteral("key"));
    if (key.isEmpty() || key.size() > kMaxSettingKeyLength) {
        call->respondError(400, english("a setting's name has 1 to %1 characters").arg(kMaxSettingKeyLength));
        return false;
    }
    return true;
}

// The user's origins with one of their two settings replaced; nullopt with the message naming
// the setting when the value cannot be used. Other keys: the origins unchanged.
std::optional<api::AllowedOrigins> originsWith(const api::AllowedOrigins &current, const QString &key,
                                               const QJsonValue &value, QString *error)
{
    const bool exact = key == settings::kApiCors;
    const bool patterns = key == settings::kApiCorsRegex;
    return api::AllowedOrigins::fromSettings(exact ? value : QJsonArray::fromStringList(current.exact()),
                                             patterns ? value : QJsonArray::fromStringList(current.patterns()), error);
}

void registerSettingsRoutes(ApiServer &server)
{
    server.addRoute("GET", QStringLiteral("/api/0/settings/"), [&server](const Call &call) {
        server.read(call, [](EventReader &reader) {
            const auto all = reader.settings(settings::storageKey(u""));
            return all ? HttpResponse::json(*all)
                       : HttpResponse::error(500, english("reading the settings failed: %1").arg(reader.error()));
        });
    });

    server.addRoute("GET", QStringLiteral("/api/0/settings/<key>"), [&server](const Call &call) {
        if (!checkSettingKey(call))
            return;
        server.read(call, [key = call->arg(QStringLiteral("key"))](EventReader &reader) {
            const auto value = reader.setting(settings::storageKey(key));
            return value ? HttpResponse::json(*value)
                         : HttpResponse::error(500, english("reading the setting failed: %1").arg(reader.error()));
        });
    });

    auto store = [&server](const Call &call, const QJsonValue &value) {
        if (!checkSettingKey(call))
            return;
        const QString key = call->arg(QStringLiteral("key"));
        // The API's own origins are checked before they are stored and apply before the answer.
        const bool origins = key == settings::kApiCors || key == settings::kApiCorsRegex;
        QString error;
        // A value Stint could not read (aw-webui's categories with a bad regex, a stint.* setting of
        // the wrong shape) is refused untouched.
        if (!SettingCheck::accepts(key, value, &error)
            || (origins && !originsWith(server.addedOrigins(), key, value, &error))) {
            call->respondError(400, error);
            return;
        }
        server.datastore().setSetting(
            settings::storageKey(key), value,
            server.inServerThread<WriteResult>([&server, call, key, value, origins](const WriteResult &result) {
                if (!result.ok()) {
                    call->respond(ApiServer::writeError(result));
                    return;
                }
                if (origins) {
                    if (auto added = originsWith(server.addedOrigins(), key, value, nullptr))
                        server.setAddedOrigins(std::move(*added));
                }
                call->respond(HttpResponse::empty(200));
                Q_EMIT server.settingChanged(key);
            }));
    };

    server.addRoute("POST", QStringLiteral("/api/0/settings/<key>"), [store](const Call &call) {
        const auto value = call->jsonBody();
        if (value)
            store(call, *value);
    });

    server.addRoute("DELETE", QStringLiteral("/api/0/settings/<key>"),
                    [store](const Call &call) { store(call, QJsonValue(QJsonValue::Null)); });
}

// Stint's own: the origins let in and those refused lately (which browser extension knocks).
void registerOriginRoutes(ApiServer &server)
{
    server.addRoute("GET", QStringLiteral("/api/0/origins"), [&server](const Call &call) {
        const api::AllowedOrigins added = server.addedOrigins();
        call->respond(HttpResponse::json(QJsonObject{
            {QStringLiteral("builtin"),
             QJsonArray::fromStringList(api::AllowedOrigins::builtIn(server.port(), server.options().testing))},
            {QStringLiteral("cors"), QJsonArray::fromStringList(added.exact())},
            {QStringLiteral("cors_regex"), QJsonArray::fromStringList(added.patterns())},
            {QStringLiteral("refused"), server.refusedOrigins().toJson()}}));
    });
}

} // namespace

void registerApiRoutes(ApiServer &server)
{
    registerInfoRoutes(server);
    registerOriginRoutes(server);
    registerBucketRoutes(server);
    registerEventRoutes(server);
    registerSettingsRoutes(server);
    registerIoRoutes(server);
}

} // namespace stint
