#include "models/TimelineModel.h"

#include "models/DiaryOutbox.h"
#include "models/TimelineText.h"
#include "store/Database.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLocale>
#include <QUrl>

namespace nestje {

namespace {
const QString cardsAll = QStringLiteral(
    "SELECT card_key, type, date, content_hash FROM cards"
    " WHERE date <= ? AND NOT (date = ? AND card_key <= ?)"
    " ORDER BY date DESC, card_key ASC LIMIT ?");
const QString cardsOfChild = QStringLiteral(
    "SELECT card_key, type, date, content_hash FROM cards"
    " WHERE date <= ? AND NOT (date = ? AND card_key <= ?)"
    " AND EXISTS (SELECT 1 FROM card_children cc WHERE cc.card_key = cards.card_key AND cc.child_id = ?)"
    " ORDER BY date DESC, card_key ASC LIMIT ?");
const QString momentsOfCard = QStringLiteral(
    "SELECT icon, category, start_time, end_time, title, description, remarks FROM day_rhythm"
    " WHERE card_key = ? ORDER BY seq");

QString joinNames(const QStringList &names)
{
    if (names.size() <= 1)
        return names.value(0);
    QStringList head = names.mid(0, names.size() - 1);
    return QCoreApplication::translate("TimelineModel", "%1 and %2").arg(head.join(QStringLiteral(", ")), names.last());
}

QDate localDay(qint64 ms)
{
    return QDateTime::fromMSecsSinceEpoch(ms).date();
}
} // namespace

TimelineModel::TimelineModel(QObject *parent)
    : QAbstractListModel(parent)
{
}

QString TimelineModel::imageSource(const QString &accountId, const QString &variant, const QString &mediaId)
{
    return QStringLiteral("image://media/%1/%2/%3")
        .arg(accountId, variant, QString::fromLatin1(QUrl::toPercentEncoding(mediaId)));
}

void TimelineModel::setSource(Database *db, const QString &accountId, DiaryOutbox *diary)
{
    if (m_diary)
        disconnect(m_diary, nullptr, this, nullptr);
    m_db = db;
    m_accountId = accountId;
    m_diary = diary;
    if (m_diary)
        connect(m_diary, &DiaryOutbox::changed, this, &TimelineModel::refresh);
    if (!m_childId.isEmpty()) {
        m_childId.clear();
        emit childIdChanged();
    }
    readChildren();
    reset();
}

void TimelineModel::setChildId(const QString &childId)
{
    if (childId == m_childId)
        return;
    m_childId = childId;
    emit childIdChanged();
    reset();
}

void TimelineModel::readChildren()
{
    m_children.clear();
    m_firstNames.clear();
    if (m_db && m_db->isOpen()) {
        QSqlQuery *q = m_db->select(QStringLiteral("SELECT id, first_name, full_name, active FROM children ORDER BY active DESC, position"));
        while (q && q->next()) {
            m_firstNames.insert(q->value(0).toString(), q->value(1).toString());
            if (q->value(3).toBool())
                m_children << QVariantMap{{QStringLiteral("id"), q->value(0)},
                                          {QStringLiteral("firstName"), q->value(1)},
                                          {QStringLiteral("fullName"), q->value(2)}};
        }
    }
    emit childrenChanged();
}

QVariantMap TimelineModel::valuesOf(const Row &row) const
{
    if (row.pending)
        return row.values;
    const QString cacheKey = row.key + QLatin1Char('@') + QString::fromLatin1(row.hash);
    if (const QVariantMap *cached = m_built.object(cacheKey))
        return *cached;
    QVariantMap values = buildCard(row);
    m_built.insert(cacheKey, new QVariantMap(values));
    return values;
}

QVariantMap TimelineModel::buildCard(const Row &row) const
{
    QVariantMap values;
    if (!m_db || !m_db->isOpen())
        return values;
    QByteArray json;
    if (QSqlQuery *q = m_db->select(QStringLiteral("SELECT json FROM cards WHERE card_key = ?"), {row.key}); q && q->next()) {
        json = q->value(0).toByteArray();
        q->finish();
    }
    const QString &key = row.key;
    const QString &type = row.type;
    const qint64 date = row.date;
    const QJsonObject card = QJsonDocument::fromJson(json).object();
    const QDate day = localDay(date);
    QVariantMap &v = values;
    v.insert(QStringLiteral("key"), key);
    v.insert(QStringLiteral("type"), type);
    v.insert(QStringLiteral("date"), day);
    v.insert(QStringLiteral("dayLabel"), dayLabel(day, m_today));

    QStringList childIds;
    QStringList names;
    for (const QJsonValue &child : card.value(QLatin1String("children")).toArray()) {
        const QJsonObject c = child.toObject();
        const QJsonValue idValue = c.value(QLatin1String("id"));
        const QString id = idValue.isDouble() ? QString::number(qint64(idValue.toDouble())) : idValue.toString();
        childIds << id;
        names << m_firstNames.value(id, c.value(QLatin1String("firstName")).toString());
    }
    v.insert(QStringLiteral("childIds"), childIds);
    v.insert(QStringLiteral("childNames"), joinNames(names));

    QJsonArray media = card.value(QLatin1String("photos")).toArray();
    if (type == QLatin1String("journal")) {
        const QJsonObject journal = card.value(QLatin1String("journal")).toObject();
        media = journal.value(QLatin1String("photos")).toArray();
        v.insert(QStringLiteral("writtenBy"), journal.value(QLatin1String("writtenByName")).toString());
        v.insert(QStringLiteral("byParent"),
                 journal.value(QLatin1String("writtenByType")).toString().endsWith(QLatin1String(".parent")));
        v.insert(QStringLiteral("text"), plainTextFromHtml(journal.value(QLatin1String("journalContent")).toString()));
        QVariantList moments;
        QSqlQuery *q = m_db->select(momentsOfCard, {key});
        while (q && q->next()) {
            const QString start = q->value(2).toString();
            const QString end = q->value(3).toString();
            const QString category = q->value(1).toString();
            const bool ongoing = category == QLatin1String("sleep") && end.isEmpty() && !start.isEmpty();
            moments << QVariantMap{{QStringLiteral("icon"), q->value(0)},
                                   {QStringLiteral("category"), category},
                                   {QStringLiteral("time"), end.isEmpty() ? start : start + QStringLiteral("–") + end},
                                   {QStringLiteral("title"), q->value(4)},
                                   {QStringLiteral("description"), q->value(5)},
                                   {QStringLiteral("remarks"), q->value(6)},
                                   {QStringLiteral("ongoing"), ongoing}};
        }
        v.insert(QStringLiteral("moments"), moments);
    } else if (type != QLatin1String("photo")) {
        v.insert(QStringLiteral("text"), genericCardText(card));
    }
    QVariantList items;
    for (const QJsonValue &value : media) {
        const QJsonObject m = value.toObject();
        const QJsonValue idValue = m.value(QLatin1String("id"));
        const QString id = idValue.isDouble() ? QString::number(qint64(idValue.toDouble())) : idValue.toString();
        if (id.isEmpty())
            continue;
        items << QVariantMap{{QStringLiteral("id"), id},
                             {QStringLiteral("video"), m.value(QLatin1String("mediaType")).toString() == QLatin1String("video")},
                             {QStringLiteral("description"), m.value(QLatin1String("description")).toString()},
                             {QStringLiteral("downloadable"), mediaIsDownloadable(m)},
                             {QStringLiteral("thumb"), imageSource(m_accountId, QStringLiteral("thumb"), id)},
                             {QStringLiteral("medium"), imageSource(m_accountId, QStringLiteral("medium"), id)},
                             {QStringLiteral("full"), imageSource(m_accountId, QStringLiteral("full"), id)}};
    }
    v.insert(QStringLiteral("media"), items);
    v.insert(QStringLiteral("mediaCount"), int(items.size()));
    v.insert(QStringLiteral("pending"), false);
    return v;
}

QList<TimelineModel::Row> TimelineModel::readCards(qint64 beforeDate, const QString &afterKey, int limit) const
{
    QList<Row> rows;
    if (!m_db || !m_db->isOpen())
        return rows;
    QSqlQuery *q = m_childId.isEmpty() ? m_db->select(cardsAll, {beforeDate, beforeDate, afterKey, limit})
                                       : m_db->select(cardsOfChild, {beforeDate, beforeDate, afterKey, m_childId, limit});
    while (q && q->next()) {
        Row row;
        row.key = q->value(0).toString();
        row.type = q->value(1).toString();
        row.date = q->value(2).toLongLong();
        row.hash = q->value(3).toByteArray();
        rows << row;
    }
    if (q)
        q->finish();
    return rows;
}

QList<TimelineModel::Row> TimelineModel::readPending() const
{
    QList<Row> rows;
    if (!m_diary)
        return rows;
    for (const DiaryOutbox::Entry &entry : m_diary->entries()) {
        if (!m_childId.isEmpty() && entry.childId != m_childId)
            continue;
        Row row;
        row.key = QStringLiteral("draft:%1").arg(entry.id);
        row.date = entry.day.startOfDay().toMSecsSinceEpoch();
        row.pending = true;
        row.type = QStringLiteral("journal");
        row.hash = entry.state.toUtf8() + entry.errorText.toUtf8();
        QVariantMap &v = row.values;
        v.insert(QStringLiteral("key"), row.key);
        v.insert(QStringLiteral("type"), QStringLiteral("journal"));
        v.insert(QStringLiteral("date"), entry.day);
        v.insert(QStringLiteral("dayLabel"), dayLabel(entry.day, m_today));
        v.insert(QStringLiteral("childIds"), QStringList{entry.childId});
        v.insert(QStringLiteral("childNames"), m_firstNames.value(entry.childId));
        v.insert(QStringLiteral("writtenBy"), entry.author);
        v.insert(QStringLiteral("byParent"), true);
        v.insert(QStringLiteral("text"), entry.text);
        v.insert(QStringLiteral("moments"), QVariantList());
        QVariantList items;
        for (const QString &file : entry.files) {
            const QString url = QUrl::fromLocalFile(file).toString();
            items << QVariantMap{{QStringLiteral("id"), QString()},
                                 {QStringLiteral("video"), DiaryOutbox::isVideoFile(file)},
                                 {QStringLiteral("description"), QString()},
                                 {QStringLiteral("downloadable"), false},
                                 {QStringLiteral("thumb"), url},
                                 {QStringLiteral("medium"), url},
                                 {QStringLiteral("full"), url}};
        }
        v.insert(QStringLiteral("media"), items);
        v.insert(QStringLiteral("mediaCount"), int(items.size()));
        v.insert(QStringLiteral("pending"), true);
        v.insert(QStringLiteral("sendState"), entry.state);
        v.insert(QStringLiteral("errorText"), entry.errorText);
        v.insert(QStringLiteral("draftId"), entry.id);
        rows << row;
    }
    return rows;
}

QList<TimelineModel::Row> TimelineModel::merged(QList<Row> cards, const QList<Row> &pending, bool complete) const
{
    if (pending.isEmpty())
        return cards;
    const qint64 oldest = cards.isEmpty() ? std::numeric_limits<qint64>::max() : cards.last().date;
    for (const Row &row : pending) {
        // Entries older than what is loaded wait until their day is paged in.
        if (!complete && row.date < oldest && !cards.isEmpty())
            continue;
        auto at = std::find_if(cards.begin(), cards.end(), [&](const Row &r) { return r.date <= row.date; });
        cards.insert(at, row);
    }
    return cards;
}

void TimelineModel::reset()
{
    beginResetModel();
    m_built.clear();
    m_today = QDate::currentDate();
    QList<Row> cards = readCards(std::numeric_limits<qint64>::max(), QString(), pageSize);
    m_hasMore = cards.size() == pageSize;
    m_cardRows = int(cards.size());
    m_cursorDate = cards.isEmpty() ? 0 : cards.last().date;
    m_cursorKey = cards.isEmpty() ? QString() : cards.last().key;
    m_rows = merged(cards, readPending(), !m_hasMore);
    endResetModel();
    emit countChanged();
}

void TimelineModel::refresh()
{
    if (!m_db) {
        reset();
        return;
    }
    if (m_firstNames.isEmpty() || QDate::currentDate() != m_today)
        readChildren();
    if (QDate::currentDate() != m_today) {
        reset(); // "Vandaag" became "Gisteren"
        return;
    }
    const int wanted = std::max(pageSize, m_cardRows);
    QList<Row> cards = readCards(std::numeric_limits<qint64>::max(), QString(), wanted);
    const bool more = cards.size() == wanted;
    QList<Row> next = merged(cards, readPending(), !more);

    // The common case after a sync: the same rows, maybe some new ones on top, maybe some
    // changed. Anything else (a card went away) resets, which keeps the code honest.
    QHash<QString, int> oldIndex;
    for (int i = 0; i < m_rows.size(); ++i)
        oldIndex.insert(m_rows.at(i).key, i);
    int firstKept = int(next.size());
    for (int i = 0; i < next.size(); ++i) {
        if (oldIndex.contains(next.at(i).key)) {
            firstKept = i;
            break;
        }
    }
    bool simple = next.size() - firstKept == m_rows.size();
    for (int i = firstKept; simple && i < next.size(); ++i)
        simple = next.at(i).key == m_rows.at(i - firstKept).key;
    if (!simple) {
        beginResetModel();
        m_rows = next;
        m_cardRows = int(cards.size());
        m_hasMore = more;
        m_cursorDate = cards.isEmpty() ? 0 : cards.last().date;
        m_cursorKey = cards.isEmpty() ? QString() : cards.last().key;
        endResetModel();
        emit countChanged();
        return;
    }
    QList<Row> kept = next.mid(firstKept);
    for (int i = 0; i < kept.size(); ++i) {
        if (kept.at(i).hash != m_rows.at(i).hash) {
            m_rows[i] = kept.at(i);
            emit dataChanged(index(i), index(i));
        }
    }
    if (firstKept > 0) {
        beginInsertRows({}, 0, firstKept - 1);
        for (int i = firstKept - 1; i >= 0; --i)
            m_rows.prepend(next.at(i));
        endInsertRows();
    }
    m_cardRows = int(cards.size());
    m_hasMore = more;
    m_cursorDate = cards.isEmpty() ? 0 : cards.last().date;
    m_cursorKey = cards.isEmpty() ? QString() : cards.last().key;
    emit countChanged();
}

int TimelineModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

bool TimelineModel::canFetchMore(const QModelIndex &parent) const
{
    return !parent.isValid() && m_hasMore;
}

void TimelineModel::fetchMore(const QModelIndex &parent)
{
    if (parent.isValid() || !m_hasMore)
        return;
    QList<Row> cards = readCards(m_cursorDate, m_cursorKey, pageSize);
    m_hasMore = cards.size() == pageSize;
    // Pending entries that belong to the newly loaded days.
    QList<Row> pending;
    for (const Row &row : readPending()) {
        const bool shown = std::any_of(m_rows.cbegin(), m_rows.cend(), [&](const Row &r) { return r.key == row.key; });
        if (!shown)
            pending << row;
    }
    QList<Row> added = merged(cards, pending, !m_hasMore);
    if (!cards.isEmpty()) {
        m_cursorDate = cards.last().date;
        m_cursorKey = cards.last().key;
        m_cardRows += int(cards.size());
    }
    if (!added.isEmpty()) {
        beginInsertRows({}, int(m_rows.size()), int(m_rows.size() + added.size() - 1));
        m_rows += added;
        endInsertRows();
    }
    emit countChanged();
}

void TimelineModel::ensureLoaded(int row)
{
    while (row >= m_rows.size() && m_hasMore)
        fetchMore({});
}

QVariant TimelineModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= m_rows.size())
        return {};
    const QVariantMap v = valuesOf(m_rows.at(index.row()));
    const QByteArray name = roleNames().value(role);
    if (name.isEmpty())
        return {};
    return v.value(QString::fromLatin1(name));
}

QHash<int, QByteArray> TimelineModel::roleNames() const
{
    static const QHash<int, QByteArray> names{
        {KeyRole, "key"},
        {TypeRole, "type"},
        {DateRole, "date"},
        {DayLabelRole, "dayLabel"},
        {ChildNamesRole, "childNames"},
        {ChildIdsRole, "childIds"},
        {WrittenByRole, "writtenBy"},
        {ByParentRole, "byParent"},
        {TextRole, "text"},
        {MomentsRole, "moments"},
        {MediaRole, "media"},
        {MediaCountRole, "mediaCount"},
        {PendingRole, "pending"},
        {SendStateRole, "sendState"},
        {ErrorTextRole, "errorText"},
        {DraftIdRole, "draftId"},
    };
    return names;
}

QVariantMap TimelineModel::get(int row) const
{
    return row >= 0 && row < m_rows.size() ? valuesOf(m_rows.at(row)) : QVariantMap();
}

int TimelineModel::indexOfKey(const QString &key) const
{
    for (int i = 0; i < m_rows.size(); ++i) {
        if (m_rows.at(i).key == key)
            return i;
    }
    return -1;
}

} // namespace nestje
