// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QObject>
#include <QVariantMap>

namespace nestje {

struct AppOptions;
class Application;

// One Nestje per user, so two processes never sync and send the outbox on the same caches.
// The first start owns the name nl.nestje.Nestje on the session bus and serves the freedesktop
// org.freedesktop.Application interface there (what GNOME, KDE and Phosh launchers speak); a
// later start hands its request to it as such calls and exits. The actions:
//   Activate                                  raise the window
//   Open(uris)                                each URI is a portal: fill in the login page
//   ActivateAction("login-portal", [url])     --portal URL
//   ActivateAction("open-item", [[kind, id]]) --open KIND:ID, a notification's target
//   ActivateAction("demo", [])                --demo
class SingleInstance : public QObject
{
    Q_OBJECT
public:
    enum class Role
    {
        Primary,     // this process owns the name and serves the interface
        Forwarded,   // another process took the request: exit with 0
        Failed,      // another process holds the name but did not answer: exit with an error
        Unavailable, // no session bus (or single instance not wanted): run on our own
    };
    static constexpr const char *serviceName = "nl.nestje.Nestje";
    static constexpr const char *objectPath = "/nl/nestje/Nestje";

    explicit SingleInstance(QObject *parent = nullptr);
    ~SingleInstance() override;

    // False for --screenshot and --no-single-instance: screenshots and tests run side by side.
    static bool wanted(const AppOptions &options);

    // Claims the name, or forwards `options` to the process that has it.
    Role claimOrForward(const AppOptions &options);

    // Routes what arrives to the running app: raises its window, fills in the login page's
    // portal, starts the demo, opens the item a notification named (Application::openItem).
    void serve(Application *app);

    // Called by the D-Bus adaptor (and usable in-process); `platformData` is the spec's a{sv}.
    void handleActivate(const QVariantMap &platformData);
    void handleOpen(const QStringList &uris, const QVariantMap &platformData);
    void handleAction(const QString &action, const QVariantList &parameter,
                      const QVariantMap &platformData);

signals:
    // The window should come to the front. `activationToken` is the launcher's token for the
    // second start (Wayland xdg-activation / X11 startup id), possibly empty.
    void activated(const QString &activationToken);
    void portalRequested(const QString &portal);
    void openRequested(const QString &kind, const QString &id);
    void demoRequested();

private:
    bool m_registered = false;
};

} // namespace nestje
