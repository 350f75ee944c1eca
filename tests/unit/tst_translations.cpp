// SPDX-License-Identifier: GPL-3.0-or-later
#include <QDir>
#include <QFile>
#include <QProcess>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTest>
#include <QXmlStreamReader>

// Every string the app can show must have a finished Dutch translation. The test runs lupdate
// on the sources itself, so a string added to the code but not to nestje_nl.ts fails too.
class TestTranslations : public QObject
{
    Q_OBJECT
private:
    struct Message
    {
        QString context;
        QString source;
        QString type;         // "", "unfinished", "vanished", "obsolete"
        QStringList translations;
    };

    static QList<Message> readTs(const QString &path)
    {
        QFile file(path);
        if (!file.open(QIODevice::ReadOnly))
            qFatal("cannot open %s", qPrintable(path));
        QList<Message> messages;
        QXmlStreamReader xml(&file);
        QString context;
        Message current;
        while (!xml.atEnd()) {
            xml.readNext();
            if (!xml.isStartElement())
                continue;
            const auto name = xml.name();
            if (name == QLatin1String("name")) {
                context = xml.readElementText();
            } else if (name == QLatin1String("message")) {
                current = Message{context, {}, {}, {}};
            } else if (name == QLatin1String("source")) {
                current.source = xml.readElementText();
            } else if (name == QLatin1String("translation")) {
                current.type = xml.attributes().value(QLatin1String("type")).toString();
                // Plural forms are <numerusform> children; a plain translation is text.
                QString text;
                while (!(xml.isEndElement() && xml.name() == QLatin1String("translation"))) {
                    xml.readNext();
                    if (xml.isCharacters())
                        text += xml.text();
                    else if (xml.isStartElement() && xml.name() == QLatin1String("numerusform"))
                        current.translations << xml.readElementText();
                }
                if (current.translations.isEmpty())
                    current.translations << text.trimmed();
                messages << current;
            }
        }
        if (xml.hasError())
            qFatal("%s: %s", qPrintable(path), qPrintable(xml.errorString()));
        return messages;
    }

    // The numbered placeholders (%1, %L2 …) of a text; a translation that loses one shows the
    // raw "%1" or drops the value. %n may be left out of a plural form ("één foto").
    static QStringList placeholders(const QString &text)
    {
        static const QRegularExpression pattern(QStringLiteral("%L?([1-9][0-9]?)"));
        QStringList found;
        for (auto it = pattern.globalMatch(text); it.hasNext();)
            found << QLatin1Char('%') + it.next().captured(1);
        found.sort();
        found.removeDuplicates();
        return found;
    }

    // lupdate over the app's sources into `ts`; its output (warnings) is returned.
    static QByteArray runLupdate(const QString &ts)
    {
        QProcess lupdate;
        lupdate.setProcessChannelMode(QProcess::MergedChannels);
        const QString source = QStringLiteral(NESTJE_SOURCE_DIR);
        lupdate.start(QStringLiteral(NESTJE_LUPDATE),
                      {QStringLiteral("-silent"), QStringLiteral("-locations"), QStringLiteral("none"),
                       source + QStringLiteral("/app"), source + QStringLiteral("/core"),
                       source + QStringLiteral("/qml"), QStringLiteral("-ts"), ts});
        if (!lupdate.waitForFinished(120000) || lupdate.exitCode() != 0)
            qFatal("lupdate failed: %s", lupdate.readAll().constData());
        return lupdate.readAll();
    }

private slots:
    // Code outside a QObject translates through a file-local tr() helper that names its context.
    // lupdate cannot see that helper: it files the calls under a context it guesses from the
    // enclosing class or namespace, and says so ("Class 'nestje::CommandLogin' lacks Q_OBJECT
    // macro"). A helper that looks up another context finds no translation, so its strings stay
    // English in a Dutch app: the command line's login messages, the care-end reminder and the
    // extra-day payment choices did. Each such file must look up the context lupdate used.
    void helpersLookUpTheContextLupdateFilesThemUnder()
    {
        QTemporaryDir dir;
        const QString output = QString::fromUtf8(runLupdate(dir.filePath(QStringLiteral("guess_nl.ts"))));
        static const QRegularExpression guessed(QStringLiteral("^(.+):(\\d+): Class '([^']+)' lacks Q_OBJECT macro$"),
                                                QRegularExpression::MultilineOption);
        QStringList problems;
        int checked = 0;
        for (auto it = guessed.globalMatch(output); it.hasNext();) {
            const auto match = it.next();
            QFile file(match.captured(1));
            QVERIFY2(file.open(QIODevice::ReadOnly), qPrintable(match.captured(1)));
            const QString code = QString::fromUtf8(file.readAll());
            const QString lookup = QStringLiteral("QCoreApplication::translate(\"%1\", text)").arg(match.captured(3));
            ++checked;
            if (!code.contains(lookup))
                problems << QStringLiteral("%1:%2: lupdate files its tr() under '%3', the file has no %4")
                                .arg(match.captured(1), match.captured(2), match.captured(3), lookup);
        }
        QVERIFY2(checked > 0, "no helper found: the check sees nothing (has lupdate's warning changed?)");
        QVERIFY2(problems.isEmpty(), qPrintable(problems.join(QLatin1Char('\n'))));
    }

    void dutchIsComplete()
    {
        const QString dutchPath = QStringLiteral(NESTJE_SOURCE_DIR "/translations/nestje_nl.ts");
        const QList<Message> dutch = readTs(dutchPath);
        QHash<QString, Message> byKey;
        for (const Message &message : dutch)
            byKey.insert(message.context + QLatin1Char('\x1f') + message.source, message);

        QTemporaryDir dir;
        const QString fresh = dir.filePath(QStringLiteral("fresh_nl.ts"));
        runLupdate(fresh);

        const QList<Message> extracted = readTs(fresh);
        QVERIFY2(extracted.size() > 50, "lupdate found suspiciously few strings");
        QStringList problems;
        for (const Message &message : extracted) {
            const auto found = byKey.constFind(message.context + QLatin1Char('\x1f') + message.source);
            if (found == byKey.constEnd()) {
                problems << QStringLiteral("missing: [%1] %2").arg(message.context, message.source);
                continue;
            }
            const bool empty = std::any_of(found->translations.begin(), found->translations.end(),
                                           [](const QString &t) { return t.trimmed().isEmpty(); });
            if (!found->type.isEmpty() || empty)
                problems << QStringLiteral("unfinished: [%1] %2").arg(message.context, message.source);
            for (const QString &translation : found->translations) {
                if (placeholders(translation) != placeholders(message.source))
                    problems << QStringLiteral("placeholders differ: [%1] %2 -> %3")
                                    .arg(message.context, message.source, translation);
            }
        }
        for (const Message &message : dutch) {
            if (message.type == QLatin1String("vanished") || message.type == QLatin1String("obsolete"))
                problems << QStringLiteral("stale: [%1] %2").arg(message.context, message.source);
        }
        QVERIFY2(problems.isEmpty(), qPrintable(problems.join(QLatin1Char('\n'))));
    }
};

QTEST_GUILESS_MAIN(TestTranslations)
#include "tst_translations.moc"
