// SPDX-License-Identifier: GPL-3.0-or-later
#include "features/timeline/TimelineController.h"

#include "accounts/AccountSession.h"
#include "features/timeline/DiaryBook.h"

namespace nestje {

TimelineController::TimelineController(Accounts *accounts, QObject *parent)
    : QObject(parent)
    , m_library(accounts)
    , m_files(&m_library)
    , m_book(std::make_unique<DiaryBook>(&m_library))
{
}

TimelineController::~TimelineController() = default;

void TimelineController::open(const QString &target)
{
    emit openRequested(target);
}

void TimelineController::setSession(AccountSession *session)
{
    disconnect(m_storeConnection);
    m_session = session;
    Database *db = session && session->database()->isOpen() ? session->database() : nullptr;
    m_accountId = session ? session->info().id : QString();
    m_diary.setSession(db ? session : nullptr);
    m_timeline.setSource(db, m_accountId, &m_diary);
    m_photos.setSource(db, m_accountId);
    m_albums.setSource(db, m_accountId);
    m_files.setSource(db, m_accountId);
    m_book->setSource(db, m_accountId);
    if (db) {
        // The albums fill as the first photos arrive; later they grow by paging.
        m_storeConnection = connect(db, &Database::changed, this, [this](const QString &topic) {
            if (topic == QLatin1String("timeline") && m_albums.photoCount() == 0)
                m_albums.reload();
        });
    }
    emit accountChanged();
}

} // namespace nestje
