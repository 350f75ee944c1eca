// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QtQml/qqmlregistration.h>

#include "shell/Session.h"
#include "shell/SessionBinding.h"

#include <QObject>
#include <QPointer>

namespace nestje {

class ArchiveRun;

// What the archive page shows and does, for the account in view: created in QML as
// `ArchiveController { session: App.session }`. The run itself belongs to the account's
// session (archiveservice), so it goes on when the page closes and the page finds it again.
class ArchiveController : public QObject
{
    Q_OBJECT
    QML_ELEMENT
    Q_PROPERTY(nestje::Session *session READ session WRITE setSession NOTIFY sessionChanged)
    Q_PROPERTY(QString folder READ folder WRITE setFolder NOTIFY settingsChanged)
    Q_PROPERTY(bool autoArchive READ autoArchive WRITE setAutoArchive NOTIFY settingsChanged)
    // "idle", "running", "paused", "finished", "incomplete", "cancelled", "failed"
    Q_PROPERTY(QString state READ state NOTIFY progressChanged)
    Q_PROPERTY(bool active READ isActive NOTIFY progressChanged)
    Q_PROPERTY(int itemsDone READ itemsDone NOTIFY progressChanged)
    Q_PROPERTY(int itemsTotal READ itemsTotal NOTIFY progressChanged)
    Q_PROPERTY(int itemsFailed READ itemsFailed NOTIFY progressChanged)
    Q_PROPERTY(double progress READ progress NOTIFY progressChanged)
    // "12 van 340 · 85,3 MB · nog ongeveer 2 minuten", plain text.
    Q_PROPERTY(QString progressText READ progressText NOTIFY progressChanged)
    // What the last run ended with, plain text ("" while none ended).
    Q_PROPERTY(QString summary READ summary NOTIFY progressChanged)
    // One sentence per child whose care ends soon or has ended: the portal keeps the data for
    // eight weeks after the end (archivecare). Plain text.
    Q_PROPERTY(QStringList careNotices READ careNotices NOTIFY settingsChanged)
public:
    explicit ArchiveController(QObject *parent = nullptr);

    Session *session() const { return m_binding.session(); }
    void setSession(Session *session);
    QString folder() const;
    void setFolder(const QString &folder);
    bool autoArchive() const;
    void setAutoArchive(bool on);
    QString state() const;
    bool isActive() const;
    int itemsDone() const;
    int itemsTotal() const;
    int itemsFailed() const;
    double progress() const;
    QString progressText() const;
    QString summary() const;
    QStringList careNotices() const;

    // All children, or the one with this id.
    Q_INVOKABLE void start(const QString &childId = {});
    Q_INVOKABLE void pause();
    Q_INVOKABLE void resume();
    Q_INVOKABLE void cancel();
    // The archive's folder as a URL for Qt.openUrlExternally.
    Q_INVOKABLE QUrl folderUrl() const;
    // A local-file URL (from a folder dialog) as a path.
    Q_INVOKABLE void setFolderUrl(const QUrl &url);

signals:
    void sessionChanged();
    void settingsChanged();
    void progressChanged();
    // The run ended; `ok` when everything was saved.
    void finished(bool ok, const QString &summary);

private:
    void follow();
    void watch(ArchiveRun *run);

    SessionBinding m_binding;
    QPointer<ArchiveRun> m_run;
};

} // namespace nestje
