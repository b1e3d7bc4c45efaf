#pragma once

class QString;

namespace stint {

class ApiServer;
struct HttpResponse;

// Every route of the HTTP API is registered here, in one place; the ApiServer constructor calls
// it. A new group of routes gets a register...Routes(ApiServer &) of its own, called from here.
void registerApiRoutes(ApiServer &server);
// Query, export and import (ApiIoRoutes.cpp).
void registerIoRoutes(ApiServer &server);

// The 404 for a bucket that does not exist, the same from every route.
HttpResponse noBucket(const QString &id);

} // namespace stint
