// SPDX-License-Identifier: GPL-3.0-or-later
#include "features/agenda/KeptCalendarFile.h"

#include "accounts/AccountSession.h"
#include "db/Database.h"
#include "features/account/AccountStore.h"
#include "features/agenda/CalendarExport.h"

#include <QFile>

namespace nestje::keptcalendar {

namespace {
const QString pathKey = QStringLiteral("agenda/keptFile");
const QString checkedKey = QStringLiteral("agenda/keptFileChecked");
const QString eventsKey = QStringLiteral("agenda/keptFileEvents");
const QString problemKey = QStringLiteral("agenda/keptFileProblem");
const QString topic = QStringLiteral("calendarFile");

struct Outcome
{
    bool ok = false;
    int events = 0;
    QString problem;
};

// Writes the calendar to `path` unless the file there already holds the same events.
Outcome update(AccountSession *session, const QString &path)
{
    Outcome outcome;
    const QByteArray ics =
        CalendarExport::fromStores(*session->database(), session->info().id, &outcome.events);
    QFile current(path);
    const bool unchanged = current.open(QIODevice::ReadOnly) &&
                           CalendarExport::sameEvents(current.readAll(), ics);
    current.close();
    outcome.ok = unchanged || CalendarExport::save(path, ics, &outcome.problem);
    return outcome;
}

void record(AccountSession *session, const Outcome &outcome)
{
    AccountStore store(*session->database());
    store.setSetting(problemKey, outcome.ok ? QString() : outcome.problem);
    if (outcome.ok) {
        store.setSetting(checkedKey, QDateTime::currentDateTimeUtc().toString(Qt::ISODateWithMs));
        store.setSetting(eventsKey, QString::number(outcome.events));
    }
    session->database()->announce(topic);
}
} // namespace

State state(AccountSession *session)
{
    State state;
    if (!session || !session->database())
        return state;
    const AccountStore store(*session->database());
    state.path = store.setting(pathKey);
    state.checked = QDateTime::fromString(store.setting(checkedKey), Qt::ISODateWithMs);
    state.events = store.setting(eventsKey).toInt();
    state.problem = store.setting(problemKey);
    return state;
}

bool keep(AccountSession *session, const QString &path, QString *error)
{
    if (!session || !session->database() || path.isEmpty())
        return false;
    const Outcome outcome = update(session, path);
    if (!outcome.ok) {
        if (error)
            *error = outcome.problem;
        return false; // a file kept before stays kept
    }
    AccountStore(*session->database()).setSetting(pathKey, path);
    record(session, outcome);
    return true;
}

void stop(AccountSession *session)
{
    if (!session || !session->database())
        return;
    AccountStore store(*session->database());
    for (const QString &key : {pathKey, checkedKey, eventsKey, problemKey})
        store.setSetting(key, QString());
    session->database()->announce(topic);
}

void afterSync(AccountSession *session)
{
    if (!session || !session->database())
        return;
    const QString path = state(session).path;
    if (!path.isEmpty())
        record(session, update(session, path));
}

} // namespace nestje::keptcalendar
