#include "models/TimelineController.h"

#include "accounts/AccountSession.h"
#include "export/DiaryBook.h"

namespace nestje {

TimelineController::TimelineController(Accounts *accounts, QObject *parent)
    : QObject(parent)
    , m_library(accounts)
    , m_files(&m_library)
    , m_book(std::make_unique<DiaryBook>(&m_library))
{
}

TimelineController::~TimelineController() = default;

QStringList TimelineController::pageNames()
{
    return {QStringLiteral("journal"), QStringLiteral("viewer"), QStringLiteral("albums"), QStringLiteral("diary")};
}

void TimelineController::showPage(const QString &name)
{
    emit pageRequested(name);
}

void TimelineController::setSession(AccountSession *session)
{
    disconnect(m_syncConnection);
    disconnect(m_progressConnection);
    m_session = session;
    Database *db = session && session->database()->isOpen() ? session->database() : nullptr;
    m_accountId = session ? session->info().id : QString();
    m_diary.setSession(db, db ? session->outbox() : nullptr, db ? session->sync() : nullptr,
                       session ? session->cacheDirectory() + QStringLiteral("/outgoing") : QString());
    m_timeline.setSource(db, m_accountId, &m_diary);
    m_photos.setSource(db, m_accountId);
    m_albums.setSource(db, m_accountId);
    m_files.setSource(db, m_accountId);
    m_book->setSource(db, m_accountId);
    if (db && session->sync()) {
        m_syncConnection = connect(session->sync(), &SyncEngine::finished, this, [this] {
            m_timeline.refresh();
            if (m_albums.photoCount() == 0)
                m_albums.reload();
        });
        // A first sync takes a while: show the first pages as they come in.
        m_progressConnection = connect(session->sync(), &SyncEngine::progressChanged, this, [this] {
            if (m_timeline.rowCount() < TimelineModel::pageSize)
                m_timeline.refresh();
        });
    }
    emit accountChanged();
}

} // namespace nestje
