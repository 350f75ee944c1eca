// SPDX-License-Identifier: GPL-3.0-or-later
#include "features/agenda/AgendaCalendarFile.h"

#include "accounts/AccountSession.h"
#include "features/agenda/CalendarExport.h"
#include "features/agenda/KeptCalendarFile.h"
#include "text/PortalTime.h"

#include <QDir>

namespace nestje {

AgendaCalendarFile::AgendaCalendarFile(QObject *parent)
    : QObject(parent)
    , m_binding({QStringLiteral("calendarFile")}, [this] { emit keptChanged(); }, this)
{
}

namespace {
QString localPath(const QUrl &target)
{
    return target.isLocalFile() ? target.toLocalFile() : target.toString();
}
} // namespace

QString AgendaCalendarFile::keptPath() const
{
    return QDir::toNativeSeparators(keptcalendar::state(m_binding.account()).path);
}

bool AgendaCalendarFile::keptFailed() const
{
    return !keptcalendar::state(m_binding.account()).problem.isEmpty();
}

QString AgendaCalendarFile::keptStatus() const
{
    const keptcalendar::State state = keptcalendar::state(m_binding.account());
    if (state.path.isEmpty())
        return {};
    if (!state.problem.isEmpty())
        return tr("The last update failed: %1").arg(state.problem);
    if (!state.checked.isValid())
        return {};
    // In the portal's time, like every moment in the app ("09:42 (NL)" when the device is
    // elsewhere).
    const qint64 ms = state.checked.toMSecsSinceEpoch();
    return tr("Updated %1 at %2 · %n care moments", "", state.events)
        .arg(portaltime::dayLabel(portaltime::dayOf(ms), portaltime::today()),
             portaltime::timeOfDay(ms));
}

void AgendaCalendarFile::setSession(Session *session)
{
    if (m_binding.setSession(session))
        emit sessionChanged();
}

void AgendaCalendarFile::save(const QUrl &target)
{
    AccountSession *account = m_binding.account();
    if (!account || !m_binding.database()) {
        emit failed(tr("There is no account to export."));
        return;
    }
    const QString path = localPath(target);
    QString problem;
    const int events =
        CalendarExport::write(*m_binding.database(), account->info().id, path, &problem);
    if (events < 0)
        emit failed(tr("The calendar could not be saved: %1").arg(problem));
    else
        emit saved(QDir::toNativeSeparators(path), events);
}

void AgendaCalendarFile::keep(const QUrl &target)
{
    AccountSession *account = m_binding.account();
    if (!account) {
        emit failed(tr("There is no account to export."));
        return;
    }
    const QString path = localPath(target);
    QString problem;
    if (!keptcalendar::keep(account, path, &problem)) {
        emit failed(tr("The calendar could not be saved: %1").arg(problem));
        return;
    }
    emit kept(QDir::toNativeSeparators(path), keptcalendar::state(account).events);
}

void AgendaCalendarFile::stopKeeping()
{
    keptcalendar::stop(m_binding.account());
}

} // namespace nestje
