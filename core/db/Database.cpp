// SPDX-License-Identifier: GPL-3.0-or-later
#include "db/Database.h"

#include "db/Migrations.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QLoggingCategory>
#include <QSqlDriver>
#include <QSqlError>
#include <QUuid>

#include <sqlite3.h>

Q_LOGGING_CATEGORY(lcStore, "nestje.store")

namespace nestje {

namespace {
// Qt's SQLite driver hands out its connection for direct use (QSqlDriver::handle()). Only
// when the driver runs on the SQLite this program links (Debian's does, it links the system's
// libsqlite3): a Qt built with its own copy would have a connection our calls cannot touch.
sqlite3 *ownSqliteConnection(QSqlDatabase &db)
{
    const QVariant handle = db.driver()->handle();
    if (!handle.isValid() || qstrcmp(handle.typeName(), "sqlite3*") != 0)
        return nullptr;
    QSqlQuery version(db);
    if (!version.exec(QStringLiteral("SELECT sqlite_version()")) || !version.next() ||
        version.value(0).toString() != QLatin1String(sqlite3_libversion()))
        return nullptr;
    return *static_cast<sqlite3 *const *>(handle.constData());
}

// The cache holds the family's diary, messages, names and photos' captions: this user's only.
// SQLite gives the files it makes beside it (-wal, -shm) the database file's mode, so the file
// is made private before SQLite opens it; a cache an older Nestje made with the umask's mode is
// made private on its next open.
void keepPrivate(const QString &filePath)
{
    constexpr QFileDevice::Permissions ownerOnly = QFileDevice::ReadOwner | QFileDevice::WriteOwner;
    QFile file(filePath);
    if (!file.exists() && file.open(QIODevice::WriteOnly)) // empty: SQLite makes it a database
        file.close();
    for (const char *suffix : {"", "-wal", "-shm"}) {
        const QString path = filePath + QLatin1String(suffix);
        if (QFile::exists(path))
            QFile::setPermissions(path, ownerOnly);
    }
}
} // namespace

Database::~Database()
{
    close();
}

int Database::latestVersion()
{
    return static_cast<int>(cacheMigrations().size());
}

bool Database::open(const QString &filePath, QString *error, int targetVersion)
{
    close();
    m_filePath = filePath;
    QDir().mkpath(QFileInfo(filePath).absolutePath());
    keepPrivate(filePath);
    m_connectionName = QStringLiteral("nestje-cache-") + QUuid::createUuid().toString(QUuid::WithoutBraces);
    m_db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), m_connectionName);
    m_db.setDatabaseName(filePath);
    if (!m_db.open()) {
        if (error)
            *error = m_db.lastError().text();
        close();
        return false;
    }
    m_handle = ownSqliteConnection(m_db);
    // WAL lets the UI read while a sync writes; NORMAL sync is durable enough for a cache and
    // keeps page writes fast. The outbox survives: WAL commits are atomic.
    exec(QStringLiteral("PRAGMA journal_mode=WAL"));
    exec(QStringLiteral("PRAGMA synchronous=NORMAL"));
    exec(QStringLiteral("PRAGMA foreign_keys=ON"));
    if (m_handle)
        m_checkpoints = std::make_unique<WalCheckpoints>(m_handle, filePath);
    if (!migrate(targetVersion < 0 ? latestVersion() : targetVersion, error)) {
        close();
        return false;
    }
    return true;
}

void Database::close()
{
    if (m_connectionName.isEmpty())
        return;
    m_statements.clear();
    m_checkpoints.reset(); // waits for a checkpoint under way
    m_writes.clear(); // finalized before the connection closes, or SQLite would refuse to close it
    m_handle = nullptr;
    m_db.close();
    m_db = QSqlDatabase();
    QSqlDatabase::removeDatabase(m_connectionName);
    m_connectionName.clear();
}

int Database::schemaVersion() const
{
    QSqlQuery q(m_db); // not cached: the version changes during migration
    if (q.exec(QStringLiteral("PRAGMA user_version")) && q.next())
        return q.value(0).toInt();
    return -1;
}

bool Database::exec(const QString &sql, const QVariantList &values)
{
    QSqlQuery *q = select(sql, values);
    if (q)
        q->finish(); // an open statement would hold SQLite locks past COMMIT or DDL
    return q != nullptr;
}

QSqlQuery *Database::select(const QString &sql, const QVariantList &values)
{
    auto cached = m_statements.find(sql);
    if (cached == m_statements.end()) {
        QSqlQuery fresh(m_db);
        fresh.setForwardOnly(true);
        if (!fresh.prepare(sql)) {
            qCWarning(lcStore) << "prepare failed:" << fresh.lastError().text() << sql;
            return nullptr;
        }
        cached = m_statements.insert(sql, std::move(fresh));
    }
    QSqlQuery &q = *cached;
    q.finish();
    for (int i = 0; i < values.size(); ++i)
        q.bindValue(i, values.at(i));
    if (!q.exec()) {
        qCWarning(lcStore) << "exec failed:" << q.lastError().text() << sql;
        ++m_failedStatements;
        return nullptr;
    }
    return &q;
}

SqliteWrite *Database::writeStatement(const QString &sql)
{
    auto cached = m_writes.find(sql);
    if (cached != m_writes.end())
        return cached->second.get();
    if (!m_handle)
        return nullptr;
    std::unique_ptr<SqliteWrite> statement = SqliteWrite::prepare(m_handle, sql);
    if (!statement)
        return nullptr;
    return m_writes.emplace(sql, std::move(statement)).first->second.get();
}

qint64 Database::scalar(const QString &sql, const QVariantList &values)
{
    QSqlQuery *q = select(sql, values);
    const qint64 value = q && q->next() ? q->value(0).toLongLong() : 0;
    if (q)
        q->finish();
    return value;
}

bool Database::transaction(const std::function<bool()> &work)
{
    if (!m_db.transaction())
        return false;
    const bool ok = work();
    for (QSqlQuery &statement : m_statements)
        statement.finish();
    if (!ok) {
        m_db.rollback();
        return false;
    }
    if (m_db.commit())
        return true;
    ++m_failedStatements;
    return false;
}

bool Database::migrate(int targetVersion, QString *error)
{
    const QList<QStringList> &steps = cacheMigrations();
    const int current = schemaVersion();
    if (current > latestVersion()) {
        if (error)
            *error = QStringLiteral("cache was written by a newer Nestje (schema %1)").arg(current);
        return false;
    }
    for (int version = current; version < targetVersion; ++version) {
        const bool ok = transaction([&] {
            for (const QString &statement : steps.at(version)) {
                if (!exec(statement))
                    return false;
            }
            return exec(QStringLiteral("PRAGMA user_version = %1").arg(version + 1));
        });
        if (!ok) {
            if (error)
                *error = QStringLiteral("migration to schema %1 failed: %2")
                             .arg(version + 1)
                             .arg(m_db.lastError().text());
            return false;
        }
    }
    // Features' own tables come on top of the latest shared schema only (tests that open an
    // older version look at the shared steps alone).
    return targetVersion < latestVersion() || migrateFeatures(error);
}

bool Database::migrateFeatures(QString *error)
{
    if (!exec(QStringLiteral("CREATE TABLE IF NOT EXISTS feature_schema (feature TEXT PRIMARY KEY,"
                             " version INTEGER NOT NULL)")))
        return false;
    for (const FeatureSchema &schema : featureSchemas()) {
        const int current = int(scalar(QStringLiteral("SELECT version FROM feature_schema WHERE feature = ?"),
                                       {schema.feature}));
        if (current > schema.steps.size()) {
            if (error)
                *error = QStringLiteral("cache of %1 was written by a newer Nestje (schema %2)")
                             .arg(schema.feature)
                             .arg(current);
            return false;
        }
        for (int version = current; version < schema.steps.size(); ++version) {
            const bool ok = transaction([&] {
                for (const QString &statement : schema.steps.at(version)) {
                    if (!exec(statement))
                        return false;
                }
                return exec(QStringLiteral("INSERT OR REPLACE INTO feature_schema VALUES (?, ?)"),
                            {schema.feature, version + 1});
            });
            if (!ok) {
                if (error)
                    *error = QStringLiteral("migration of %1 to schema %2 failed: %3")
                                 .arg(schema.feature)
                                 .arg(version + 1)
                                 .arg(m_db.lastError().text());
                return false;
            }
        }
    }
    return true;
}

} // namespace nestje
