// SPDX-License-Identifier: GPL-3.0-or-later
// Every file dialog of every page opens and closes in the real app (the diary form's photo
// picker used to crash the app and lose the text), and a missing QML module is a message.
#include "Application.h"
#include "ScreenshotPages.h"
#include "accounts/AccountSession.h"
#include "shell/QmlModuleCheck.h"

#include <QQmlComponent>
#include <QQmlEngine>
#include <QQuickItem>
#include <QQuickStyle>
#include <QQuickWindow>
#include <QStandardPaths>
#include <QTest>

using namespace nestje;

class TestDialogs : public QObject
{
    Q_OBJECT
private:
    static QObject *findObject(QQuickItem *root, const QString &name)
    {
        if (root->objectName() == name)
            return root;
        for (QQuickItem *child : root->childItems()) {
            if (QObject *found = findObject(child, name))
                return found;
        }
        return nullptr;
    }

    // Opens the picker named `name`, checks the dialog is up and the app still runs, closes it.
    static void openAndClose(QQuickWindow *window, const QString &name)
    {
        QObject *picker = nullptr;
        QTRY_VERIFY2_WITH_TIMEOUT((picker = findObject(window->contentItem(), name)), qPrintable(name), 20000);
        QVERIFY(QMetaObject::invokeMethod(picker, "open"));
        QTRY_VERIFY2_WITH_TIMEOUT(picker->property("dialogOpen").toBool(), qPrintable(name), 10000);
        QTest::qWait(200); // let the dialog's folder listing run
        QVERIFY(QMetaObject::invokeMethod(picker, "close"));
        QTRY_VERIFY(!picker->property("dialogOpen").toBool());
    }

private slots:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QQuickWindow::setGraphicsApi(QSGRendererInterface::Software);
        QQuickStyle::setStyle(QStringLiteral("Material"));
    }

    void theDialogModulesAreInstalled()
    {
        QQmlEngine engine;
        QCOMPARE(fileDialogProblem(&engine), QString());
    }

    void aMissingModuleIsNamed()
    {
        QQmlEngine engine;
        QCOMPARE(firstMissingQmlModule(&engine, {QStringLiteral("QtQuick"), QStringLiteral("Qt.labs.nosuchmodule")}),
                 QStringLiteral("Qt.labs.nosuchmodule"));
        // And the parent is told which package brings it.
        const QString problem = missingModuleProblem(QStringLiteral("Qt.labs.folderlistmodel"));
        QVERIFY2(problem.contains(QLatin1String("qml6-module-qt-labs-folderlistmodel")), qPrintable(problem));
        QVERIFY(missingModuleProblem(QStringLiteral("QtQuick.Dialogs.quickimpl")).contains(QLatin1String("qml6-module-qtquick-dialogs)")));
    }

    void aPickerThatCannotOpenSaysWhy()
    {
        QQmlEngine engine;
        engine.addImportPath(QStringLiteral("qrc:/"));
        QQmlComponent component(&engine);
        component.setData("import Nestje\nFilePicker { unavailableReason: \"ontbreekt\" }", QUrl());
        std::unique_ptr<QObject> picker(component.create());
        QVERIFY2(picker, qPrintable(component.errorString()));
        connect(picker.get(), SIGNAL(failed(QString)), this, SLOT(recordFailure(QString)));
        m_failure.clear();
        QVERIFY(QMetaObject::invokeMethod(picker.get(), "open"));
        QCOMPARE(m_failure, QStringLiteral("ontbreekt"));
        QVERIFY(!picker->property("dialogOpen").toBool());
    }

    void everyDialogOpensAndCloses()
    {
        AppOptions options;
        options.demo = true;
        options.language = QStringLiteral("nl");
        Application app(options);
        QVERIFY(app.start());
        QQuickWindow *window = app.window();
        QVERIFY(window);
        window->resize(1280, 800);

        // The login page's CA certificate picker, before the demo account is in.
        app.controller()->addAccount();
        openAndClose(window, QStringLiteral("certificatePicker"));
        QTRY_COMPARE_WITH_TIMEOUT(app.controller()->screen(), AppController::MainScreen, 60000);
        QTRY_VERIFY_WITH_TIMEOUT(!app.controller()->session()->isSyncing(), 60000);

        // Mijn kind: the diary form's photo picker, with text typed first.
        app.controller()->myChild()->open(QStringLiteral("diary"));
        QObject *text = nullptr;
        QTRY_VERIFY_WITH_TIMEOUT((text = findObject(window->contentItem(), QStringLiteral("diaryText"))), 20000);
        text->setProperty("text", QStringLiteral("Nog niet verstuurd"));
        openAndClose(window, QStringLiteral("diaryMediaPicker"));
        QCOMPARE(text->property("text").toString(), QStringLiteral("Nog niet verstuurd"));

        // A diary entry: "Dagboek downloaden" saves a PDF.
        app.controller()->myChild()->open(screenshotPage(QStringLiteral("journal"))->target(*app.controller()->session()->account()->database()));
        openAndClose(window, QStringLiteral("diarySavePicker"));
    }

public slots:
    void recordFailure(const QString &reason) { m_failure = reason; }

private:
    QString m_failure;
};

QTEST_MAIN(TestDialogs)
#include "tst_dialogs.moc"
