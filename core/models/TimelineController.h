#pragma once

#include "media/MediaFiles.h"
#include "media/MediaLibrary.h"
#include "models/AlbumModel.h"
#include "models/DiaryOutbox.h"
#include "models/PhotoModel.h"
#include "models/TimelineModel.h"

#include <QObject>
#include <QPointer>

namespace nestje {

class Accounts;
class AccountSession;
class DiaryBook;

// What the Mijn kind tab binds to (App.myChild), following the active account: the timeline,
// the viewer's series, the albums, the diary on its way, downloads and the diary book.
class TimelineController : public QObject
{
    Q_OBJECT
    Q_PROPERTY(nestje::TimelineModel *timeline READ timeline CONSTANT)
    Q_PROPERTY(nestje::PhotoModel *photos READ photos CONSTANT)
    Q_PROPERTY(nestje::AlbumModel *albums READ albums CONSTANT)
    Q_PROPERTY(nestje::DiaryOutbox *diary READ diary CONSTANT)
    Q_PROPERTY(nestje::MediaFiles *files READ files CONSTANT)
    Q_PROPERTY(nestje::DiaryBook *book READ book CONSTANT)
    Q_PROPERTY(QString accountId READ accountId NOTIFY accountChanged)
public:
    explicit TimelineController(Accounts *accounts, QObject *parent = nullptr);
    ~TimelineController() override;

    void setSession(AccountSession *session);

    TimelineModel *timeline() { return &m_timeline; }
    PhotoModel *photos() { return &m_photos; }
    AlbumModel *albums() { return &m_albums; }
    DiaryOutbox *diary() { return &m_diary; }
    MediaFiles *files() { return &m_files; }
    DiaryBook *book() { return m_book.get(); }
    MediaLibrary *mediaLibrary() { return &m_library; }
    QString accountId() const { return m_accountId; }

    // Opens a sub-page of the tab by name ("journal", "viewer", "albums", "diary"): the
    // screenshot runner and deep links use it. QML answers through pageRequested.
    Q_INVOKABLE void showPage(const QString &name);
    static QStringList pageNames();

signals:
    void accountChanged();
    void pageRequested(const QString &name);

private:
    MediaLibrary m_library;
    TimelineModel m_timeline;
    PhotoModel m_photos;
    AlbumModel m_albums;
    DiaryOutbox m_diary;
    MediaFiles m_files;
    std::unique_ptr<DiaryBook> m_book;
    QPointer<AccountSession> m_session;
    QString m_accountId;
    QMetaObject::Connection m_syncConnection;
    QMetaObject::Connection m_progressConnection;
};

} // namespace nestje
