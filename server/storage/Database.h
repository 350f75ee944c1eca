// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QHash>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QString>
#include <QVariant>

#include <functional>
#include <initializer_list>

namespace nestje::server {

// One connection to the portal database. SQLite (WAL) by default; the SQL is kept to the
// portable subset (explicit ids, BIGINT epoch ms, no AUTOINCREMENT or upserts) so the QPSQL
// driver can take over for an organisation that outgrows one machine.
//
// Not thread-safe: a Database belongs to the thread that opened it, like QSqlDatabase itself.
class Database
{
public:
    Database();
    ~Database();
    Database(const Database &) = delete;
    Database &operator=(const Database &) = delete;

    // Opens `path` (SQLite) and migrates the schema to the current version.
    bool open(const QString &path, QString *error);
    void close();

    // A prepared statement, cached per SQL text: the server runs the same few dozen queries
    // thousands of times a second. Bind positionally with `bind`; do not nest the same SQL.
    QSqlQuery &prepared(const QString &sql);
    // Prepares, binds and executes; throws DatabaseError on failure.
    QSqlQuery &run(const QString &sql, std::initializer_list<QVariant> values = {});
    // Executes and returns the first column of the first row (or an invalid QVariant).
    QVariant scalar(const QString &sql, std::initializer_list<QVariant> values = {});

    // Runs `work` in one transaction: committed if it returns true, rolled back if it returns
    // false or throws, so no request ever leaves a half-written change behind.
    // `Lock::Immediate` takes SQLite's write lock at BEGIN: a read-then-write (a capacity check
    // and the booking) can then never be interleaved with another connection's write.
    // `Effect::AuthOnly`: the write touches only sign-in state (sessions, refresh tokens), which
    // no cache is made of, so generation() stays: logins must not throw away the timeline's
    // rendered cards (20 logins a second did, and the timeline's p99 doubled).
    enum class Lock { Deferred, Immediate };
    enum class Effect
    {
        ChangesContent,
        AuthOnly
    };
    bool transaction(const std::function<bool()> &work, QString *error = nullptr,
                     Lock lock = Lock::Deferred, Effect effect = Effect::ChangesContent);

    // Groups the reads of one request into one SQLite read transaction: one lock instead of one
    // per statement, and a consistent snapshot. No-op when a transaction is already open.
    class ReadScope
    {
    public:
        explicit ReadScope(Database &db);
        ~ReadScope();
        ReadScope(const ReadScope &) = delete;
        ReadScope &operator=(const ReadScope &) = delete;

    private:
        Database &m_db;
        int m_exceptions = 0;
        bool m_owns = false;
    };

    // Bumped by every committed write transaction (not AuthOnly ones), and by commits of other
    // connections (the `nestje-server staff` commands write to the same file): caches compare
    // against it.
    quint64 generation();

    QString meta(const QString &key) const;
    void setMeta(const QString &key, const QString &value);

    QSqlDatabase &connection() { return m_db; }

private:
    bool migrate(QString *error);
    void rollback();

    QString m_connectionName;
    QSqlDatabase m_db;
    QHash<QString, QSqlQuery> m_statements;
    bool m_inTransaction = false;
    quint64 m_generation = 0;
    qint64 m_dataVersion = -1;
};

// Thrown by Database::run on an SQL error; the HTTP layer turns it into a 500 after rollback.
struct DatabaseError
{
    QString message;
};

} // namespace nestje::server
