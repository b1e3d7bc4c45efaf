#pragma once

// Moved to core (notifications and stint-cli use it too); kept here so the pages include it as before.
#include "util/DurationText.h"
