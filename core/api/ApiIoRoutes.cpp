// The routes that run the query language and move data in and out: POST /api/0/query/,
// GET /api/0/export, GET /api/0/buckets/<id>/export, POST /api/0/import.
#include "api/ApiRoutes.h"

#include "api/ApiServer.h"
#include "io/AwExporter.h"
#include "io/AwImporter.h"
#include "query/QueryEngine.h"
#include "storage/EventReader.h"
#include "util/English.h"

#include <QBuffer>
#include <QRegularExpression>

namespace stint {
namespace {

using Call = std::shared_ptr<ApiCall>;

HttpResponse exportOf(EventReader &reader, const QStringList &bucketIds)
{
    AwExporter exporter(reader);
    QBuffer buffer;
    buffer.open(QIODevice::WriteOnly);
    QString error;
    if (!exporter.write(buffer, {bucketIds, {}, {}}, &error)) {
        if (bucketIds.size() == 1 && reader.bucketExists(bucketIds.first()) == std::optional<bool>(false))
            return noBucket(bucketIds.first());
        return HttpResponse::error(500, error);
    }
    return HttpResponse::jsonText(buffer.data());
}

// The part named `name` of a multipart/form-data body (aw-webui uploads the file as "buckets").
std::optional<QByteArray> multipartField(const QByteArray &body, const QByteArray &contentType, const QByteArray &name)
{
    static const QRegularExpression boundaryPattern(QStringLiteral("boundary=\"?([^\";]+)\"?"),
                                                    QRegularExpression::CaseInsensitiveOption);
    const auto match = boundaryPattern.match(QString::fromLatin1(contentType));
    if (!match.hasMatch())
        return std::nullopt;
    const QByteArray delimiter = "--" + match.captured(1).toLatin1();
    static const QRegularExpression namePattern(QStringLiteral("name=\"([^\"]*)\""),
                                                QRegularExpression::CaseInsensitiveOption);
    qsizetype at = body.indexOf(delimiter);
    while (at >= 0) {
        const qsizetype headersStart = at + delimiter.size() + 2; // past "\r\n"
        const qsizetype headersEnd = body.indexOf("\r\n\r\n", headersStart);
        const qsizetype next = body.indexOf(QByteArray("\r\n" + delimiter), headersStart);
        if (headersEnd < 0 || next < 0 || headersEnd > next)
            return std::nullopt;
        const QString headers = QString::fromUtf8(body.mid(headersStart, headersEnd - headersStart));
        if (namePattern.match(headers).captured(1).toUtf8() == name)
            return body.mid(headersEnd + 4, next - headersEnd - 4);
        at = next + 2;
    }
    return std::nullopt;
}

} // namespace

void registerIoRoutes(ApiServer &server)
{
    server.addRoute("POST", QStringLiteral("/api/0/query/"), [&server](const Call &call) {
        const auto body = call->jsonObjectBody();
        if (!body)
            return;
        server.read(call, [body = *body](EventReader &reader) {
            QueryEngine engine(reader);
            query::QueryError error;
            const auto results = engine.runRequest(body, &error);
            if (results)
                return HttpResponse::json(*results);
            const int status = error.kind == query::QueryError::Kind::NotFound ? 404
                : error.kind == query::QueryError::Kind::Storage               ? 500
                                                                               : 400;
            return HttpResponse::error(status, error.toString());
        });
    });

    server.addRoute("GET", QStringLiteral("/api/0/export"), [&server](const Call &call) {
        server.read(call, [](EventReader &reader) { return exportOf(reader, {}); });
    });

    server.addRoute("GET", QStringLiteral("/api/0/buckets/<id>/export"), [&server](const Call &call) {
        server.read(call,
                    [id = call->arg(QStringLiteral("id"))](EventReader &reader) { return exportOf(reader, {id}); });
    });

    // The import waits for each batch it stores, so it runs on a reading thread (whose reader
    // also finds the duplicates), never in the server thread.
    server.addRoute("POST", QStringLiteral("/api/0/import"), [&server](const Call &call) {
        QByteArray json = call->request().body;
        const QByteArray contentType = call->request().header("content-type");
        if (contentType.startsWith("multipart/form-data")) {
            const auto field = multipartField(json, contentType, "buckets");
            if (!field) {
                call->respondError(400, english("the form has no field \"buckets\" holding an ActivityWatch export"));
                return;
            }
            json = *field;
        }
        if (json.trimmed().isEmpty()) {
            call->respondError(400, english("the request body is empty; an ActivityWatch export was expected"));
            return;
        }
        server.read(call, [&server, json](EventReader &reader) {
            AwImporter importer(server.datastore(), reader);
            const ImportReport report = importer.importJson(json);
            QJsonObject answer = report.toJson();
            if (report.ok())
                return HttpResponse::json(answer);
            answer.insert(QStringLiteral("message"), report.error);
            return HttpResponse::json(answer, 400);
        });
    });
}

} // namespace stint
