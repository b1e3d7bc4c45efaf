#include "integration/XdgAppDirectory.h"

#include "integration/DesktopEntryExec.h"

#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QFileInfo>
#include <QLocale>
#include <QSet>

namespace stint {

namespace {

// A string value of a desktop entry with its escapes (\s \n \t \r \\) resolved.
QString unescape(QStringView value)
{
    QString text;
    text.reserve(value.size());
    for (qsizetype i = 0; i < value.size(); ++i) {
        if (value.at(i) != u'\\' || i + 1 == value.size()) {
            text.append(value.at(i));
            continue;
        }
        const QChar next = value.at(++i);
        switch (next.unicode()) {
        case u's':
            text.append(u' ');
            break;
        case u'n':
            text.append(u'\n');
            break;
        case u't':
            text.append(u'\t');
            break;
        case u'r':
            text.append(u'\r');
            break;
        default:
            text.append(next);
            break;
        }
    }
    return text;
}

// The keys of the [Desktop Entry] group with their raw values.
QHash<QString, QString> desktopEntryGroup(const QString &path)
{
    QHash<QString, QString> values;
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return values;
    bool inGroup = false;
    while (!file.atEnd()) {
        const QString line = QString::fromUtf8(file.readLine()).trimmed();
        if (line.startsWith(u'[')) {
            // Only the first group matters, and it has to be this one.
            if (inGroup)
                break;
            inGroup = line == u"[Desktop Entry]";
            continue;
        }
        if (!inGroup || line.isEmpty() || line.startsWith(u'#'))
            continue;
        const qsizetype equals = line.indexOf(u'=');
        if (equals <= 0)
            continue;
        const QString key = line.left(equals).trimmed();
        if (!values.contains(key))
            values.insert(key, line.mid(equals + 1).trimmed());
    }
    return values;
}

// Name[…] keys for a POSIX locale name, most specific first (the specification's matching
// rules: lang_COUNTRY@MODIFIER, lang_COUNTRY, lang@MODIFIER, lang).
QStringList localeKeys(const QString &locale)
{
    QString name = locale;
    QString modifier;
    if (const qsizetype at = name.indexOf(u'@'); at >= 0) {
        modifier = name.mid(at);
        name.truncate(at);
    }
    if (const qsizetype dot = name.indexOf(u'.'); dot >= 0)
        name.truncate(dot);
    const qsizetype underscore = name.indexOf(u'_');
    const QString language = underscore >= 0 ? name.left(underscore) : name;
    QStringList keys;
    if (language.isEmpty() || language == u"C" || language == u"POSIX")
        return keys;
    if (underscore >= 0 && !modifier.isEmpty())
        keys << name + modifier;
    if (underscore >= 0)
        keys << name;
    if (!modifier.isEmpty())
        keys << language + modifier;
    keys << language;
    return keys;
}

// The last part of a reverse-DNS id ("Nautilus" of "org.gnome.Nautilus"); empty for other ids.
QString reverseDnsName(const QString &id)
{
    const QStringList parts = id.split(u'.');
    return parts.size() >= 3 ? parts.last() : QString();
}

} // namespace

XdgAppDirectory::XdgAppDirectory(QStringList dataDirs, QString locale)
    : m_dataDirs(std::move(dataDirs))
    , m_localeKeys(localeKeys(locale.isEmpty() ? QLocale().name() : locale))
{
}

QStringList XdgAppDirectory::standardDataDirs()
{
    QString home = qEnvironmentVariable("XDG_DATA_HOME");
    if (home.isEmpty())
        home = QDir::homePath() + QStringLiteral("/.local/share");
    QStringList dirs{home};
    QString system = qEnvironmentVariable("XDG_DATA_DIRS");
    if (system.isEmpty())
        system = QStringLiteral("/usr/local/share:/usr/share");
    dirs += system.split(u':', Qt::SkipEmptyParts);
    // Flatpak adds its exports to XDG_DATA_DIRS in a login session; not every session has them.
    for (const QString &exports :
         {QString(home + QStringLiteral("/flatpak/exports/share")), QStringLiteral("/var/lib/flatpak/exports/share")}) {
        if (!dirs.contains(exports) && !dirs.contains(exports + u'/'))
            dirs << exports;
    }
    return dirs;
}

void XdgAppDirectory::add(QHash<QString, int> &map, const QString &key, int entry)
{
    if (key.isEmpty())
        return;
    const QString lower = key.toLower();
    // The first entry wins, unless it is hidden from menus and a later one is not.
    const auto found = map.constFind(lower);
    if (found == map.constEnd() || (!m_entries.at(found.value()).shown && m_entries.at(entry).shown))
        map.insert(lower, entry);
}

void XdgAppDirectory::read(const QString &path, const QString &desktopId)
{
    const QHash<QString, QString> values = desktopEntryGroup(path);
    if (values.value(QStringLiteral("Type")) != u"Application" || values.value(QStringLiteral("Hidden")) == u"true")
        return;
    Desktop desktop;
    for (const QString &locale : std::as_const(m_localeKeys)) {
        desktop.entry.name = unescape(values.value(u"Name[" + locale + u']'));
        if (!desktop.entry.name.isEmpty())
            break;
    }
    if (desktop.entry.name.isEmpty())
        desktop.entry.name = unescape(values.value(QStringLiteral("Name")));
    QString icon = unescape(values.value(QStringLiteral("Icon")));
    if (!QFileInfo(icon).isAbsolute()) {
        // A theme name; some entries add the file's extension, which the theme lookup does not want.
        for (const QLatin1StringView extension :
             {QLatin1StringView(".png"), QLatin1StringView(".svg"), QLatin1StringView(".xpm")}) {
            if (icon.endsWith(extension, Qt::CaseInsensitive))
                icon.chop(extension.size());
        }
    }
    desktop.entry.icon = icon;
    desktop.shown = values.value(QStringLiteral("NoDisplay")) != u"true";
    const int entry = int(m_entries.size());
    m_entries.append(desktop);

    add(m_byId, desktopId, entry);
    add(m_byWmClass, unescape(values.value(QStringLiteral("StartupWMClass"))), entry);
    add(m_byFlatpak, values.value(QStringLiteral("X-Flatpak")), entry);
    add(m_bySuffix, reverseDnsName(desktopId), entry);
    const auto arguments = DesktopEntryExec::decode(values.value(QStringLiteral("Exec")));
    if (arguments && !arguments->isEmpty()) {
        const QString program = QFileInfo(arguments->first()).fileName();
        // A launcher says nothing about the app it starts.
        if (program != u"flatpak" && program != u"env" && program != u"sh" && program != u"bash")
            add(m_byProgram, program, entry);
    }
}

void XdgAppDirectory::index()
{
    m_indexed = true;
    QSet<QString> seen;
    for (const QString &dataDir : std::as_const(m_dataDirs)) {
        const QDir applications(QDir(dataDir).filePath(QStringLiteral("applications")));
        if (!applications.exists())
            continue;
        QDirIterator files(applications.path(), {QStringLiteral("*.desktop")}, QDir::Files | QDir::Readable,
                           QDirIterator::Subdirectories | QDirIterator::FollowSymlinks);
        while (files.hasNext()) {
            const QString path = files.next();
            // The desktop file id: the path below applications/ with '-' for '/'; the first
            // directory that has an id decides it.
            QString id = applications.relativeFilePath(path);
            id.chop(int(qstrlen(".desktop")));
            id.replace(u'/', u'-');
            if (seen.contains(id))
                continue;
            seen.insert(id);
            read(path, id);
        }
    }
}

std::optional<AppEntry> XdgAppDirectory::lookup(const QString &appId)
{
    if (!m_indexed)
        index();
    const QString key = appId.toLower();
    const QString suffix = reverseDnsName(key);
    for (const auto &[map, name] :
         {std::pair(&m_byId, key), std::pair(&m_byWmClass, key), std::pair(&m_byFlatpak, key),
          std::pair(&m_byId, suffix), std::pair(&m_bySuffix, key), std::pair(&m_byProgram, key)}) {
        if (name.isEmpty())
            continue;
        const auto found = map->constFind(name);
        if (found != map->constEnd())
            return m_entries.at(found.value()).entry;
    }
    return std::nullopt;
}

} // namespace stint
