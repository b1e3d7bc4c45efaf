#include "util/Logging.h"

Q_LOGGING_CATEGORY(lcStore, "stint.store", QtInfoMsg)
Q_LOGGING_CATEGORY(lcRead, "stint.read", QtInfoMsg)
Q_LOGGING_CATEGORY(lcApp, "stint.app", QtInfoMsg)
Q_LOGGING_CATEGORY(lcWatch, "stint.watch", QtInfoMsg)
