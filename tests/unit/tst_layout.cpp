// SPDX-License-Identifier: GPL-3.0-or-later
// The architecture's grep rules (docs/architecture.md), checked over the source tree:
//  - SQL only in stores: files named *Store*, *Schema*, Migrations or Database;
//  - protocol JSON looked into only by parsers and records (*Parser*, *Records*) and by the
//    write payload builders (*Write*), plus the short list below, each entry with its reason;
//  - no hand-written QML registration: types register themselves (QML_ELEMENT and friends).
// A rule that matches nothing proves nothing, so each one is first run over lines that must
// match and lines that must not.
#include <QDirIterator>
#include <QFile>
#include <QRegularExpression>
#include <QTest>

namespace {

struct Rule
{
    const char *what;
    QRegularExpression pattern;
    QStringList folders;            // searched, relative to the source root
    QStringList extensions;         // of the files searched
    QRegularExpression allowedName; // matched against the file's name (no folder)
    QStringList allowList;          // paths (a trailing '/' allows a folder) that may anyway
};

// SQL: Qt's SQL classes, or a string literal that starts with a statement.
const QRegularExpression sqlPattern(QStringLiteral(
    R"(\bQSql(Query|Database|Record|Error)\b|"\s*(SELECT|INSERT|UPDATE|DELETE|REPLACE|CREATE|DROP|ALTER|PRAGMA|WITH)\s)"));

// JSON parsing: the classes one reads a document with, or looking inside a value. Passing a
// payload on (QJsonValue) is not parsing.
const QRegularExpression
    jsonPattern(QStringLiteral(R"(\bQJson(Document|Object|Array)\b|\.to(Object|Array)\(\))"));

// Hand-written registration (qmlRegisterType, qmlRegisterSingletonInstance ...).
const QRegularExpression qmlRegisterPattern(QStringLiteral(R"(\bqmlRegister)"));

// An icon drawn as it is in the file (black): it vanishes in the dark scheme. AppIcon and the
// icon.source of a control tint it with the text's colour. The logo keeps its own colours.
const QRegularExpression untintedIconPattern(QStringLiteral(R"((^|[^.\w])source:.*qrc:/icons/(?!nestje\.svg))"));

const QStringList cppFiles{QStringLiteral("cpp"), QStringLiteral("h")};

QList<Rule> rules()
{
    return {
        {"SQL outside a store",
         sqlPattern,
         {QStringLiteral("core"), QStringLiteral("app")},
         cppFiles,
         QRegularExpression(QStringLiteral("Store|Schema|^Migrations\\.|^Database\\.")),
         {
             // The sync_state key/value table's reads and writes; every feature's due times and
             // statuses go through it. A store in all but name.
             QStringLiteral("core/db/SyncState.cpp"),
             // The database's own upkeep beside Database.cpp's pragmas: the write-ahead log's
             // checkpoint, on a connection of its own. No feature data.
             QStringLiteral("core/db/WalCheckpoints.cpp"),
         }},
        {"JSON parsing outside a parser, records or a payload builder",
         jsonPattern,
         {QStringLiteral("core"), QStringLiteral("app")},
         cppFiles,
         QRegularExpression(QStringLiteral("Parser|Records|Write")),
         {
             // The protocol itself: the envelope every answer comes in, the login and token
             // answers, and the JSON value readers the parsers use.
             QStringLiteral("core/net/"),
             // The capabilities record: Capabilities::parse() and its serialised copy in
             // sync_state (OrganisationParser hands it the payload).
             QStringLiteral("core/sync/Capabilities.h"),
             QStringLiteral("core/sync/Capabilities.cpp"),
             // The timeline's parser, named after its record (parseTimelinePage()).
             QStringLiteral("core/features/timeline/TimelineCard.h"),
             QStringLiteral("core/features/timeline/TimelineCard.cpp"),
             // Part of that parser: the card's content hash, written from the card's JSON while
             // parseTimelineCard() reads it (and Qt's way of writing it, the tests' reference).
             QStringLiteral("core/features/timeline/CardHash.h"),
             QStringLiteral("core/features/timeline/CardHash.cpp"),
             // Keeps a queued request's body (and the answer) as JSON text and hands it back
             // unchanged; never reads it.
             QStringLiteral("core/sync/OutboxStore.cpp"),
             // Builds the bodies of the change request, the question and the password change: a
             // payload builder whose name does not say so.
             QStringLiteral("core/features/account/AccountDetails.cpp"),
         }},
        {"qmlRegister* call (use QML_ELEMENT / QML_SINGLETON / QML_UNCREATABLE)",
         qmlRegisterPattern,
         {QStringLiteral("core"), QStringLiteral("app"), QStringLiteral("qml"),
          QStringLiteral("tests"), QStringLiteral("bench"), QStringLiteral("fuzz"),
          QStringLiteral("server")},
         {QStringLiteral("cpp"), QStringLiteral("h"), QStringLiteral("qml"), QStringLiteral("js")},
         QRegularExpression(QStringLiteral("(?!)")), // no name allows it
         {
             // This file: the rule's own name and the samples it is tested on.
             QStringLiteral("tests/unit/tst_layout.cpp"),
         }},
        {"an icon drawn untinted (use AppIcon, or the icon.source of a control)",
         untintedIconPattern,
         {QStringLiteral("qml")},
         {QStringLiteral("qml")},
         QRegularExpression(QStringLiteral("^AppIcon\\.qml$")), // the one that tints
         {}},
    };
}

// A line that is only a comment says nothing about the code.
bool isComment(const QString &line)
{
    const QString trimmed = line.trimmed();
    return trimmed.startsWith(QLatin1String("//")) || trimmed.startsWith(QLatin1Char('*')) ||
           trimmed.startsWith(QLatin1String("/*"));
}

bool allowed(const Rule &rule, const QString &relativePath)
{
    const QString name = relativePath.section(QLatin1Char('/'), -1);
    if (rule.allowedName.match(name).hasMatch())
        return true;
    for (const QString &entry : rule.allowList) {
        if (entry.endsWith(QLatin1Char('/')) ? relativePath.startsWith(entry)
                                             : relativePath == entry)
            return true;
    }
    return false;
}

// "path:line: text" for every line that breaks `rule`.
QStringList violations(const Rule &rule, const QString &root)
{
    QStringList found;
    for (const QString &folder : rule.folders) {
        QDirIterator it(root + QLatin1Char('/') + folder, QDir::Files,
                        QDirIterator::Subdirectories);
        while (it.hasNext()) {
            const QString path = it.next();
            if (!rule.extensions.contains(it.fileInfo().suffix()))
                continue;
            const QString relative = path.mid(root.size() + 1);
            if (allowed(rule, relative))
                continue;
            QFile file(path);
            if (!file.open(QIODevice::ReadOnly))
                continue;
            int number = 0;
            while (!file.atEnd()) {
                const QString line = QString::fromUtf8(file.readLine());
                ++number;
                if (!isComment(line) && rule.pattern.match(line).hasMatch())
                    found << QStringLiteral("%1:%2: %3")
                                 .arg(relative)
                                 .arg(number)
                                 .arg(line.trimmed());
            }
        }
    }
    return found;
}

} // namespace

class TestLayout : public QObject
{
    Q_OBJECT
private slots:
    void patternsMatchWhatTheyGuard_data()
    {
        QTest::addColumn<QRegularExpression>("pattern");
        QTest::addColumn<QString>("line");
        QTest::addColumn<bool>("matches");
        QTest::newRow("sql class")
            << sqlPattern << QStringLiteral("    QSqlQuery *q = m_db.select(") << true;
        QTest::newRow("sql select")
            << sqlPattern << QStringLiteral(R"(select(QStringLiteral("SELECT id FROM cards"));)")
            << true;
        QTest::newRow("sql insert")
            << sqlPattern << QStringLiteral(R"(exec(QStringLiteral("INSERT OR REPLACE INTO x"));)")
            << true;
        QTest::newRow("sql word in text")
            << sqlPattern << QStringLiteral(R"(tr("Select a photo"))") << false;
        QTest::newRow("json document")
            << jsonPattern << QStringLiteral("QJsonDocument::fromJson(bytes)") << true;
        QTest::newRow("json object")
            << jsonPattern << QStringLiteral("const QJsonObject o = v.toObject();") << true;
        QTest::newRow("json look inside")
            << jsonPattern << QStringLiteral("payload.toArray().size()") << true;
        QTest::newRow("json passed on")
            << jsonPattern << QStringLiteral("[&run](const QJsonValue &payload) {") << false;
        QTest::newRow("qml register")
            << qmlRegisterPattern
            << QStringLiteral("qmlRegisterSingletonInstance(\"Nestje\", 1, 0, \"App\", app);")
            << true;
        QTest::newRow("qml element")
            << qmlRegisterPattern << QStringLiteral("    QML_ELEMENT") << false;
        QTest::newRow("icon as an image")
            << untintedIconPattern << QStringLiteral(R"(            source: "qrc:/icons/download.svg")")
            << true;
        QTest::newRow("icon by name as an image")
            << untintedIconPattern
            << QStringLiteral(R"(    source: row.iconName.length > 0 ? "qrc:/icons/" + row.iconName : "")") << true;
        QTest::newRow("the logo")
            << untintedIconPattern << QStringLiteral(R"(        source: "qrc:/icons/nestje.svg")") << false;
        QTest::newRow("icon of a control")
            << untintedIconPattern << QStringLiteral(R"(    icon.source: "qrc:/icons/close.svg")") << false;
    }

    void patternsMatchWhatTheyGuard()
    {
        QFETCH(QRegularExpression, pattern);
        QFETCH(QString, line);
        QFETCH(bool, matches);
        QCOMPARE(pattern.match(line).hasMatch(), matches);
    }

    void treeKeepsTheRules_data()
    {
        QTest::addColumn<int>("index");
        const QList<Rule> all = rules();
        for (int i = 0; i < all.size(); ++i)
            QTest::newRow(all.at(i).what) << i;
    }

    void treeKeepsTheRules()
    {
        QFETCH(int, index);
        const Rule rule = rules().at(index);
        const QString root = QStringLiteral(NESTJE_SOURCE_DIR);
        // The scan must see the tree, or it passes on nothing.
        QVERIFY2(QFile::exists(root + QStringLiteral("/core/db/Database.cpp")), qPrintable(root));
        const QStringList found = violations(rule, root);
        QVERIFY2(found.isEmpty(), qPrintable(QStringLiteral("%1:\n  %2")
                                                 .arg(QLatin1String(rule.what),
                                                      found.join(QStringLiteral("\n  ")))));
    }

    void allowListEntriesExist()
    {
        // An entry for a file that was moved or renamed would silently allow its successor.
        const QString root = QStringLiteral(NESTJE_SOURCE_DIR);
        for (const Rule &rule : rules()) {
            for (const QString &entry : rule.allowList)
                QVERIFY2(QFileInfo::exists(root + QLatin1Char('/') + entry), qPrintable(entry));
        }
    }
};

QTEST_GUILESS_MAIN(TestLayout)
#include "tst_layout.moc"
