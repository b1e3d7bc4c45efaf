#include "integration/XdgAutostart.h"

#include "integration/AutostartFile.h"

#include "integration/DesktopEntryExec.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>

namespace stint {

namespace {

bool sameProgram(const QString &a, const QString &b)
{
    if (a == b)
        return true;
    const QString canonicalA = QFileInfo(a).canonicalFilePath();
    return !canonicalA.isEmpty() && canonicalA == QFileInfo(b).canonicalFilePath();
}

} // namespace

XdgAutostart::XdgAutostart(QString program, QString directory)
    : m_program(std::move(program))
    , m_directory(std::move(directory))
{
}

QString XdgAutostart::defaultDirectory()
{
    // The specification: a relative XDG_CONFIG_HOME is invalid and ignored.
    QString config = qEnvironmentVariable("XDG_CONFIG_HOME");
    if (config.isEmpty() || QDir::isRelativePath(config))
        config = QDir::home().filePath(QStringLiteral(".config"));
    return QDir(config).filePath(QStringLiteral("autostart"));
}

QString XdgAutostart::launcherPath(const QString &program)
{
    const QString appImage = qEnvironmentVariable("APPIMAGE");
    return appImage.isEmpty() ? program : appImage;
}

QString XdgAutostart::filePath() const
{
    return QDir(m_directory).filePath(fileName());
}

QByteArray XdgAutostart::entry() const
{
    QString text;
    text += QStringLiteral("[Desktop Entry]\n");
    text += QStringLiteral("Type=Application\n");
    text += QStringLiteral("Name=Stint\n");
    text += QStringLiteral("Comment=")
        + QCoreApplication::translate("Autostart", "Records which application has your attention") + u'\n';
    text += QStringLiteral("Exec=") + DesktopEntryExec::encode({m_program, startOption()}) + u'\n';
    text += QStringLiteral("Icon=org.stint.Stint\n");
    text += QStringLiteral("Terminal=false\n");
    text += QStringLiteral("X-GNOME-Autostart-enabled=true\n");
    return text.toUtf8();
}

bool XdgAutostart::isEnabled() const
{
    QFile file(filePath());
    if (!file.open(QIODevice::ReadOnly | QIODevice::Text))
        return false;
    bool inEntry = false;
    bool startsStint = false;
    bool hidden = false;
    while (!file.atEnd()) {
        const QString line = QString::fromUtf8(file.readLine()).trimmed();
        if (line.startsWith(u'[')) {
            inEntry = line == QStringLiteral("[Desktop Entry]");
            continue;
        }
        if (!inEntry || line.startsWith(u'#'))
            continue;
        const qsizetype equals = line.indexOf(u'=');
        if (equals < 0)
            continue;
        const QString key = line.left(equals).trimmed();
        const QString value = line.mid(equals + 1).trimmed();
        if (key == QStringLiteral("Exec")) {
            const auto arguments = DesktopEntryExec::decode(value);
            startsStint = arguments && !arguments->isEmpty() && sameProgram(arguments->first(), m_program);
        } else if (key == QStringLiteral("Hidden")) {
            hidden = value == QStringLiteral("true");
        } else if (key == QStringLiteral("X-GNOME-Autostart-enabled")) {
            hidden = hidden || value == QStringLiteral("false");
        }
    }
    return startsStint && !hidden;
}

bool XdgAutostart::setEnabled(bool enabled, QString *error)
{
    return enabled ? AutostartFile::write(filePath(), entry(), error) : AutostartFile::remove(filePath(), error);
}

} // namespace stint
