// SPDX-License-Identifier: GPL-3.0-or-later
#include "SingleInstance.h"

#include "Application.h"
#include "CommandLine.h"

#include <QDBusAbstractAdaptor>
#include <QDBusConnection>
#include <QDBusConnectionInterface>
#include <QDBusMessage>
#include <QQuickWindow>
#include <QTextStream>
#include <QUrl>

namespace nestje {

namespace {

// org.freedesktop.Application as the Desktop Entry Specification defines it, exported at the
// object path derived from the bus name.
class FreedesktopApplicationAdaptor : public QDBusAbstractAdaptor
{
    Q_OBJECT
    Q_CLASSINFO("D-Bus Interface", "org.freedesktop.Application")
public:
    explicit FreedesktopApplicationAdaptor(SingleInstance *instance)
        : QDBusAbstractAdaptor(instance)
        , m_instance(instance)
    {
    }

public slots:
    void Activate(const QVariantMap &platformData) { m_instance->handleActivate(platformData); }
    void Open(const QStringList &uris, const QVariantMap &platformData)
    {
        m_instance->handleOpen(uris, platformData);
    }
    void ActivateAction(const QString &action, const QVariantList &parameter,
                        const QVariantMap &platformData)
    {
        m_instance->handleAction(action, parameter, platformData);
    }

private:
    SingleInstance *m_instance;
};

// What the launcher gave this (second) start to bring a window to the front; the running
// instance needs it, since on Wayland only a fresh token from the launcher may take focus.
QVariantMap launchPlatformData()
{
    QVariantMap data;
    if (const QString token = qEnvironmentVariable("XDG_ACTIVATION_TOKEN"); !token.isEmpty())
        data.insert(QStringLiteral("activation-token"), token);
    if (const QString id = qEnvironmentVariable("DESKTOP_STARTUP_ID"); !id.isEmpty())
        data.insert(QStringLiteral("desktop-startup-id"), id);
    return data;
}

QString activationToken(const QVariantMap &platformData)
{
    const QString token = platformData.value(QStringLiteral("activation-token")).toString();
    return token.isEmpty() ? platformData.value(QStringLiteral("desktop-startup-id")).toString()
                           : token;
}

QDBusMessage applicationCall(const QString &method)
{
    return QDBusMessage::createMethodCall(QLatin1String(SingleInstance::serviceName),
                                          QLatin1String(SingleInstance::objectPath),
                                          QStringLiteral("org.freedesktop.Application"), method);
}

// The calls that carry this start's request, in the order the running instance applies them.
QList<QDBusMessage> requestsFor(const AppOptions &options)
{
    const QVariantMap platformData = launchPlatformData();
    const auto action = [&](const QString &name, const QVariantList &parameter) {
        QDBusMessage call = applicationCall(QStringLiteral("ActivateAction"));
        call << name << QVariant::fromValue(parameter) << platformData;
        return call;
    };
    QList<QDBusMessage> calls;
    if (options.demo)
        calls << action(QStringLiteral("demo"), {});
    if (!options.portal.isEmpty())
        calls << action(QStringLiteral("login-portal"), {options.portal});
    if (!options.openKind.isEmpty())
        calls << action(QStringLiteral("open-item"),
                        {QStringList{options.openKind, options.openId}});
    if (calls.isEmpty()) {
        QDBusMessage call = applicationCall(QStringLiteral("Activate"));
        call << platformData;
        calls << call;
    }
    return calls;
}

void bringToFront(QQuickWindow *window, const QString &activationToken)
{
    if (!window)
        return;
    // Qt's Wayland plugin hands this token to xdg-activation on the next requestActivate();
    // without it a compositor may refuse to move focus (it marks the window urgent instead).
    if (!activationToken.isEmpty())
        qputenv("XDG_ACTIVATION_TOKEN", activationToken.toUtf8());
    if (window->windowStates() & Qt::WindowMinimized)
        window->showNormal();
    else
        window->show();
    window->raise();
    window->requestActivate();
}

} // namespace

SingleInstance::SingleInstance(QObject *parent)
    : QObject(parent)
{
}

SingleInstance::~SingleInstance()
{
    if (m_registered) {
        QDBusConnection bus = QDBusConnection::sessionBus();
        bus.unregisterService(QLatin1String(serviceName));
        bus.unregisterObject(QLatin1String(objectPath));
    }
}

bool SingleInstance::wanted(const AppOptions &options)
{
    return options.singleInstance && options.screenshotFile.isEmpty();
}

SingleInstance::Role SingleInstance::claimOrForward(const AppOptions &options)
{
    if (!wanted(options))
        return Role::Unavailable;
    QDBusConnection bus = QDBusConnection::sessionBus();
    if (!bus.isConnected() || !bus.interface())
        return Role::Unavailable; // e.g. a phone OS without D-Bus: one process is the OS's job
                                  // there

    new FreedesktopApplicationAdaptor(this);
    if (!bus.registerObject(QLatin1String(objectPath), this))
        return Role::Unavailable;
    // Atomic on the bus: of two starts at the same moment exactly one gets the name.
    const QDBusReply<QDBusConnectionInterface::RegisterServiceReply> reply =
        bus.interface()->registerService(QLatin1String(serviceName),
                                         QDBusConnectionInterface::DontQueueService,
                                         QDBusConnectionInterface::DontAllowReplacement);
    if (reply.isValid() && reply.value() == QDBusConnectionInterface::ServiceRegistered) {
        m_registered = true;
        return Role::Primary;
    }
    bus.unregisterObject(QLatin1String(objectPath));

    // The running instance may still be loading its window: give it time to answer.
    constexpr int answerTimeoutMs = 20000;
    for (const QDBusMessage &call : requestsFor(options)) {
        const QDBusMessage answer = bus.call(call, QDBus::Block, answerTimeoutMs);
        if (answer.type() == QDBusMessage::ErrorMessage) {
            QTextStream(stderr) << "nestje: Nestje is already running but did not answer ("
                                << answer.errorMessage() << ")\n";
            return Role::Failed;
        }
    }
    return Role::Forwarded;
}

// The login page's prefill and the demo, through whichever AppController API this tree has:
// core/ is moving from AppController::setInitialPortal to AppController::login() (LoginFlow).
// TODO(lead): keep only the LoginFlow branch once that move is in.
template<typename Controller>
void prefillLoginPortal(Controller *controller, const QString &portal)
{
    if constexpr (requires { controller->login()->prefill(portal); }) {
        controller->login()->prefill(portal);
    } else {
        controller->setInitialPortal(portal);
        emit controller->loginPrefillChanged(); // setInitialPortal does not notify
    }
}
template<typename Controller>
void startDemoOn(Controller *controller)
{
    if constexpr (requires { controller->login()->startDemo(); })
        controller->login()->startDemo();
    else
        controller->startDemo();
}

void SingleInstance::serve(Application *app)
{
    connect(this, &SingleInstance::activated, app,
            [app](const QString &token) { bringToFront(app->window(), token); });
    connect(this, &SingleInstance::portalRequested, app, [app](const QString &portal) {
        AppController *controller = app->controller();
        if (controller->screen() == AppController::MainScreen)
            controller->addAccount(); // logged in already: --portal means "add this organisation"
        prefillLoginPortal(controller, portal);
    });
    connect(this, &SingleInstance::demoRequested, app, [app] { startDemoOn(app->controller()); });
    connect(this, &SingleInstance::openRequested, app,
            [app](const QString &kind, const QString &id) { app->openItem(kind, id); });
}

void SingleInstance::handleActivate(const QVariantMap &platformData)
{
    emit activated(activationToken(platformData));
}

void SingleInstance::handleOpen(const QStringList &uris, const QVariantMap &platformData)
{
    for (const QString &uri : uris)
        emit portalRequested(uri);
    emit activated(activationToken(platformData));
}

void SingleInstance::handleAction(const QString &action, const QVariantList &parameter,
                                  const QVariantMap &platformData)
{
    if (action == QLatin1String("login-portal") && parameter.size() == 1) {
        emit portalRequested(parameter.first().toString());
    } else if (action == QLatin1String("open-item") && parameter.size() == 1) {
        const QStringList target = parameter.first().toStringList();
        if (target.size() == 2)
            emit openRequested(target.at(0), target.at(1));
    } else if (action == QLatin1String("demo")) {
        emit demoRequested();
    }
    emit activated(activationToken(platformData)); // an unknown action still raises the window
}

} // namespace nestje

#include "SingleInstance.moc"
