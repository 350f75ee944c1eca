// SPDX-License-Identifier: GPL-3.0-or-later
#include "server/storage/Database.h"

#include "server/storage/PrivateFiles.h"
#include "server/storage/Schema.h"

#include <QAtomicInteger>
#include <QSqlError>

#include <exception>

namespace nestje::server {

Database::Database()
{
    // Several servers may live in one process (tests, the app's --demo): name connections apart.
    static QAtomicInteger<int> counter;
    m_connectionName = QStringLiteral("nestje-server-%1").arg(counter.fetchAndAddRelaxed(1));
}

Database::~Database()
{
    close();
}

bool Database::open(const QString &path, QString *error)
{
    // The database holds the signing keys and sessions: created 0600, so its -wal and -shm
    // (which SQLite creates with the database file's mode) are private too.
    if (path != QLatin1String(":memory:") && !privatefiles::createFile(path, error))
        return false;
    m_db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), m_connectionName);
    m_db.setDatabaseName(path);
    // Another connection (an earlier server on the same data dir) may hold a write lock briefly.
    m_db.setConnectOptions(QStringLiteral("QSQLITE_BUSY_TIMEOUT=5000"));
    if (!m_db.open()) {
        if (error)
            *error = QStringLiteral("cannot open database %1: %2").arg(path, m_db.lastError().text());
        return false;
    }
    if (m_db.driverName() == QLatin1String("QSQLITE")) {
        QSqlQuery pragma(m_db);
        // WAL: readers never block the writer; NORMAL sync is durable across application crashes.
        for (const char *statement : {"PRAGMA journal_mode=WAL", "PRAGMA synchronous=NORMAL",
                                      "PRAGMA foreign_keys=ON", "PRAGMA temp_store=MEMORY"}) {
            if (!pragma.exec(QLatin1String(statement))) {
                if (error)
                    *error = pragma.lastError().text();
                return false;
            }
        }
    }
    return migrate(error);
}

void Database::close()
{
    m_statements.clear();
    if (m_db.isValid()) {
        m_db.close();
        m_db = QSqlDatabase();
        QSqlDatabase::removeDatabase(m_connectionName);
    }
}

bool Database::migrate(QString *error)
{
    int version = 0;
    if (m_db.tables().contains(QStringLiteral("meta")))
        version = meta(QStringLiteral("schema_version")).toInt();
    const auto &all = schema::migrations();
    if (version > all.size()) {
        if (error)
            *error = QStringLiteral("database schema version %1 is newer than this server (%2)")
                         .arg(version)
                         .arg(all.size());
        return false;
    }
    for (int v = version; v < all.size(); ++v) {
        const bool ok = transaction(
            [&] {
                for (const QString &statement : all.at(v))
                    run(statement);
                setMeta(QStringLiteral("schema_version"), QString::number(v + 1));
                return true;
            },
            error);
        if (!ok)
            return false;
    }
    return true;
}

QSqlQuery &Database::prepared(const QString &sql)
{
    auto it = m_statements.find(sql);
    if (it == m_statements.end()) {
        QSqlQuery query(m_db);
        query.setForwardOnly(true);
        if (!query.prepare(sql))
            throw DatabaseError{query.lastError().text() + QStringLiteral(" in ") + sql};
        it = m_statements.insert(sql, query);
    }
    return *it;
}

QSqlQuery &Database::run(const QString &sql, std::initializer_list<QVariant> values)
{
    QSqlQuery &query = prepared(sql);
    query.finish();
    int i = 0;
    for (const QVariant &value : values)
        query.bindValue(i++, value);
    if (!query.exec())
        throw DatabaseError{query.lastError().text() + QStringLiteral(" in ") + sql};
    return query;
}

QVariant Database::scalar(const QString &sql, std::initializer_list<QVariant> values)
{
    QSqlQuery &query = run(sql, values);
    QVariant result = query.next() ? query.value(0) : QVariant();
    query.finish();
    return result;
}

Database::ReadScope::ReadScope(Database &db)
    : m_db(db)
    , m_exceptions(std::uncaught_exceptions())
{
    if (!m_db.m_inTransaction && m_db.m_db.transaction()) {
        m_db.m_inTransaction = true;
        m_owns = true;
    }
}

Database::ReadScope::~ReadScope()
{
    if (!m_owns)
        return;
    m_db.m_inTransaction = false;
    // Unwinding from an error: anything written inside the scope must not survive.
    if (std::uncaught_exceptions() > m_exceptions) {
        m_db.rollback();
        return;
    }
    for (QSqlQuery &query : m_db.m_statements)
        query.finish();
    m_db.m_db.commit();
}

quint64 Database::generation()
{
    // data_version changes when another connection commits; this connection's own commits are
    // counted in m_generation.
    const qint64 version = scalar(QStringLiteral("PRAGMA data_version")).toLongLong();
    if (version != m_dataVersion) {
        if (m_dataVersion >= 0)
            ++m_generation;
        m_dataVersion = version;
    }
    return m_generation;
}

bool Database::transaction(const std::function<bool()> &work, QString *error, Lock lock,
                           Effect effect)
{
    const quint64 changes = effect == Effect::ChangesContent ? 1 : 0;
    if (m_inTransaction) {
        // Inside a request's read scope or another transaction: SQLite has no nested BEGIN,
        // so the work joins the open transaction and a failure aborts the whole request.
        if (!work())
            throw DatabaseError{QStringLiteral("nested transaction refused its work")};
        m_generation += changes;
        return true;
    }
    bool begun = false;
    if (lock == Lock::Immediate && m_db.driverName() == QLatin1String("QSQLITE")) {
        // QSqlDatabase::commit()/rollback() just send COMMIT/ROLLBACK, so a hand-made BEGIN pairs with them.
        QSqlQuery begin(m_db);
        begun = begin.exec(QStringLiteral("BEGIN IMMEDIATE"));
        if (!begun && error)
            *error = begin.lastError().text();
    } else {
        begun = m_db.transaction();
        if (!begun && error)
            *error = m_db.lastError().text();
    }
    if (!begun)
        return false;
    m_inTransaction = true;
    struct Reset
    {
        bool &flag;
        ~Reset() { flag = false; }
    } reset{m_inTransaction};
    try {
        if (work() && m_db.commit()) {
            m_generation += changes;
            return true;
        }
        if (error && error->isEmpty())
            *error = m_db.lastError().text();
    } catch (const DatabaseError &e) {
        if (error)
            *error = e.message;
    } catch (...) {
        rollback();
        throw;
    }
    rollback();
    return false;
}

void Database::rollback()
{
    // Finish open statements first: SQLite refuses to roll back while a SELECT is active.
    for (QSqlQuery &query : m_statements)
        query.finish();
    m_db.rollback();
}

QString Database::meta(const QString &key) const
{
    QSqlQuery query(m_db);
    query.prepare(QStringLiteral("SELECT value FROM meta WHERE key = ?"));
    query.bindValue(0, key);
    if (query.exec() && query.next())
        return query.value(0).toString();
    return {};
}

void Database::setMeta(const QString &key, const QString &value)
{
    // DELETE + INSERT rather than an upsert: upsert syntax differs between SQLite and PostgreSQL.
    run(QStringLiteral("DELETE FROM meta WHERE key = ?"), {key});
    run(QStringLiteral("INSERT INTO meta (key, value) VALUES (?, ?)"), {key, value});
}

} // namespace nestje::server
