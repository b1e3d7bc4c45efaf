#pragma once

#include <QDialog>

namespace stint {

// What Stint is: its version, its licence (GPL-3.0-or-later, with a link to the text) and the Qt
// it runs on.
class AboutDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(AboutDialog)

public:
    static constexpr const char *kLicense = "GPL-3.0-or-later";

    explicit AboutDialog(QWidget *parent = nullptr);
};

} // namespace stint
