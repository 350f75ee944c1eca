// SPDX-License-Identifier: GPL-3.0-or-later
#include "shell/AppController.h"

#include <QNetworkAccessManager>
#include <QQmlEngine>
#include <QQuickStyle>
#include <QtQml/qqmlextensionplugin.h>
#include <QtQuickTest>

Q_IMPORT_QML_PLUGIN(NestjePlugin)
Q_IMPORT_QML_PLUGIN(Nestje_CorePlugin)

// Gives the QML tests the real controller (with a real network stack), as the app does.
class Setup : public QObject
{
    Q_OBJECT
public slots:
    void applicationAvailable() { QQuickStyle::setStyle(QStringLiteral("Material")); }
    void qmlEngineAvailable(QQmlEngine *engine)
    {
        engine->addImportPath(QStringLiteral("qrc:/"));
        static QNetworkAccessManager network;
        static nestje::AppController controller(&network); // becomes QML's App singleton
    }
};

QUICK_TEST_MAIN_WITH_SETUP(nestje_qml, Setup)
#include "tst_qml.moc"
