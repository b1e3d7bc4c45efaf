#pragma once

#include "watchers/WindowInfo.h"

#include <QString>
#include <QTest>

#include <optional>

// How QCOMPARE prints what a window backend reported.
namespace QTest {
template<>
inline char *toString(const std::optional<stint::WindowInfo> &info)
{
    if (!info)
        return qstrdup("nullopt");
    return qstrdup(QStringLiteral("{app \"%1\", title \"%2\"}").arg(info->app, info->title).toUtf8().constData());
}
} // namespace QTest
