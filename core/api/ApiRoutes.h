#pragma once

namespace stint {

class ApiServer;

// Every route of the HTTP API is registered here, in one place; the ApiServer constructor calls
// it. A new group of routes gets a register...Routes(ApiServer &) of its own, called from here.
void registerApiRoutes(ApiServer &server);
// Query, export and import (ApiIoRoutes.cpp).
void registerIoRoutes(ApiServer &server);

} // namespace stint
