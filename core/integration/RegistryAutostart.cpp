#include "integration/RegistryAutostart.h"

#include <QCoreApplication>
#include <QDir>
#include <QSettings>

using namespace Qt::StringLiterals;

namespace stint {

namespace {

const auto kRunKey = u"HKEY_CURRENT_USER\\Software\\Microsoft\\Windows\\CurrentVersion\\Run"_s;
const auto kValueName = u"Stint"_s;

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
    return !program.isEmpty() && QDir::toNativeSeparators(program).compare(m_program, Qt::CaseInsensitive) == 0;
}

bool RegistryAutostart::setEnabled(bool enabled, QString *error)
{
    QSettings run(kRunKey, QSettings::NativeFormat);
    if (enabled)
        run.setValue(kValueName, command());
    else
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
