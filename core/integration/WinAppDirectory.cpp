#include "integration/WinAppDirectory.h"

#include <QDir>
#include <QFileInfo>
#include <QSettings>
#include <QStandardPaths>
#include <QVarLengthArray>

#include <iterator>
#include <string>

#include <windows.h>

#include <tlhelp32.h>
#include <winver.h>

namespace stint {

namespace {

// The full path of a running process whose executable has this name; empty when none runs.
QString runningProgram(const QString &exeName)
{
    const HANDLE snapshot = CreateToolhelp32Snapshot(TH32CS_SNAPPROCESS, 0);
    if (snapshot == INVALID_HANDLE_VALUE)
        return {};
    QString path;
    PROCESSENTRY32W process{};
    process.dwSize = sizeof(process);
    for (BOOL more = Process32FirstW(snapshot, &process); more && path.isEmpty();
         more = Process32NextW(snapshot, &process)) {
        if (QString::fromWCharArray(process.szExeFile).compare(exeName, Qt::CaseInsensitive) != 0)
            continue;
        const HANDLE handle = OpenProcess(PROCESS_QUERY_LIMITED_INFORMATION, FALSE, process.th32ProcessID);
        if (!handle)
            continue;
        wchar_t buffer[MAX_PATH * 4];
        DWORD size = DWORD(std::size(buffer));
        if (QueryFullProcessImageNameW(handle, 0, buffer, &size))
            path = QString::fromWCharArray(buffer, int(size));
        CloseHandle(handle);
    }
    CloseHandle(snapshot);
    return path;
}

// Where an executable is installed: a running process, the App Paths key, PATH.
QString programPath(const QString &exeName)
{
    QString path = runningProgram(exeName);
    for (const char *root : {"HKEY_CURRENT_USER", "HKEY_LOCAL_MACHINE"}) {
        if (!path.isEmpty())
            break;
        const QSettings appPaths(QString::fromLatin1(root)
                                     + QStringLiteral("\\SOFTWARE\\Microsoft\\Windows\\CurrentVersion\\App Paths\\")
                                     + exeName,
                                 QSettings::NativeFormat);
        path = appPaths.value(QStringLiteral("Default")).toString().remove(u'"');
    }
    if (path.isEmpty())
        path = QStandardPaths::findExecutable(exeName);
    return QFileInfo::exists(path) ? QDir::toNativeSeparators(path) : QString();
}

// A string of the executable's version resource, in its first language.
QString versionString(const QString &path, const QString &name)
{
    const std::wstring file = path.toStdWString();
    DWORD ignored = 0;
    const DWORD size = GetFileVersionInfoSizeW(file.c_str(), &ignored);
    if (size == 0)
        return {};
    QVarLengthArray<char, 4096> data(qsizetype(size));
    if (!GetFileVersionInfoW(file.c_str(), 0, size, data.data()))
        return {};
    struct Translation
    {
        WORD language;
        WORD codePage;
    };
    Translation *translations = nullptr;
    UINT length = 0;
    if (!VerQueryValueW(data.data(), L"\\VarFileInfo\\Translation", reinterpret_cast<void **>(&translations), &length)
        || length < sizeof(Translation))
        return {};
    const QString key = QStringLiteral("\\StringFileInfo\\%1%2\\%3")
                            .arg(uint(translations[0].language), 4, 16, QLatin1Char('0'))
                            .arg(uint(translations[0].codePage), 4, 16, QLatin1Char('0'))
                            .arg(name);
    wchar_t *value = nullptr;
    if (!VerQueryValueW(data.data(), key.toStdWString().c_str(), reinterpret_cast<void **>(&value), &length)
        || length == 0 || !value)
        return {};
    return QString::fromWCharArray(value).trimmed();
}

} // namespace

std::optional<AppEntry> WinAppDirectory::lookup(const QString &appId)
{
    const QString exeName = appId.endsWith(QStringLiteral(".exe"), Qt::CaseInsensitive) ? appId : appId + u".exe";
    const QString path = programPath(exeName);
    if (path.isEmpty())
        return std::nullopt;
    AppEntry entry;
    entry.name = versionString(path, QStringLiteral("FileDescription"));
    if (entry.name.isEmpty())
        entry.name = versionString(path, QStringLiteral("ProductName"));
    entry.file = path;
    return entry;
}

} // namespace stint
