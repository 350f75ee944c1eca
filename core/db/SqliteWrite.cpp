// SPDX-License-Identifier: GPL-3.0-or-later
#include "db/SqliteWrite.h"

#include <QLoggingCategory>
#include <QStringEncoder>

#include <sqlite3.h>

Q_DECLARE_LOGGING_CATEGORY(lcStore)

namespace nestje {

SqliteWrite::~SqliteWrite()
{
    sqlite3_finalize(m_statement);
}

std::unique_ptr<SqliteWrite> SqliteWrite::prepare(sqlite3 *connection, const QString &sql)
{
    sqlite3_stmt *statement = nullptr;
    const QByteArray text = sql.toUtf8();
    if (sqlite3_prepare_v2(connection, text.constData(), int(text.size()), &statement, nullptr) !=
        SQLITE_OK) {
        qCWarning(lcStore) << "prepare failed:" << sqlite3_errmsg(connection) << sql;
        sqlite3_finalize(statement);
        return nullptr;
    }
    return std::make_unique<SqliteWrite>(statement, sql);
}

void SqliteWrite::bind(int position, const QString &value)
{
    if (value.isNull())
        sqlite3_bind_null(m_statement, position);
    else
        bindUtf8(position, value);
}

void SqliteWrite::bindUtf8(int position, QStringView value)
{
    if (m_utf8.size() <= size_t(position))
        m_utf8.resize(size_t(position) + 1);
    QByteArray &buffer = m_utf8[size_t(position)];
    QStringEncoder encoder(QStringEncoder::Utf8);
    buffer.resize(encoder.requiredSpace(value.size()));
    const char *end = encoder.appendToBuffer(buffer.data(), value);
    // SQLITE_STATIC: the buffer is kept until the next bind at this position, after run().
    sqlite3_bind_text(m_statement, position, buffer.constData(), int(end - buffer.constData()),
                      SQLITE_STATIC);
}

void SqliteWrite::bind(int position, const QByteArray &value)
{
    if (value.isNull())
        sqlite3_bind_null(m_statement, position);
    else
        sqlite3_bind_blob(m_statement, position, value.constData(), int(value.size()),
                          SQLITE_STATIC);
}

void SqliteWrite::bind(int position, qint64 value)
{
    sqlite3_bind_int64(m_statement, position, value);
}

bool SqliteWrite::run()
{
    const int result = sqlite3_step(m_statement);
    const bool ok = result == SQLITE_DONE || result == SQLITE_ROW;
    if (!ok)
        qCWarning(lcStore) << "exec failed:" << sqlite3_errmsg(sqlite3_db_handle(m_statement))
                           << m_sql;
    // Reset at once: a statement left stepped would hold its locks past COMMIT.
    sqlite3_reset(m_statement);
    return ok;
}

} // namespace nestje
