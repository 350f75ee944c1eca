// SPDX-License-Identifier: GPL-3.0-or-later
#include "server/staff/StaffDesk.h"

#include "server/Dates.h"
#include "server/Portal.h"
#include "server/media/ScenePainter.h"
#include "server/planning/Planner.h"
#include "server/planning/RequestBook.h"
#include "server/seed/DayRhythm.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QImageReader>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRandomGenerator>

namespace nestje::server {

struct StaffDesk::Private
{
    Private(const QString &dir, Clock clock)
        : dataDir(dir)
        , portal(clock ? clock : systemClock())
    {
    }
    QString dataDir;
    Portal portal;
};

StaffDesk::StaffDesk(const QString &dataDir, Clock clock)
    : d(std::make_unique<Private>(dataDir, std::move(clock)))
{
}

StaffDesk::~StaffDesk() = default;

Portal &StaffDesk::portal()
{
    return d->portal;
}

bool StaffDesk::open(QString *error)
{
    const QString db = QDir(d->dataDir).filePath(QStringLiteral("portal.sqlite"));
    if (!QFileInfo::exists(db)) {
        *error = QStringLiteral("no portal database in %1 (start the server with --seed demo first)").arg(d->dataDir);
        return false;
    }
    if (!d->portal.db.open(db, error) || !d->portal.media.open(QDir(d->dataDir).filePath(QStringLiteral("media")), error))
        return false;
    d->portal.dataDir = d->dataDir;
    try {
        d->portal.loadOrganisations();
    } catch (const DatabaseError &e) {
        *error = e.message;
        return false;
    }
    return true;
}

namespace {

// Runs `work` in one immediate transaction; DatabaseError and a false return become `error`.
bool inTransaction(Portal &portal, QString *error, const std::function<bool()> &work)
{
    QString problem;
    const bool ok = portal.db.transaction(work, &problem, Database::Lock::Immediate);
    if (!ok && error && error->isEmpty())
        *error = problem.isEmpty() ? QStringLiteral("refused") : problem;
    return ok;
}

qint64 next(Portal &portal, const char *table)
{
    return portal.db.scalar(QStringLiteral("SELECT COALESCE(MAX(id), 0) + 1 FROM ") + QLatin1String(table)).toLongLong();
}

QString randomHex(int bytes)
{
    QByteArray raw(bytes, Qt::Uninitialized);
    QRandomGenerator::system()->generate(raw.begin(), raw.end());
    return QString::fromLatin1(raw.toHex());
}

struct ChildInfo
{
    QString id;
    QString firstName;
    qint64 familyId = 0;
    qint64 groupId = 0;
};

std::optional<ChildInfo> childInfo(Portal &portal, qint64 orgId, const QString &idOrName)
{
    QSqlQuery &q = portal.db.run(QStringLiteral("SELECT id, first_name, family_id, group_id FROM children WHERE org_id = ? AND (id = ? OR first_name = ?)"),
                                 {orgId, idOrName, idOrName});
    std::optional<ChildInfo> found;
    int count = 0;
    while (q.next()) {
        ++count;
        found = ChildInfo{q.value(0).toString(), q.value(1).toString(), q.value(2).toLongLong(), q.value(3).toLongLong()};
    }
    q.finish();
    return count == 1 ? found : std::nullopt;
}

QString staffDisplay(Portal &portal, qint64 orgId, qint64 groupId, const QString &given)
{
    if (!given.isEmpty())
        return given;
    const QString name = portal.db.scalar(QStringLiteral("SELECT fullname FROM employees WHERE org_id = ? AND group_id = ? ORDER BY id"),
                                          {orgId, groupId}).toString();
    return name.isEmpty() ? QStringLiteral("De groep") : name;
}

const QHash<QString, QPair<QString, QString>> &momentKinds()
{
    // kind -> icon, label (protocol §5.P4 icon names)
    static const QHash<QString, QPair<QString, QString>> kinds{
        {QStringLiteral("fles"), {QStringLiteral("flesje"), QStringLiteral("(Fles)voeding")}},
        {QStringLiteral("slapen"), {QStringLiteral("slapen-bedje"), QStringLiteral("Slapen")}},
        {QStringLiteral("luier"), {QStringLiteral("luier"), QStringLiteral("Luier verschoond")}},
        {QStringLiteral("toilet"), {QStringLiteral("toilet"), QStringLiteral("Toiletbezoek")}},
        {QStringLiteral("eten"), {QStringLiteral("brood"), QStringLiteral("Brood gegeten")}},
        {QStringLiteral("fruit"), {QStringLiteral("appel"), QStringLiteral("Fruit")}},
        {QStringLiteral("groente"), {QStringLiteral("groentehap"), QStringLiteral("Groentehap")}},
        {QStringLiteral("drinken"), {QStringLiteral("drinken-beker"), QStringLiteral("Drinken")}},
        {QStringLiteral("buiten"), {QStringLiteral("buitensport"), QStringLiteral("Buiten gespeeld")}},
        {QStringLiteral("medicatie"), {QStringLiteral("medicatie-pil"), QStringLiteral("Medicatie")}},
        {QStringLiteral("temperatuur"), {QStringLiteral("thermometer"), QStringLiteral("Temperatuur")}},
        {QStringLiteral("zonnebrand"), {QStringLiteral("zonnebrandcreme"), QStringLiteral("Ingesmeerd")}},
    };
    return kinds;
}

} // namespace

QString StaffDesk::childId(const QString &org, const QString &idOrName, QString *error)
{
    const Organisation *o = d->portal.organisation(org);
    if (!o) {
        *error = QStringLiteral("unknown organisation %1").arg(org);
        return {};
    }
    const auto child = childInfo(d->portal, o->id, idOrName);
    if (!child) {
        *error = QStringLiteral("no single child %1 in %2").arg(idOrName, org);
        return {};
    }
    return child->id;
}

#define NESTJE_STAFF_ORG_AND_CHILD(childName)                                       \
    const Organisation *o = d->portal.organisation(org);                            \
    if (!o) {                                                                       \
        *error = QStringLiteral("unknown organisation %1").arg(org);                \
        return {};                                                                  \
    }                                                                               \
    const auto c = childInfo(d->portal, o->id, childName);                          \
    if (!c) {                                                                       \
        *error = QStringLiteral("no single child %1 in %2").arg(childName, org);    \
        return {};                                                                  \
    }

bool StaffDesk::postPhotos(const QString &org, const QString &child, int count, const QString &caption, const QString &imageFile,
                           QString *error)
{
    NESTJE_STAFF_ORG_AND_CHILD(child)
    Portal &p = d->portal;
    QList<QString> keys;
    for (int i = 0; i < std::clamp(count, 1, 20); ++i) {
        const QString key = QStringLiteral("staff-") + randomHex(10);
        QImage image;
        if (!imageFile.isEmpty()) {
            QImageReader reader(imageFile);
            reader.setAutoTransform(true);
            image = reader.read();
            if (image.isNull()) {
                *error = QStringLiteral("cannot read image %1").arg(imageFile);
                return false;
            }
        } else {
            image = scenes::scene(QRandomGenerator::global()->bounded(1000u, 2000u));
        }
        if (!p.media.storeImage(key, image.convertToFormat(QImage::Format_RGB32), error))
            return false;
        keys.append(key);
    }
    return inTransaction(p, error, [&] {
        const qint64 now = p.now();
        const qint64 card = next(p, "cards");
        p.db.run(QStringLiteral("INSERT INTO cards (id, org_id, family_id, type, date_ms) VALUES (?, ?, ?, 'photo', ?)"),
                 {card, o->id, c->familyId, dates::localMs(dates::localDate(now))});
        p.db.run(QStringLiteral("INSERT INTO card_children (card_id, child_id) VALUES (?, ?)"), {card, c->id});
        int position = 0;
        for (const QString &key : std::as_const(keys)) {
            const QString media = QStringLiteral("m") + randomHex(10);
            p.db.run(QStringLiteral("INSERT INTO media (id, org_id, kind, content_key, mime, file_name) VALUES (?, ?, 'photo', ?, 'image/jpeg', NULL)"),
                     {media, o->id, key});
            const QString photo = QStringLiteral("p") + randomHex(10);
            p.db.run(QStringLiteral("INSERT INTO photos (id, org_id, card_id, message_id, position, date_ms, media_type, description,"
                                    " generated_description, media_id, liked, is_new) VALUES (?, ?, ?, NULL, ?, ?, 'photo', ?, ?, ?, 0, 1)"),
                     {photo, o->id, card, position++, now,
                      caption.isEmpty() ? QStringLiteral("Op deze foto staat %1").arg(c->firstName) : caption, caption.isEmpty() ? 1 : 0, media});
            p.db.run(QStringLiteral("INSERT INTO photo_tags (photo_id, child_id) VALUES (?, ?)"), {photo, c->id});
        }
        return true;
    });
}

bool StaffDesk::addDiary(const QString &org, const QString &child, const QList<Moment> &moments, const QString &text,
                         const QString &staffName, QString *error)
{
    NESTJE_STAFF_ORG_AND_CHILD(child)
    Portal &p = d->portal;
    QString rhythm;
    for (const Moment &m : moments) {
        const auto kind = momentKinds().value(m.kind, {QStringLiteral("dagritme-journal"), m.kind});
        rhythm += seed::dayRhythmMoment(m.start, m.end, kind.first, kind.second, m.description);
    }
    return inTransaction(p, error, [&] {
        const qint64 dayMs = dates::localMs(dates::localDate(p.now()));
        const QVariant existing = p.db.scalar(QStringLiteral("SELECT j.card_id FROM journals j JOIN cards c ON c.id = j.card_id"
                                                             " WHERE j.child_id = ? AND c.date_ms = ? AND j.written_by_type ="
                                                             " 'timeline.card_journal_header_type.employees_of'"),
                                              {c->id, dayMs});
        const QString html = text.isEmpty() ? QString() : QStringLiteral("<p>") + text.toHtmlEscaped() + QStringLiteral("</p>");
        if (existing.isValid()) {
            p.db.run(QStringLiteral("UPDATE journals SET day_rhythm = day_rhythm || ?, journal_text = journal_text || ?, is_new = 1,"
                                    " edited = 1 WHERE card_id = ?"),
                     {rhythm.isNull() ? QStringLiteral("") : rhythm, html.isNull() ? QStringLiteral("") : html, existing});
            return true;
        }
        const qint64 card = next(p, "cards");
        p.db.run(QStringLiteral("INSERT INTO cards (id, org_id, family_id, type, date_ms) VALUES (?, ?, ?, 'journal', ?)"),
                 {card, o->id, c->familyId, dayMs});
        p.db.run(QStringLiteral("INSERT INTO card_children (card_id, child_id) VALUES (?, ?)"), {card, c->id});
        p.db.run(QStringLiteral("INSERT INTO journals (card_id, journal_id, child_id, written_by_name, written_by_type, day_rhythm,"
                                " journal_text, is_new, edited) VALUES (?, ?, ?, ?, 'timeline.card_journal_header_type.employees_of', ?, ?, 1, 0)"),
                 {card, QStringLiteral("j%1").arg(card), c->id, staffDisplay(p, o->id, c->groupId, staffName),
                  rhythm.isNull() ? QStringLiteral("") : rhythm, html.isNull() ? QStringLiteral("") : html});
        return true;
    });
}

qint64 StaffDesk::sendMessage(const QString &org, const QString &child, const QString &subject, const QString &text,
                              const QString &staffName, QString *error)
{
    NESTJE_STAFF_ORG_AND_CHILD(child)
    qint64 thread = 0;
    inTransaction(d->portal, error, [&] {
        thread = requests::messageFromOrganisation(d->portal, o->id, c->familyId, c->id, subject,
                                                   QStringLiteral("<p>") + text.toHtmlEscaped() + QStringLiteral("</p>"),
                                                   staffDisplay(d->portal, o->id, c->groupId, staffName));
        d->portal.db.run(QStringLiteral("UPDATE threads SET group_id = ? WHERE id = ?"), {c->groupId, thread});
        return true;
    });
    return thread;
}

bool StaffDesk::replyToThread(const QString &org, qint64 thread, const QString &text, const QString &staffName, QString *error)
{
    const Organisation *o = d->portal.organisation(org);
    if (!o) {
        *error = QStringLiteral("unknown organisation %1").arg(org);
        return false;
    }
    Portal &p = d->portal;
    return inTransaction(p, error, [&] {
        const QVariant group = p.db.scalar(QStringLiteral("SELECT group_id FROM threads WHERE id = ? AND org_id = ?"), {thread, o->id});
        if (!group.isValid()) {
            *error = QStringLiteral("no thread %1 in %2").arg(thread).arg(org);
            return false;
        }
        const qint64 now = p.now();
        p.db.run(QStringLiteral("INSERT INTO thread_messages (id, thread_id, message, written_by, from_parent, date_ms) VALUES (?, ?, ?, ?, 0, ?)"),
                 {next(p, "thread_messages"), thread, QStringLiteral("<p>") + text.toHtmlEscaped() + QStringLiteral("</p>"),
                  staffDisplay(p, o->id, group.toLongLong(), staffName), now});
        p.db.run(QStringLiteral("UPDATE threads SET unread = 1, last_date = ? WHERE id = ?"), {now, thread});
        return true;
    });
}

bool StaffDesk::attachFile(const QString &org, qint64 thread, const QString &pdfFile, const QString &fileName,
                           QString *error)
{
    const Organisation *o = d->portal.organisation(org);
    if (!o) {
        *error = QStringLiteral("unknown organisation %1").arg(org);
        return false;
    }
    QFile file(pdfFile);
    if (!file.open(QIODevice::ReadOnly)) {
        *error = QStringLiteral("cannot read %1").arg(pdfFile);
        return false;
    }
    const QByteArray bytes = file.readAll();
    // Media are served by kind; a file message carries documents (P14's kind), so PDFs only.
    if (!bytes.startsWith("%PDF")) {
        *error = QStringLiteral("%1 is not a PDF").arg(pdfFile);
        return false;
    }
    Portal &p = d->portal;
    const QString key = QStringLiteral("staff-") + randomHex(10);
    if (!p.media.storeFile(key + QStringLiteral(".pdf"), bytes, error))
        return false;
    const QString name = fileName.isEmpty() ? QFileInfo(pdfFile).fileName() : fileName;
    return inTransaction(p, error, [&] {
        const QVariant message = p.db.scalar(
            QStringLiteral("SELECT m.id FROM thread_messages m JOIN threads t ON t.id = m.thread_id"
                           " WHERE t.id = ? AND t.org_id = ? ORDER BY m.date_ms DESC, m.id DESC LIMIT 1"),
            {thread, o->id});
        if (!message.isValid()) {
            *error = QStringLiteral("no thread %1 in %2").arg(thread).arg(org);
            return false;
        }
        const QString media = QStringLiteral("m") + randomHex(10);
        p.db.run(QStringLiteral("INSERT INTO media (id, org_id, kind, content_key, mime, file_name)"
                                " VALUES (?, ?, 'document', ?, 'application/pdf', ?)"),
                 {media, o->id, key, name});
        p.db.run(QStringLiteral("INSERT INTO message_files (message_id, position, media_id)"
                                " VALUES (?, (SELECT COUNT(*) FROM message_files WHERE message_id = ?), ?)"),
                 {message, message, media});
        return true;
    });
}

bool StaffDesk::publishNews(const QString &org, const QString &title, const QString &text, QString *error)
{
    const Organisation *o = d->portal.organisation(org);
    if (!o) {
        *error = QStringLiteral("unknown organisation %1").arg(org);
        return false;
    }
    Portal &p = d->portal;
    return inTransaction(p, error, [&] {
        const qint64 id = next(p, "html_contents");
        p.db.run(QStringLiteral("INSERT INTO html_contents (id, org_id, kind, title, snippet, publish_ms) VALUES (?, ?, 'news', ?, ?, ?)"),
                 {id, o->id, title, text.left(140), p.now()});
        const QJsonArray parts{QJsonObject{{QStringLiteral("content"), QStringLiteral("<p>") + text.toHtmlEscaped() + QStringLiteral("</p>")}}};
        p.db.run(QStringLiteral("INSERT INTO html_items (content_id, position, item_type, parts) VALUES (?, 0, 'txt', ?)"),
                 {id, QString::fromUtf8(QJsonDocument(parts).toJson(QJsonDocument::Compact))});
        return true;
    });
}

bool StaffDesk::publishNewsletter(const QString &org, const QString &subject, const QString &text, QString *error)
{
    const Organisation *o = d->portal.organisation(org);
    if (!o) {
        *error = QStringLiteral("unknown organisation %1").arg(org);
        return false;
    }
    Portal &p = d->portal;
    return inTransaction(p, error, [&] {
        const QString html = QStringLiteral("<!DOCTYPE html><html lang=\"nl\"><head><meta charset=\"utf-8\"><title>%1</title></head>"
                                            "<body><h1>%1</h1><p>%2</p></body></html>")
                                 .arg(subject.toHtmlEscaped(), text.toHtmlEscaped());
        p.db.run(QStringLiteral("INSERT INTO newsletters (id, org_id, subject, snippet, send_ms, full_source) VALUES (?, ?, ?, ?, ?, ?)"),
                 {next(p, "newsletters"), o->id, subject, text.left(140), p.now(), html});
        return true;
    });
}

QJsonArray StaffDesk::pendingRequests(const QString &org, QString *error)
{
    const Organisation *o = d->portal.organisation(org);
    if (!o) {
        *error = QStringLiteral("unknown organisation %1").arg(org);
        return {};
    }
    Portal &p = d->portal;
    QJsonArray list;
    inTransaction(p, error, [&] {
        QList<qint64> ids;
        QSqlQuery &q = p.db.run(QStringLiteral("SELECT DISTINCT r.id FROM requests r JOIN bookings b ON b.request_id = r.id"
                                               " WHERE r.org_id = ? AND b.status = 'pending' ORDER BY r.id"),
                                {o->id});
        while (q.next())
            ids.append(q.value(0).toLongLong());
        q.finish();
        Planner planner(p, *o);
        for (qint64 id : std::as_const(ids))
            list.append(requests::requestJson(p, planner, id));
        return true;
    });
    return list;
}

bool StaffDesk::decide(const QString &org, qint64 requestId, const QString &child, bool approve, const QString &message, QString *error)
{
    NESTJE_STAFF_ORG_AND_CHILD(child)
    Portal &p = d->portal;
    return inTransaction(p, error, [&] {
        if (!p.db.scalar(QStringLiteral("SELECT 1 FROM requests WHERE id = ? AND org_id = ?"), {requestId, o->id}).isValid()) {
            *error = QStringLiteral("no request %1 in %2").arg(requestId).arg(org);
            return false;
        }
        Planner planner(p, *o);
        if (!requests::decideChild(p, planner, requestId, c->id, approve, message)) {
            *error = QStringLiteral("%1 has nothing pending in request %2").arg(c->firstName).arg(requestId);
            return false;
        }
        return true;
    });
}

bool StaffDesk::setPlanning(const QString &org, const QString &child, QDate date, QTime start, QTime end, const QString &code,
                            QString *error)
{
    NESTJE_STAFF_ORG_AND_CHILD(child)
    if (!date.isValid() || !start.isValid() || !end.isValid() || end <= start
        || (code != QLatin1String("attend") && code != QLatin1String("absent") && code != QLatin1String("tentative"))) {
        *error = QStringLiteral("planning needs a date, start < end and code attend|absent|tentative");
        return false;
    }
    Portal &p = d->portal;
    return inTransaction(p, error, [&] {
        p.db.run(QStringLiteral("DELETE FROM planning WHERE child_id = ? AND day = ?"), {c->id, dates::dayKey(date)});
        Planner planner(p, *o);
        planner.addPlanning(c->id, date, dates::localMs(date, start), dates::localMs(date, end), code, QString());
        return true;
    });
}

bool StaffDesk::removePlanning(const QString &org, const QString &child, QDate date, QString *error)
{
    NESTJE_STAFF_ORG_AND_CHILD(child)
    return inTransaction(d->portal, error, [&] {
        d->portal.db.run(QStringLiteral("DELETE FROM planning WHERE child_id = ? AND day = ?"), {c->id, dates::dayKey(date)});
        return true;
    });
}

bool StaffDesk::addCredit(const QString &org, const QString &child, const QString &type, double amount, QDate validUntil, QString *error)
{
    NESTJE_STAFF_ORG_AND_CHILD(child)
    Portal &p = d->portal;
    return inTransaction(p, error, [&] {
        if (!p.db.scalar(QStringLiteral("SELECT 1 FROM credit_types WHERE org_id = ? AND code = ?"), {o->id, type}).isValid() || amount <= 0) {
            *error = QStringLiteral("unknown credit type %1 or amount <= 0").arg(type);
            return false;
        }
        Planner planner(p, *o);
        planner.grantCredit(c->id, type, amount, validUntil.isValid() ? validUntil : planner.newCreditValidUntil(),
                            QStringLiteral("Toegekend door de organisatie"));
        return true;
    });
}

bool StaffDesk::setCapacity(const QString &org, const QString &group, int places, QString *error)
{
    const Organisation *o = d->portal.organisation(org);
    if (!o || places < 0) {
        *error = QStringLiteral("unknown organisation %1 or negative places").arg(org);
        return false;
    }
    return inTransaction(d->portal, error, [&] {
        d->portal.db.run(QStringLiteral("UPDATE child_groups SET capacity = ? WHERE org_id = ? AND name = ?"), {places, o->id, group});
        if (!d->portal.db.scalar(QStringLiteral("SELECT 1 FROM child_groups WHERE org_id = ? AND name = ?"), {o->id, group}).isValid()) {
            *error = QStringLiteral("no group %1 in %2").arg(group, org);
            return false;
        }
        return true;
    });
}

bool StaffDesk::setRule(const QString &org, const QString &name, const QString &value, QString *error)
{
    const Organisation *o = d->portal.organisation(org);
    bool known = false;
    for (const auto &spec : OrganisationRules::specs())
        known = known || name == QLatin1String(spec.name);
    if (!o || !known) {
        *error = QStringLiteral("unknown organisation %1 or rule %2").arg(org, name);
        return false;
    }
    return inTransaction(d->portal, error, [&] {
        d->portal.db.run(QStringLiteral("DELETE FROM org_rules WHERE org_id = ? AND name = ?"), {o->id, name});
        d->portal.db.run(QStringLiteral("INSERT INTO org_rules (org_id, name, value) VALUES (?, ?, ?)"), {o->id, name, value});
        return true;
    });
}

bool StaffDesk::processDetailChange(const QString &org, const QString &username, QString *error)
{
    const Organisation *o = d->portal.organisation(org);
    if (!o) {
        *error = QStringLiteral("unknown organisation %1").arg(org);
        return false;
    }
    Portal &p = d->portal;
    return inTransaction(p, error, [&] {
        const QVariant account = p.db.scalar(QStringLiteral("SELECT id FROM accounts WHERE org_id = ? AND username = ?"), {o->id, username});
        QSqlQuery &q = p.db.run(QStringLiteral("SELECT id, changes FROM detail_changes WHERE account_id = ? AND status = 'pending'"), {account});
        if (!q.next()) {
            q.finish();
            *error = QStringLiteral("no pending change for %1").arg(username);
            return false;
        }
        const qint64 id = q.value(0).toLongLong();
        const QJsonObject changes = QJsonDocument::fromJson(q.value(1).toByteArray()).object();
        q.finish();
        static const QHash<QString, QString> columns{{QStringLiteral("fullname"), QStringLiteral("fullname")},
                                                     {QStringLiteral("emailAddress"), QStringLiteral("email")},
                                                     {QStringLiteral("phoneNumber"), QStringLiteral("phone")},
                                                     {QStringLiteral("address"), QStringLiteral("address")}};
        for (auto it = changes.begin(); it != changes.end(); ++it)
            if (columns.contains(it.key()))
                p.db.run(QStringLiteral("UPDATE accounts SET %1 = ? WHERE id = ?").arg(columns.value(it.key())), {it.value().toString(), account});
        p.db.run(QStringLiteral("UPDATE detail_changes SET status = 'processed', processed_ms = ? WHERE id = ?"), {p.now(), id});
        return true;
    });
}

} // namespace nestje::server
