#include "AppIcon.h"

#include <QFileIconProvider>
#include <QFileInfo>
#include <QImageReader>

namespace stint {

QIcon AppIcon::generic()
{
    return QIcon::fromTheme(QStringLiteral("application-x-executable"), QIcon(QStringLiteral(":/icons/app.svg")));
}

QIcon AppIcon::of(const AppEntry &entry)
{
    QIcon icon;
    if (QFileInfo(entry.icon).isAbsolute()) {
        // An image Qt cannot read (an .icns without its plugin) falls through to the file's icon.
        if (QImageReader(entry.icon).canRead())
            icon = QIcon(entry.icon);
    } else if (!entry.icon.isEmpty() && QIcon::hasThemeIcon(entry.icon)) {
        icon = QIcon::fromTheme(entry.icon);
    }
    if (icon.isNull() && !entry.file.isEmpty() && QFileInfo::exists(entry.file))
        icon = QFileIconProvider().icon(QFileInfo(entry.file));
    return icon.isNull() ? generic() : icon;
}

} // namespace stint
