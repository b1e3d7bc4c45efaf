#include "AboutDialog.h"

#include <QApplication>
#include <QDialogButtonBox>
#include <QLabel>
#include <QMessageBox>
#include <QPushButton>
#include <QVBoxLayout>

namespace stint {

AboutDialog::AboutDialog(QWidget *parent)
    : QDialog(parent)
{
    setObjectName(QStringLiteral("aboutDialog"));
    setWindowTitle(tr("About Stint"));

    auto *icon = new QLabel(this);
    icon->setPixmap(QIcon(QStringLiteral(":/icons/stint.svg")).pixmap(64, 64));
    icon->setAlignment(Qt::AlignHCenter);

    auto *name = new QLabel(tr("Stint %1").arg(QStringLiteral(STINT_VERSION)), this);
    name->setObjectName(QStringLiteral("aboutVersionLabel"));
    QFont big = name->font();
    big.setPointSizeF(big.pointSizeF() * 1.5);
    big.setBold(true);
    name->setFont(big);
    name->setAlignment(Qt::AlignHCenter);

    auto *summary = new QLabel(tr("A native desktop activity tracker, compatible with ActivityWatch."), this);
    summary->setAlignment(Qt::AlignHCenter);
    summary->setWordWrap(true);

    auto *license = new QLabel(this);
    license->setObjectName(QStringLiteral("aboutLicenseLabel"));
    license->setWordWrap(true);
    license->setTextFormat(Qt::RichText);
    license->setOpenExternalLinks(true);
    license->setTextInteractionFlags(Qt::TextBrowserInteraction);
    license->setText(
        tr("Stint is free software: you can redistribute it and/or modify it under the terms of the "
           "<a href=\"https://www.gnu.org/licenses/gpl-3.0.html\">GNU General Public License</a> as published by "
           "the Free Software Foundation, either version 3 of the License, or (at your option) any later version "
           "(%1). It comes with ABSOLUTELY NO WARRANTY.")
            .arg(QLatin1String(kLicense)));

    auto *qt = new QLabel(
        tr("Built with Qt %1, running on Qt %2.").arg(QStringLiteral(QT_VERSION_STR), QString::fromLatin1(qVersion())),
        this);
    qt->setObjectName(QStringLiteral("aboutQtLabel"));
    qt->setAlignment(Qt::AlignHCenter);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    QPushButton *aboutQt = buttons->addButton(tr("About &Qt"), QDialogButtonBox::HelpRole);
    aboutQt->setObjectName(QStringLiteral("aboutQtButton"));
    connect(aboutQt, &QPushButton::clicked, this, [this] { QMessageBox::aboutQt(this); });
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto *layout = new QVBoxLayout(this);
    layout->setSpacing(10);
    layout->addWidget(icon);
    layout->addWidget(name);
    layout->addWidget(summary);
    layout->addWidget(license);
    layout->addWidget(qt);
    layout->addWidget(buttons);
    setMinimumWidth(420);
}

} // namespace stint
