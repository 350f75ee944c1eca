#include "models/QmlTypes.h"

#include "models/AppController.h"
#include "export/DiaryBook.h"

#include <QQmlEngine>

namespace nestje {

void registerQmlTypes(AppController *controller)
{
    constexpr auto uri = "Nestje.Core";
    qmlRegisterUncreatableType<AppController>(uri, 1, 0, "AppController",
                                              QStringLiteral("Use the App singleton"));
    qmlRegisterUncreatableType<TabModel>(uri, 1, 0, "TabModel", QStringLiteral("Use App.tabs"));
    qmlRegisterUncreatableType<AccountModel>(uri, 1, 0, "AccountModel", QStringLiteral("Use App.accountList"));
    qmlRegisterUncreatableType<TimelineController>(uri, 1, 0, "TimelineController", QStringLiteral("Use App.myChild"));
    qmlRegisterUncreatableType<TimelineModel>(uri, 1, 0, "TimelineModel", QStringLiteral("Use App.myChild.timeline"));
    qmlRegisterUncreatableType<PhotoModel>(uri, 1, 0, "PhotoModel", QStringLiteral("Use App.myChild.photos"));
    qmlRegisterUncreatableType<AlbumModel>(uri, 1, 0, "AlbumModel", QStringLiteral("Use App.myChild.albums"));
    qmlRegisterUncreatableType<DiaryOutbox>(uri, 1, 0, "DiaryOutbox", QStringLiteral("Use App.myChild.diary"));
    qmlRegisterUncreatableType<MediaFiles>(uri, 1, 0, "MediaFiles", QStringLiteral("Use App.myChild.files"));
    qmlRegisterUncreatableType<DiaryBook>(uri, 1, 0, "DiaryBook", QStringLiteral("Use App.myChild.book"));
    qmlRegisterSingletonInstance(uri, 1, 0, "App", controller);
}

} // namespace nestje
