// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "server/Clock.h"

#include <QDate>
#include <QJsonArray>
#include <QString>
#include <QStringList>
#include <QTime>

#include <memory>

namespace nestje::server {

struct Portal;

// The organisation's side: what a pedagogisch medewerker or the planning office does, so every
// parent feature can be exercised end to end. Works on a server's data directory with its own
// database connection (SQLite WAL: a running server sees the changes at once; its caches follow
// the database's data_version). Used by `nestje-server staff …`, `nestje-server simulate` and the
// tests. Every method is one transaction; it returns false with a reason on failure.
class StaffDesk
{
public:
    explicit StaffDesk(const QString &dataDir, Clock clock = {});
    ~StaffDesk();
    bool open(QString *error);

    // A child by id or (unique) first name within the organisation.
    QString childId(const QString &org, const QString &idOrName, QString *error);

    // A photo card for the child's family; `imageFile` empty: a generated scene.
    bool postPhotos(const QString &org, const QString &child, int count, const QString &caption, const QString &imageFile,
                    QString *error);
    // Adds day-rhythm moments (and optionally text) to the child's staff journal card of today,
    // creating it when needed: "the daycare keeps adding moments to the same card during the day".
    struct Moment
    {
        QTime start;
        QTime end;
        QString kind; // fles, slapen, luier, eten, fruit, drinken, buiten, toilet, medicatie, temperatuur
        QString description;
    };
    bool addDiary(const QString &org, const QString &child, const QList<Moment> &moments, const QString &text,
                  const QString &staffName, QString *error);
    qint64 sendMessage(const QString &org, const QString &child, const QString &subject, const QString &text,
                       const QString &staffName, QString *error);
    bool replyToThread(const QString &org, qint64 thread, const QString &text, const QString &staffName, QString *error);
    // Attaches a PDF (a letter, a form) to the thread's newest message: what staff just wrote
    // with sendMessage or replyToThread. It is listed in P7's attachmentContentItems under
    // `fileName` (the file's own name when empty).
    bool attachFile(const QString &org, qint64 thread, const QString &pdfFile, const QString &fileName, QString *error);
    bool publishNews(const QString &org, const QString &title, const QString &text, QString *error);
    bool publishNewsletter(const QString &org, const QString &subject, const QString &text, QString *error);

    // Requests: the pending ones, and a decision per child with a message to the parent.
    QJsonArray pendingRequests(const QString &org, QString *error);
    bool decide(const QString &org, qint64 requestId, const QString &child, bool approve, const QString &message,
                QString *error);
    // Planning: set a child's care on a date (code attend|absent|tentative) or remove it.
    bool setPlanning(const QString &org, const QString &child, QDate date, QTime start, QTime end, const QString &code,
                     QString *error);
    bool removePlanning(const QString &org, const QString &child, QDate date, QString *error);
    bool addCredit(const QString &org, const QString &child, const QString &type, double amount, QDate validUntil,
                   QString *error);
    bool setCapacity(const QString &org, const QString &group, int places, QString *error);
    bool setRule(const QString &org, const QString &name, const QString &value, QString *error);
    // Marks a parent's pending personal-details change processed (applying it).
    bool processDetailChange(const QString &org, const QString &username, QString *error);

    Portal &portal();

private:
    struct Private;
    std::unique_ptr<Private> d;
};

} // namespace nestje::server
