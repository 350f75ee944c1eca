// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "db/SqliteWrite.h"
#include "db/WalCheckpoints.h"

#include <QHash>
#include <QObject>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QString>
#include <QVariant>

#include <memory>
#include <unordered_map>

namespace nestje {

// One account's SQLite cache: opened in WAL mode and migrated to the newest schema on open.
// Every change of a sync step runs in one transaction, so a crash never leaves half a page.
// After a store committed a change it announces which feature's data changed (`changed`), and
// the models of that feature update their rows: no model waits for a sync to end or polls.
class Database : public QObject
{
    Q_OBJECT
public:
    Database() = default;
    ~Database();
    Database(const Database &) = delete;
    Database &operator=(const Database &) = delete;

    // Opens (creating if needed) and migrates. `targetVersion` < 0 means the newest; tests pass
    // an older version to build an old database.
    bool open(const QString &filePath, QString *error = nullptr, int targetVersion = -1);
    void close();
    bool isOpen() const { return m_db.isOpen(); }
    QString filePath() const { return m_filePath; }
    int schemaVersion() const;
    static int latestVersion();

    QSqlDatabase &connection() { return m_db; }
    // Prepares `sql` (once per connection: a sync reuses its statements thousands of times),
    // binds `values` positionally and executes. Logs and returns false on failure.
    bool exec(const QString &sql, const QVariantList &values = {});
    // Like exec(), and returns the executed statement to read rows (or lastInsertId) from;
    // nullptr on failure. It stays valid until the same SQL runs again.
    QSqlQuery *select(const QString &sql, const QVariantList &values = {});

    // exec() for the writes a sync repeats by the thousand: the same, bound through SQLite's own
    // API (see SqliteWrite) from typed values instead of a QVariantList.
    template <typename... Values>
    bool write(const QString &sql, const Values &...values)
    {
        if (!m_handle) // a Qt whose driver has its own SQLite: Qt's way, slower
            return exec(sql, {QVariant::fromValue(values)...});
        SqliteWrite *statement = writeStatement(sql);
        if (!statement)
            return false;
        int position = 0;
        (statement->bind(++position, values), ...);
        if (statement->run())
            return true;
        ++m_failedStatements;
        return false;
    }
    // How many statements have failed on this cache so far: a step that could not store its
    // answer compares it before and after to tell this device's trouble (a full disk) from an
    // answer it could not use.
    int failedStatements() const { return m_failedStatements; }

    // The first column of the first row as an integer (COUNT(*) and friends); 0 when none.
    qint64 scalar(const QString &sql, const QVariantList &values = {});

    // Runs `work` in a transaction; rolls back when it returns false or a statement failed.
    bool transaction(const std::function<bool()> &work);

    // Tells the models that `topic` ("timeline", "children", "messages" …) changed; stores call
    // it after their commit.
    void announce(const QString &topic) { emit changed(topic); }

signals:
    void changed(const QString &topic);

private:
    bool migrate(int targetVersion, QString *error);
    bool migrateFeatures(QString *error);
    SqliteWrite *writeStatement(const QString &sql);

    QSqlDatabase m_db;
    QHash<QString, QSqlQuery> m_statements; // prepared once per connection; syncs reuse them thousands of times
    std::unordered_map<QString, std::unique_ptr<SqliteWrite>> m_writes; // write()'s, the same way
    int m_failedStatements = 0;
    sqlite3 *m_handle = nullptr; // m_db's own connection, for m_writes
    std::unique_ptr<WalCheckpoints> m_checkpoints; // off the UI thread, when m_handle is ours
    QString m_connectionName;
    QString m_filePath;
};

} // namespace nestje
