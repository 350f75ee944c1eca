// SPDX-License-Identifier: GPL-3.0-or-later
#include "features/archive/ArchiveController.h"

#include "accounts/AccountSession.h"
#include "features/archive/ArchiveCareEnd.h"
#include "features/archive/ArchivePlan.h"
#include "features/archive/ArchiveRun.h"
#include "features/archive/ArchiveService.h"

#include "text/PortalTime.h"

#include <QDir>
#include <QLocale>
#include <QUrl>

namespace nestje {

ArchiveController::ArchiveController(QObject *parent)
    : QObject(parent)
    , m_binding(
          {QStringLiteral("account")}, [this] { follow(); }, this)
{
}

void ArchiveController::setSession(Session *session)
{
    if (m_binding.setSession(session))
        emit sessionChanged();
}

void ArchiveController::follow()
{
    watch(archiveservice::runOf(m_binding.account()));
    emit settingsChanged();
}

void ArchiveController::watch(ArchiveRun *run)
{
    if (m_run == run) {
        emit progressChanged();
        return;
    }
    if (m_run)
        m_run->disconnect(this);
    m_run = run;
    if (run) {
        connect(run, &ArchiveRun::progressChanged, this, &ArchiveController::progressChanged);
        connect(run, &ArchiveRun::stateChanged, this, &ArchiveController::progressChanged);
        connect(run, &ArchiveRun::finished, this, [this, run] {
            emit finished(run->state() == ArchiveRun::State::Finished, summary());
        });
    }
    emit progressChanged();
}

QString ArchiveController::folder() const
{
    return QDir::toNativeSeparators(archiveservice::folder(m_binding.account()));
}

void ArchiveController::setFolder(const QString &folder)
{
    archiveservice::setFolder(m_binding.account(), QDir::fromNativeSeparators(folder));
    emit settingsChanged();
}

void ArchiveController::setFolderUrl(const QUrl &url)
{
    if (url.isLocalFile())
        setFolder(url.toLocalFile());
}

QUrl ArchiveController::folderUrl() const
{
    return QUrl::fromLocalFile(archiveservice::folder(m_binding.account()));
}

bool ArchiveController::autoArchive() const
{
    return archiveservice::autoArchive(m_binding.account());
}

void ArchiveController::setAutoArchive(bool on)
{
    archiveservice::setAutoArchive(m_binding.account(), on);
    emit settingsChanged();
}

QString ArchiveController::state() const
{
    if (!m_run)
        return QStringLiteral("idle");
    switch (m_run->state()) {
    case ArchiveRun::State::Idle:
        return QStringLiteral("idle");
    case ArchiveRun::State::Running:
        return QStringLiteral("running");
    case ArchiveRun::State::Paused:
        return QStringLiteral("paused");
    case ArchiveRun::State::Finished:
        return QStringLiteral("finished");
    case ArchiveRun::State::Incomplete:
        return QStringLiteral("incomplete");
    case ArchiveRun::State::Cancelled:
        return QStringLiteral("cancelled");
    case ArchiveRun::State::Failed:
        return QStringLiteral("failed");
    }
    return QStringLiteral("idle");
}

bool ArchiveController::isActive() const
{
    return m_run && m_run->isActive();
}

int ArchiveController::itemsDone() const
{
    return m_run ? m_run->itemsDone() : 0;
}

int ArchiveController::itemsTotal() const
{
    return m_run ? m_run->itemsTotal() : 0;
}

int ArchiveController::itemsFailed() const
{
    return m_run ? m_run->itemsFailed() : 0;
}

double ArchiveController::progress() const
{
    if (!m_run || m_run->itemsTotal() == 0)
        return m_run && !m_run->isActive() ? 1.0 : 0.0;
    return double(m_run->itemsDone() + m_run->itemsFailed()) / m_run->itemsTotal();
}

QString ArchiveController::progressText() const
{
    if (!m_run || m_run->state() == ArchiveRun::State::Idle)
        return {};
    const QLocale locale;
    QString text =
        tr("%1 of %2")
            .arg(locale.toString(m_run->itemsDone()), locale.toString(m_run->itemsTotal()));
    text += QStringLiteral(" · ") +
            locale.formattedDataSize(m_run->bytesSaved(), 1, QLocale::DataSizeSIFormat);
    const int left = m_run->secondsLeft();
    if (m_run->state() == ArchiveRun::State::Paused)
        text += QStringLiteral(" · ") + tr("paused");
    else if (left >= 0 && m_run->isActive())
        text += QStringLiteral(" · ") +
                (left < 60 ? tr("less than a minute left")
                           : tr("about %n minute(s) left", nullptr, (left + 59) / 60));
    return text;
}

QString ArchiveController::summary() const
{
    if (!m_run || m_run->isActive() || m_run->state() == ArchiveRun::State::Idle)
        return {};
    switch (m_run->state()) {
    case ArchiveRun::State::Failed:
        return m_run->error();
    case ArchiveRun::State::Cancelled:
        return tr("Stopped. What was saved stays; the next time continues from there.");
    case ArchiveRun::State::Incomplete:
        return tr("%n file(s) could not be saved; they are tried again next time.", nullptr,
                  m_run->itemsFailed());
    default:
        break;
    }
    const int added = m_run->itemsDone() - m_run->alreadySaved();
    if (added == 0)
        return tr("Everything was already saved.");
    return tr("%n new file(s) saved.", nullptr, added);
}

QStringList ArchiveController::careNotices() const
{
    QStringList notices;
    if (AccountSession *account = m_binding.account()) {
        for (const CareEnding &ending :
             archivecare::endings(*account->database(), portaltime::today()))
            notices << archivecare::notice(ending);
    }
    return notices;
}

void ArchiveController::start(const QString &childId)
{
    watch(archiveservice::start(m_binding.account(), childId));
}

void ArchiveController::pause()
{
    if (m_run)
        m_run->pause();
}

void ArchiveController::resume()
{
    if (m_run)
        m_run->resume();
}

void ArchiveController::cancel()
{
    if (m_run)
        m_run->cancel();
}

} // namespace nestje
