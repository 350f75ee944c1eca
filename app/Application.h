// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "CommandLine.h"
#include "DemoServer.h"
#include "DesktopNotifications.h"
#include "features/account/QuietHours.h"
#include "shell/AppController.h"

#include <QNetworkAccessManager>
#include <QObject>
#include <QQmlApplicationEngine>

class QQuickWindow;

namespace nestje {

// Wires one running Nestje together: network, controller, demo server, QML engine, window.
// main() and the app tests both use it, so the tests exercise exactly what users run.
class Application : public QObject
{
    Q_OBJECT
public:
    explicit Application(AppOptions options, QObject *parent = nullptr);
    ~Application() override;

    // Loads translations and the QML shell. False when the QML could not be loaded.
    bool start();

    AppController *controller() { return &m_controller; }
    // A clicked notification or a second start's "open-item": shows that item's page.
    void openItem(const QString &kind, const QString &id, const QString &account = {});
    QQuickWindow *window() const;
    // Between the syncs' new items and the desktop: holds them during quiet hours.
    QuietHoursGate *quietHours() { return &m_quietHours; }

signals:
    // --screenshot finished; the process should exit with this code.
    void exitRequested(int exitCode);

private:
    // The gate's view of the accounts: which notify, what waits, what is new.
    QuietHoursGate::Feed notificationFeed();

    AppOptions m_options;
    QNetworkAccessManager m_network;
    AppController m_controller;
    DemoServer m_demoServer;
    DesktopNotifications m_notifications;
    QuietHoursGate m_quietHours;
    QQmlApplicationEngine m_engine;
};

} // namespace nestje
