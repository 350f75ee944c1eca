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

private slots:
    void dutchIsComplete()
    {
        const QString dutchPath = QStringLiteral(NESTJE_SOURCE_DIR "/translations/nestje_nl.ts");
        const QList<Message> dutch = readTs(dutchPath);
        QHash<QString, Message> byKey;
        for (const Message &message : dutch)
            byKey.insert(message.context + QLatin1Char('\x1f') + message.source, message);

        QTemporaryDir dir;
        const QString fresh = dir.filePath(QStringLiteral("fresh_nl.ts"));
        QProcess lupdate;
        lupdate.setProcessChannelMode(QProcess::MergedChannels);
        const QString source = QStringLiteral(NESTJE_SOURCE_DIR);
        lupdate.start(QStringLiteral(NESTJE_LUPDATE),
                      {QStringLiteral("-silent"), QStringLiteral("-locations"), QStringLiteral("none"),
                       source + QStringLiteral("/app"), source + QStringLiteral("/core"),
                       source + QStringLiteral("/qml"), QStringLiteral("-ts"), fresh});
        QVERIFY(lupdate.waitForFinished(120000));
        QVERIFY2(lupdate.exitCode() == 0, lupdate.readAll().constData());

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
