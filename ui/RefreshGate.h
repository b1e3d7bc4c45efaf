#pragma once

// Moved to core; kept here so the pages include it as before.
#include "util/RefreshGate.h"
