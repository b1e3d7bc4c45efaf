#include "integration/RegistryAutostart.h"

#include <QCoreApplication>
#include <QDir>
#include <QSettings>

#include <windows.h>

using namespace Qt::StringLiterals;

namespace stint {

namespace {

const auto kRunKey = u"HKEY_CURRENT_USER\\Software\\Microsoft\\Windows\\CurrentVersion\\Run"_s;
const auto kValueName = u"Stint"_s;
// Task Manager's Startup tab turns an entry off here without touching the Run value: a binary
// value whose first byte is odd (03) means disabled, even (02) or absent means allowed.
const wchar_t kApprovedKey[] = L"Software\\Microsoft\\Windows\\CurrentVersion\\Explorer\\StartupApproved\\Run";
const wchar_t kApprovedValue[] = L"Stint";

bool allowedByTaskManager()
{
    BYTE data[16] = {};
    DWORD size = sizeof(data);
    const LSTATUS status =
        RegGetValueW(HKEY_CURRENT_USER, kApprovedKey, kApprovedValue, RRF_RT_REG_BINARY, nullptr, data, &size);
    if (status != ERROR_SUCCESS || size == 0)
        return true;
    return (data[0] & 1) == 0;
}

// Turning start at login on in Stint also lifts an earlier "disabled" from Task Manager.
void clearTaskManagerChoice()
{
    RegDeleteKeyValueW(HKEY_CURRENT_USER, kApprovedKey, kApprovedValue);
}

} // namespace

RegistryAutostart::RegistryAutostart(QString program)
    : m_program(QDir::toNativeSeparators(program))
{
}

QString RegistryAutostart::command() const
{
    return u'"' + m_program + u"\" "_s + startOption();
}

QString RegistryAutostart::location() const
{
    return kRunKey + u'\\' + kValueName;
}

bool RegistryAutostart::isEnabled() const
{
    const QSettings run(kRunKey, QSettings::NativeFormat);
    const QString value = run.value(kValueName).toString().trimmed();
    // The program is the quoted part, or the first word when unquoted.
    QString program;
    if (value.startsWith(u'"')) {
        const qsizetype end = value.indexOf(u'"', 1);
        if (end < 0)
            return false;
        program = value.mid(1, end - 1);
    } else {
        program = value.section(u' ', 0, 0);
    }
    return !program.isEmpty() && QDir::toNativeSeparators(program).compare(m_program, Qt::CaseInsensitive) == 0
        && allowedByTaskManager();
}

bool RegistryAutostart::setEnabled(bool enabled, QString *error)
{
    QSettings run(kRunKey, QSettings::NativeFormat);
    if (enabled) {
        run.setValue(kValueName, command());
        clearTaskManagerChoice();
    } else
        run.remove(kValueName);
    run.sync();
    if (run.status() != QSettings::NoError || isEnabled() != enabled) {
        if (error)
            *error = QCoreApplication::translate("Autostart", "Cannot change the registry value %1.").arg(location());
        return false;
    }
    return true;
}

} // namespace stint
