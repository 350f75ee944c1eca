// SPDX-License-Identifier: GPL-3.0-or-later
#include "features/timeline/TimelineModel.h"

#include "db/Database.h"
#include "features/account/AccountStore.h"
#include "features/timeline/DiaryWrite.h"
#include "features/timeline/DiaryWriter.h"
#include "media/MediaImageProvider.h"
#include "text/PortalTime.h"

#include <QCoreApplication>
#include <QScopedValueRollback>
#include <QUrl>

namespace nestje {

namespace {
QString joinNames(const QStringList &names)
{
    if (names.size() <= 1)
        return names.value(0);
    const QStringList head = names.mid(0, names.size() - 1);
    return QCoreApplication::translate("TimelineModel", "%1 and %2").arg(head.join(QStringLiteral(", ")), names.last());
}

QVariantMap mediaValues(const QString &id, bool video, const QString &description, bool downloadable,
                        const QString &thumb, const QString &medium, const QString &full)
{
    return {{QStringLiteral("id"), id},
            {QStringLiteral("video"), video},
            {QStringLiteral("description"), description},
            {QStringLiteral("downloadable"), downloadable},
            {QStringLiteral("thumb"), thumb},
            {QStringLiteral("medium"), medium},
            {QStringLiteral("full"), full}};
}

// The day rhythm's times are the daycare's clock ("09:23", as the portal wrote them). On a device
// in another zone one line above them says so, as "(NL)" does after every other time in the app;
// a mark on each moment would not fit a phone's time column.
QString timesNote(const QVariantList &moments)
{
    if (moments.isEmpty() || !portaltime::deviceIsElsewhere())
        return {};
    return QCoreApplication::translate("TimelineModel", "Times in Dutch time");
}
} // namespace

TimelineModel::TimelineModel(QObject *parent)
    : KeyedListModel(parent)
{
    m_refreshSoon.setSingleShot(true);
    m_refreshSoon.setInterval(30);
    connect(&m_refreshSoon, &QTimer::timeout, this, &TimelineModel::refresh);
}

QString TimelineModel::imageSource(const QString &accountId, const QString &variant, const QString &mediaId)
{
    return mediaImageSource(accountId, variant, mediaId);
}

void TimelineModel::setSource(Database *db, const QString &accountId, DiaryWriter *diary)
{
    if (m_diary)
        disconnect(m_diary, nullptr, this, nullptr);
    if (m_db)
        disconnect(m_db, nullptr, this, nullptr);
    m_db = db;
    m_accountId = accountId;
    m_diary = diary;
    if (m_diary)
        connect(m_diary, &DiaryWriter::changed, this, &TimelineModel::refresh);
    if (m_db)
        connect(m_db, &Database::changed, this, &TimelineModel::onStoreChanged);
    if (!m_childId.isEmpty()) {
        m_childId.clear();
        emit childIdChanged();
    }
    readChildren();
    reset();
}

void TimelineModel::onStoreChanged(const QString &topic)
{
    if (topic == QLatin1String("children"))
        readChildren();
    if (topic == QLatin1String("timeline") || topic == QLatin1String("children"))
        m_refreshSoon.start();
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
    if (m_db) {
        for (const ChildRecord &child : AccountStore(*m_db).children()) {
            m_firstNames.insert(child.id, child.firstName);
            if (child.active)
                m_children << QVariantMap{{QStringLiteral("id"), child.id},
                                          {QStringLiteral("firstName"), child.firstName},
                                          {QStringLiteral("fullName"), child.fullName}};
        }
    }
    m_built.clear(); // names are part of every card
    emit childrenChanged();
}

QVariantMap TimelineModel::valuesOf(const Row &row) const
{
    if (row.pending)
        return row.values;
    const QString cacheKey = row.card.key + QLatin1Char('@') + QString::fromLatin1(row.card.hash);
    if (const QVariantMap *cached = m_built.object(cacheKey))
        return *cached;
    QVariantMap values = buildCard(row.card);
    m_built.insert(cacheKey, new QVariantMap(values));
    return values;
}

QVariantMap TimelineModel::buildCard(const TimelineRow &row) const
{
    const std::optional<TimelineEntry> entry = m_db ? TimelineStore(*m_db).entry(row.key) : std::nullopt;
    if (!entry)
        return {};
    const QDate day = portaltime::dayOf(entry->date);
    QStringList names;
    for (const QString &id : entry->childIds)
        names << m_firstNames.value(id);
    names.removeAll(QString());
    QVariantList moments;
    for (const DayRhythmMoment &m : entry->moments) {
        // A nap with a start and no end is still going on.
        const bool ongoing = m.category == QLatin1String("sleep") && m.endTime.isEmpty() && !m.startTime.isEmpty();
        moments << QVariantMap{{QStringLiteral("icon"), m.icon},
                               {QStringLiteral("category"), m.category},
                               {QStringLiteral("time"), m.endTime.isEmpty() ? m.startTime : m.startTime + QStringLiteral("–") + m.endTime},
                               {QStringLiteral("title"), m.title},
                               {QStringLiteral("description"), m.description},
                               {QStringLiteral("remarks"), m.remarks},
                               {QStringLiteral("ongoing"), ongoing}};
    }
    QVariantList media;
    int photos = 0;
    for (const TimelineEntry::Media &m : entry->media) {
        media << mediaValues(m.id, m.video, m.description, m.downloadable,
                             imageSource(m_accountId, QStringLiteral("thumb"), m.id),
                             imageSource(m_accountId, QStringLiteral("medium"), m.id),
                             imageSource(m_accountId, QStringLiteral("full"), m.id));
        photos += m.video ? 0 : 1;
    }
    return {{QStringLiteral("key"), entry->key},
            {QStringLiteral("type"), entry->type},
            {QStringLiteral("date"), day},
            {QStringLiteral("dayLabel"), portaltime::dayLabel(day, m_today)},
            {QStringLiteral("childIds"), entry->childIds},
            {QStringLiteral("childNames"), joinNames(names)},
            {QStringLiteral("writtenBy"), entry->writtenBy},
            {QStringLiteral("byParent"), entry->byParent},
            {QStringLiteral("text"), entry->text},
            {QStringLiteral("moments"), moments},
            {QStringLiteral("timesNote"), timesNote(moments)},
            {QStringLiteral("media"), media},
            {QStringLiteral("mediaCount"), int(media.size())},
            {QStringLiteral("photoCount"), photos},
            {QStringLiteral("pending"), false}};
}

QList<TimelineModel::Row> TimelineModel::readPending() const
{
    QList<Row> rows;
    if (!m_diary)
        return rows;
    for (const DiaryWriter::Entry &entry : m_diary->entries()) {
        if (!m_childId.isEmpty() && entry.childId != m_childId)
            continue;
        Row row;
        row.pending = true;
        row.card.key = QStringLiteral("draft:%1").arg(entry.id);
        // Newest within its day: an entry written now belongs above the day's older cards.
        row.card.date = portaltime::startOfDay(entry.day.addDays(1)) - 1;
        row.card.type = QStringLiteral("journal");
        row.card.hash = entry.state.toUtf8() + entry.errorText.toUtf8();
        QVariantList media;
        int photos = 0;
        for (const QString &file : entry.files) {
            const QString url = QUrl::fromLocalFile(file).toString();
            const bool video = DiaryWrite::isVideoFile(file);
            media << mediaValues(QString(), video, QString(), false, url, url, url);
            photos += video ? 0 : 1;
        }
        row.values = {{QStringLiteral("key"), row.card.key},
                      {QStringLiteral("type"), QStringLiteral("journal")},
                      {QStringLiteral("date"), entry.day},
                      {QStringLiteral("dayLabel"), portaltime::dayLabel(entry.day, m_today)},
                      {QStringLiteral("childIds"), QStringList{entry.childId}},
                      {QStringLiteral("childNames"), m_firstNames.value(entry.childId)},
                      {QStringLiteral("writtenBy"), entry.author},
                      {QStringLiteral("byParent"), true},
                      {QStringLiteral("text"), entry.text},
                      {QStringLiteral("moments"), QVariantList()},
                      {QStringLiteral("timesNote"), QString()},
                      {QStringLiteral("media"), media},
                      {QStringLiteral("mediaCount"), int(media.size())},
                      {QStringLiteral("photoCount"), photos},
                      {QStringLiteral("pending"), true},
                      {QStringLiteral("sendState"), entry.state},
                      {QStringLiteral("errorText"), entry.errorText},
                      {QStringLiteral("draftId"), entry.id}};
        rows << row;
    }
    return rows;
}

QList<TimelineModel::Row> TimelineModel::merged(QList<Row> cards, const QList<Row> &pending, bool complete) const
{
    if (pending.isEmpty())
        return cards;
    const qint64 oldest = cards.isEmpty() ? std::numeric_limits<qint64>::max() : cards.last().card.date;
    for (const Row &row : pending) {
        // Entries older than what is loaded wait until their day is paged in.
        if (!complete && row.card.date < oldest && !cards.isEmpty())
            continue;
        auto at = std::find_if(cards.begin(), cards.end(), [&](const Row &r) { return r.card.date <= row.card.date; });
        cards.insert(at, row);
    }
    return cards;
}

QList<TimelineModel::Row> TimelineModel::readRows(int cardLimit, bool *more) const
{
    QList<Row> cards;
    if (m_db) {
        for (const TimelineRow &card : TimelineStore(*m_db).page(m_childId, nullptr, cardLimit))
            cards.append({card, {}, false});
    }
    *more = cards.size() == cardLimit;
    return merged(cards, readPending(), !*more);
}

QList<TimelineModel::Row> TimelineModel::reread(bool *more) const
{
    // Everything down to the last card shown: a new card adds a row, it does not push one out.
    const auto last = std::find_if(m_rows.crbegin(), m_rows.crend(), [](const Row &r) { return !r.pending; });
    if (last == m_rows.crend() || !m_db)
        return readRows(pageSize, more);
    // The last card's place as the store has it now: a sync that numbered the feed again since
    // it was read moved it (and every card with it, in the same order).
    const TimelineStore store(*m_db);
    const TimelineRow until = store.row(last->card.key).value_or(last->card);
    QList<Row> cards;
    for (const TimelineRow &card : store.pageUntil(m_childId, until))
        cards.append({card, {}, false});
    // Fewer than a page shown (the first read came while the first sync was still storing):
    // show a page now, as the first read would have.
    if (cards.size() < pageSize)
        return readRows(pageSize, more);
    // A model that had reached the end may have more now: a first sync still running stored
    // fewer cards than a page when the model read them, and the rest arrived since.
    *more = m_hasMore || !store.page(m_childId, &until, 1).isEmpty();
    return merged(cards, readPending(), !*more);
}

void TimelineModel::reset()
{
    const QScopedValueRollback<bool> busy(m_fetching, true); // no fetchMore() from inside a reset
    beginResetModel();
    m_built.clear();
    m_today = portaltime::today();
    bool more = false;
    m_rows = readRows(pageSize, &more);
    m_hasMore = more;
    endResetModel();
    emit countChanged();
}

void TimelineModel::refresh()
{
    const QScopedValueRollback<bool> busy(m_fetching, true); // no fetchMore() from inside a reset
    if (portaltime::today() != m_today) {
        reset(); // "Vandaag" became "Gisteren"
        return;
    }
    // Everything loaded so far, read again, and the difference applied row by row.
    bool more = false;
    const QList<Row> next = reread(&more);
    updateRows(m_rows, next, [](const Row &row) { return row.card.key; },
               [](const Row &a, const Row &b) { return a.card.hash == b.card.hash; });
    m_hasMore = more;
    emit countChanged();
}

int TimelineModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

bool TimelineModel::canFetchMore(const QModelIndex &parent) const
{
    return !parent.isValid() && m_hasMore && !m_fetching;
}

void TimelineModel::fetchMore(const QModelIndex &parent)
{
    if (parent.isValid() || !m_hasMore || !m_db || m_fetching)
        return;
    const QScopedValueRollback<bool> fetching(m_fetching, true);
    const auto lastCard = std::find_if(m_rows.crbegin(), m_rows.crend(), [](const Row &r) { return !r.pending; });
    // Continue after the last card where the store has it now (see reread()).
    const TimelineStore store(*m_db);
    std::optional<TimelineRow> after;
    if (lastCard != m_rows.crend())
        after = store.row(lastCard->card.key).value_or(lastCard->card);
    QList<Row> cards;
    for (const TimelineRow &card : store.page(m_childId, after ? &*after : nullptr, pageSize))
        cards.append({card, {}, false});
    m_hasMore = cards.size() == pageSize;
    // Pending entries that belong to the newly loaded days.
    QList<Row> pending;
    for (const Row &row : readPending()) {
        if (indexOfKey(row.card.key) < 0)
            pending << row;
    }
    const QList<Row> added = merged(cards, pending, !m_hasMore);
    if (!added.isEmpty()) {
        beginInsertRows({}, int(m_rows.size()), int(m_rows.size() + added.size() - 1));
        m_rows += added;
        endInsertRows();
    }
    emit countChanged();
}

int TimelineModel::loadUntilKey(const QString &key)
{
    // A deep link (a notification, a test) can name a card the store has just written and this
    // model has not read yet: its refresh waits 30 ms after a write, longer on a busy machine.
    // Read now rather than open nothing.
    if (indexOfKey(key) < 0 && m_refreshSoon.isActive()) {
        m_refreshSoon.stop();
        refresh();
    }
    int row = indexOfKey(key);
    while (row < 0 && m_hasMore) {
        const int before = int(m_rows.size());
        fetchMore({});
        for (int i = before; i < m_rows.size() && row < 0; ++i) {
            if (m_rows.at(i).card.key == key)
                row = i;
        }
    }
    return row;
}

void TimelineModel::ensureLoaded(int row)
{
    while (row >= m_rows.size() && m_hasMore)
        fetchMore({});
}

QVariant TimelineModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const QByteArray name = roleNames().value(role);
    if (name.isEmpty())
        return {};
    return valuesOf(m_rows.at(index.row())).value(QString::fromLatin1(name));
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
        {TimesNoteRole, "timesNote"},
        {MediaRole, "media"},
        {MediaCountRole, "mediaCount"},
        {PhotoCountRole, "photoCount"},
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
        if (m_rows.at(i).card.key == key)
            return i;
    }
    return -1;
}

} // namespace nestje
