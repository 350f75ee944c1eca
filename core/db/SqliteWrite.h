// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QString>

#include <memory>
#include <vector>

struct sqlite3;
struct sqlite3_stmt;

namespace nestje {

// One prepared write statement on a Database's own SQLite connection, bound and stepped through
// SQLite's C API. For the writes a sync makes by the ten thousand (a --scale 10 first sync
// writes about 40,000 rows of cards, photos and day rhythm): QSqlQuery::bindValue formats a
// placeholder name and fills a hash for every value, which was a third of the timeline store's
// time in a profile. Binding follows Qt's SQLite driver, so rows read back the same: a null
// QString is NULL, a QByteArray a blob, integers and bools integers.
// Made by Database::write(), which owns it; used on the connection's thread only.
class SqliteWrite
{
public:
    SqliteWrite(sqlite3_stmt *statement, QString sql)
        : m_statement(statement)
        , m_sql(std::move(sql))
    {
    }
    ~SqliteWrite();
    SqliteWrite(const SqliteWrite &) = delete;
    SqliteWrite &operator=(const SqliteWrite &) = delete;

    static std::unique_ptr<SqliteWrite> prepare(sqlite3 *connection, const QString &sql);

    // Positions start at 1, as in SQLite. The bound text must live until run(): Database::write
    // binds and runs within one expression.
    void bind(int position, const QString &value);
    void bind(int position, const QByteArray &value);
    void bind(int position, qint64 value);
    void bind(int position, int value) { bind(position, qint64(value)); }
    void bind(int position, bool value) { bind(position, qint64(value ? 1 : 0)); }

    // Steps once and resets for the next use; logs and returns false when SQLite refuses.
    bool run();

private:
    void bindUtf8(int position, QStringView value);

    sqlite3_stmt *m_statement;
    QString m_sql; // for the log
    // Text is bound as UTF-8, the database's encoding: bound as UTF-16, SQLite converted every
    // value itself, slower than Qt's encoder. One buffer per position, reused for every row.
    std::vector<QByteArray> m_utf8;
};

} // namespace nestje
