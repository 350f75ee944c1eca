#include "models/QmlTypes.h"

#include "models/AppController.h"

#include <QQmlEngine>

namespace nestje {

void registerQmlTypes(AppController *controller)
{
    constexpr auto uri = "Nestje.Core";
    qmlRegisterUncreatableType<AppController>(uri, 1, 0, "AppController",
                                              QStringLiteral("Use the App singleton"));
    qmlRegisterUncreatableType<TabModel>(uri, 1, 0, "TabModel", QStringLiteral("Use App.tabs"));
    qmlRegisterUncreatableType<AccountModel>(uri, 1, 0, "AccountModel", QStringLiteral("Use App.accountList"));
    qmlRegisterSingletonInstance(uri, 1, 0, "App", controller);
}

} // namespace nestje
