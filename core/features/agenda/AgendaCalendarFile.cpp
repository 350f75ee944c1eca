// SPDX-License-Identifier: GPL-3.0-or-later
#include "features/agenda/AgendaCalendarFile.h"

#include "accounts/AccountSession.h"
#include "features/agenda/CalendarExport.h"

#include <QDir>

namespace nestje {

AgendaCalendarFile::AgendaCalendarFile(QObject *parent)
    : QObject(parent)
    , m_binding(
          {}, [] {}, this)
{
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
    const QString path = target.isLocalFile() ? target.toLocalFile() : target.toString();
    QString problem;
    const int events =
        CalendarExport::write(*m_binding.database(), account->info().id, path, &problem);
    if (events < 0)
        emit failed(tr("The calendar could not be saved: %1").arg(problem));
    else
        emit saved(QDir::toNativeSeparators(path), events);
}

} // namespace nestje
