// SPDX-License-Identifier: GPL-3.0-or-later
// Every file dialog of every page opens and closes in the real app (the diary form's photo
// picker used to crash the app and lose the text), covers what is behind it (issue 18, item 5:
// with the software renderer the form showed through), and a missing QML module is a message.
#include "Application.h"
#include "ScreenshotPages.h"
#include "accounts/AccountSession.h"
#include "shell/FileDialogFolder.h"
#include "shell/QmlModuleCheck.h"

#include <QDir>
#include <QDirIterator>
#include <QFileInfo>
#include <QQmlComponent>
#include <QRegularExpression>
#include <QQmlEngine>
#include <QQuickItem>
#include <QQuickStyle>
#include <QQuickWindow>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

#include <memory>

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

    static QQuickItem *findVisible(QQuickItem *root, const QString &name)
    {
        if (root->objectName() == name && root->isVisible())
            return root;
        for (QQuickItem *child : root->childItems()) {
            if (QQuickItem *found = findVisible(child, name))
                return found;
        }
        return nullptr;
    }

    static inline int s_pointsUnlikeTheCard = 0;
    static inline QStringList s_opened; // the pickers openAndClose opened

    // The objectName of every FilePicker in the app's QML, or "<file> (no objectName)".
    static QStringList pickersInTheSources()
    {
        QStringList names;
        QDirIterator files(QStringLiteral(NESTJE_SOURCE_DIR "/qml"), {QStringLiteral("*.qml")}, QDir::Files,
                           QDirIterator::Subdirectories);
        static const QRegularExpression picker(QStringLiteral("\\bFilePicker\\s*\\{([^}]*)"));
        static const QRegularExpression name(QStringLiteral("objectName:\\s*\"([^\"]+)\""));
        while (files.hasNext()) {
            QFile file(files.next());
            if (!file.open(QIODevice::ReadOnly))
                continue;
            const QString code = QString::fromUtf8(file.readAll());
            for (auto it = picker.globalMatch(code); it.hasNext();) {
                const auto found = name.match(it.next().captured(1));
                names << (found.hasMatch() ? found.captured(1) : file.fileName() + QStringLiteral(" (no objectName)"));
            }
        }
        return names;
    }

    // Points spread over `area`, in the window's coordinates.
    static QList<QPointF> grid(const QRectF &area)
    {
        QList<QPointF> points;
        for (int i = 0; i < 8; ++i) {
            for (int j = 0; j < 6; ++j)
                points << QPointF(area.left() + area.width() * (i + 0.5) / 8, area.top() + area.height() * (j + 0.5) / 6);
        }
        return points;
    }
    static bool near(const QColor &a, const QColor &b)
    {
        return qAbs(a.red() - b.red()) <= 3 && qAbs(a.green() - b.green()) <= 3 && qAbs(a.blue() - b.blue()) <= 3;
    }

    // The open dialog is a card that covers what is behind it: where its (empty) folder list is,
    // only the card's own colour shows, while the page grabbed before it opened shows something
    // else there.
    static void checkCoversThePage(QQuickWindow *window, const QImage &before, const QString &name)
    {
        QQuickItem *list = nullptr;
        QTRY_VERIFY2((list = findVisible(window->contentItem(), QStringLiteral("fileDialogListView"))), qPrintable(name));
        QQuickItem *card = list->parentItem(); // the dialog's popup item
        QVERIFY(card);
        QTRY_COMPARE(card->opacity(), 1.0); // opened (Material fades and scales it in)
        QTRY_COMPARE(card->scale(), 1.0);
        // An empty folder: nothing drawn over the card. The listing is asynchronous and may show the
        // folder the dialog started in first, on a loaded machine for longer than a moment.
        QTRY_VERIFY2_WITH_TIMEOUT(list->property("count").toInt() == 0,
                                  qPrintable(QStringLiteral("%1 lists %2 entries in %3").arg(name).arg(list->property("count").toInt())
                                                 .arg(list->property("folder").toString())), 10000);
        const auto *background = card->property("background").value<QQuickItem *>();
        QVERIFY(background);
        const QColor colour = background->property("color").value<QColor>();
        QCOMPARE(colour.alpha(), 255);
        const QRectF area = list->mapRectToScene(QRectF(0, 0, list->width(), list->height())).adjusted(4, 4, -4, -4);
        QVERIFY2(area.height() > 40 && area.width() > 100, qPrintable(name));
        QTest::qWait(50);
        const QImage open = window->grabWindow();
        const qreal dpr = qreal(open.width()) / window->width();
        int behind = 0, shown = 0;
        for (const QPointF &at : grid(area)) {
            const QPoint pixel = (at * dpr).toPoint();
            behind += near(before.pixelColor(pixel), colour) ? 0 : 1;
            shown += near(open.pixelColor(pixel), colour) ? 0 : 1;
        }
        s_pointsUnlikeTheCard += behind; // at least one page must differ, or the test sees nothing
        QVERIFY2(shown == 0, qPrintable(QStringLiteral("%1: %2 of 48 points show the page through the dialog").arg(name).arg(shown)));
    }

    // Opens the picker named `name` on an empty folder, checks the dialog is up, covers the page
    // and the app still runs, closes it.
    static void openAndClose(QQuickWindow *window, const QString &name)
    {
        QObject *picker = nullptr;
        QTRY_VERIFY2_WITH_TIMEOUT((picker = findObject(window->contentItem(), name)), qPrintable(name), 20000);
        QTemporaryDir empty;
        QVERIFY(empty.isValid());
        picker->setProperty("folder", QUrl::fromLocalFile(empty.path()));
        QTest::qWait(100);
        const QImage before = window->grabWindow();
        QVERIFY(QMetaObject::invokeMethod(picker, "open"));
        QTRY_VERIFY2_WITH_TIMEOUT(picker->property("dialogOpen").toBool(), qPrintable(name), 10000);
        QTest::qWait(200); // let the dialog's folder listing run
        checkCoversThePage(window, before, name);
        QVERIFY(QMetaObject::invokeMethod(picker, "close"));
        QTRY_VERIFY(!picker->property("dialogOpen").toBool());
        s_opened << name;
    }

    // The demo app in Dutch at desktop size, or nullptr when it does not start.
    static std::unique_ptr<Application> startDemo()
    {
        AppOptions options;
        options.demo = true;
        options.language = QStringLiteral("nl");
        auto app = std::make_unique<Application>(options);
        if (!app->start() || !app->window())
            return nullptr;
        app->window()->resize(1280, 800);
        return app;
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
        const std::unique_ptr<Application> app = startDemo();
        QVERIFY(app);
        QQuickWindow *window = app->window();

        // The login page's CA certificate picker, before the demo account is in.
        app->controller()->addAccount();
        openAndClose(window, QStringLiteral("certificatePicker"));
        QTRY_COMPARE_WITH_TIMEOUT(app->controller()->screen(), AppController::MainScreen, 60000);
        QTRY_VERIFY_WITH_TIMEOUT(!app->controller()->session()->isSyncing(), 60000);

        // Mijn kind: the diary form's photo picker, with text typed first.
        app->controller()->myChild()->open(QStringLiteral("diary"));
        QObject *text = nullptr;
        QTRY_VERIFY_WITH_TIMEOUT((text = findObject(window->contentItem(), QStringLiteral("diaryText"))), 20000);
        text->setProperty("text", QStringLiteral("Nog niet verstuurd"));
        openAndClose(window, QStringLiteral("diaryMediaPicker"));
        QCOMPARE(text->property("text").toString(), QStringLiteral("Nog niet verstuurd"));

        // A diary entry: "Dagboek downloaden" saves a PDF.
        app->controller()->myChild()->open(screenshotPage(QStringLiteral("journal"))->target(*app->controller()->session()->account()->database()));
        openAndClose(window, QStringLiteral("diarySavePicker"));

        // Every other page with a file dialog, through the deep links a notification uses.
        const auto openPage = [&](const QString &name) {
            const auto page = screenshotPage(name);
            QVERIFY2(page, qPrintable(name));
            app->controller()->open(page->tab, page->target ? page->target(*app->controller()->session()->account()->database()) : QString());
        };
        openPage(QStringLiteral("agenda")); // "Zet in mijn agenda" saves an .ics
        openAndClose(window, QStringLiteral("calendarSavePicker"));
        openPage(QStringLiteral("bericht-nieuw")); // a new message's photos
        openAndClose(window, QStringLiteral("newMessagePhotoPicker"));
        openPage(QStringLiteral("bericht")); // a reply's photos
        openAndClose(window, QStringLiteral("replyPhotoPicker"));
        openPage(QStringLiteral("overig-documents")); // a document saved where the parent chooses
        openAndClose(window, QStringLiteral("documentSavePicker"));
        openPage(QStringLiteral("archief")); // the archive's folder
        openAndClose(window, QStringLiteral("archiveFolderPicker"));
        // Behind some dialog the page was not the card's colour, so a see-through card was seen.
        QVERIFY(s_pointsUnlikeTheCard > 0);
        // Every file dialog of every page: a picker added to a page must be opened here too.
        const QStringList pickers = pickersInTheSources();
        QVERIFY(pickers.size() >= 8);
        for (const QString &picker : pickers)
            QVERIFY2(s_opened.contains(picker), qPrintable(picker + QStringLiteral(" is not opened by this test")));
    }

    // Item 5: the photo picker opened in the program's working folder on a system without a
    // Pictures folder. A picker asked for a folder that does not exist opens in its nearest
    // existing parent (the home folder for ~/Pictures).
    void aPickerOpensInAnExistingFolder()
    {
        QTemporaryDir home;
        QVERIFY(home.isValid());
        QCOMPARE(fileDialogFolder(QUrl::fromLocalFile(home.path() + QStringLiteral("/Pictures"))), QUrl::fromLocalFile(home.path()));
        QCOMPARE(fileDialogFolder(QUrl::fromLocalFile(home.path() + QStringLiteral("/a/b/"))), QUrl::fromLocalFile(home.path()));
        QCOMPARE(fileDialogFolder(QUrl::fromLocalFile(home.path())), QUrl::fromLocalFile(home.path()));
        QCOMPARE(fileDialogFolder(QUrl()), QUrl::fromLocalFile(QDir::homePath()));

        const std::unique_ptr<Application> app = startDemo();
        QVERIFY(app);
        QQuickWindow *window = app->window();
        QTRY_COMPARE_WITH_TIMEOUT(app->controller()->screen(), AppController::MainScreen, 60000);
        QTRY_VERIFY_WITH_TIMEOUT(!app->controller()->session()->isSyncing(), 60000);
        app->controller()->myChild()->open(QStringLiteral("diary"));
        QObject *picker = nullptr;
        QTRY_VERIFY_WITH_TIMEOUT((picker = findObject(window->contentItem(), QStringLiteral("diaryMediaPicker"))), 20000);
        picker->setProperty("folder", QUrl::fromLocalFile(home.path() + QStringLiteral("/Pictures")));
        QVERIFY(QMetaObject::invokeMethod(picker, "open"));
        QTRY_VERIFY_WITH_TIMEOUT(picker->property("dialogOpen").toBool(), 10000);
        QObject *dialog = picker->findChild<QObject *>(QStringLiteral("fileDialog"));
        QVERIFY(dialog);
        QCOMPARE(dialog->property("currentFolder").toUrl(), QUrl::fromLocalFile(home.path()));
        QVERIFY(QMetaObject::invokeMethod(picker, "close"));
        QTRY_VERIFY(!picker->property("dialogOpen").toBool());

        // "Dagboek downloaden" suggests its file name in that folder too: it suggested
        // ~/Documents/Dagboek Daan.pdf, the dialog showed a Documents that did not exist, and
        // saving failed with "Het bestand kon niet worden opgeslagen".
        app->controller()->myChild()->open(screenshotPage(QStringLiteral("journal"))->target(*app->controller()->session()->account()->database()));
        QObject *save = nullptr;
        QTRY_VERIFY_WITH_TIMEOUT((save = findObject(window->contentItem(), QStringLiteral("diarySavePicker"))), 20000);
        save->setProperty("folder", QUrl::fromLocalFile(home.path() + QStringLiteral("/Documents")));
        QVERIFY(QMetaObject::invokeMethod(save, "open"));
        QTRY_VERIFY_WITH_TIMEOUT(save->property("dialogOpen").toBool(), 10000);
        QObject *saveDialog = save->findChild<QObject *>(QStringLiteral("fileDialog"));
        QVERIFY(saveDialog);
        const QUrl suggested = saveDialog->property("selectedFile").toUrl();
        QCOMPARE(QFileInfo(suggested.toLocalFile()).dir().path(), home.path());
        QVERIFY2(suggested.fileName().endsWith(QLatin1String(".pdf")), qPrintable(suggested.toString()));
        // Item 5: in Dutch the save button reads "Opslaan" (it read "OPENEN"), and Qt's own
        // "File name" label, which Qt 6.4 does not translate, is Dutch too.
        QCOMPARE(saveDialog->property("acceptLabel").toString(), QStringLiteral("Opslaan"));
        QCOMPARE(QCoreApplication::translate("FileDialog", "File name"), QStringLiteral("Bestandsnaam"));
        QVERIFY(QMetaObject::invokeMethod(save, "close"));
        QTRY_VERIFY(!save->property("dialogOpen").toBool());
    }

public slots:
    void recordFailure(const QString &reason) { m_failure = reason; }

private:
    QString m_failure;
};

QTEST_MAIN(TestDialogs)
#include "tst_dialogs.moc"
