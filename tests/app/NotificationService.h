// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QObject>
#include <QStringList>
#include <QVariantMap>

// Stands in for the desktop's notification daemon on the private session bus of ./dev test,
// so the app's real D-Bus call is received and checked.
class NotificationService : public QObject
{
    Q_OBJECT
    Q_CLASSINFO("D-Bus Interface", "org.freedesktop.Notifications")
public:
    QStringList summaries;
    QStringList bodies;
public slots:
    uint Notify(const QString &appName, uint, const QString &, const QString &summary, const QString &body,
                const QStringList &, const QVariantMap &hints, int)
    {
        if (appName == QLatin1String("Nestje") && hints.contains(QStringLiteral("desktop-entry"))) {
            summaries << summary;
            bodies << body;
        }
        return uint(summaries.size());
    }
};
