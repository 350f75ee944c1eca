// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "shell/Session.h"
#include "shell/SessionBinding.h"

#include <QtQml/qqmlregistration.h>

#include <QObject>
#include <QSet>
#include <QUrl>

namespace nestje {

class AccountSession;

// A document's PDF (P14): fetched once into the account's cache (so it stays available
// offline), then opened in the system's PDF viewer or copied where the parent chose.
//
//     DocumentFiles { id: files; session: App.session }
//     files.open(type, adminId, itemId)
class DocumentFiles : public QObject
{
    Q_OBJECT
    QML_ELEMENT
    Q_PROPERTY(nestje::Session *session READ session WRITE setSession NOTIFY sessionChanged)
    Q_PROPERTY(bool busy READ busy NOTIFY busyChanged)
public:
    explicit DocumentFiles(QObject *parent = nullptr);

    Session *session() const { return m_binding.session(); }
    void setSession(Session *session);
    bool busy() const { return !m_loading.isEmpty(); }

    // Makes sure the PDF is on this device; `ready(key, path)` or `failed(reason)`.
    Q_INVOKABLE void fetch(const QString &type, const QString &adminId, const QString &itemId);
    // fetch(), then the system's viewer.
    Q_INVOKABLE void open(const QString &type, const QString &adminId, const QString &itemId);
    // fetch(), then a copy at `target` (from a save dialog).
    Q_INVOKABLE void saveAs(const QString &type, const QString &adminId, const QString &itemId, const QUrl &target);

    // The folder in the account's cache that holds them (media/KeptFiles).
    static constexpr auto folder = "documents";
    static QString directoryOf(AccountSession &account);
    static QString directoryFor(const QString &accountId);
    static QString keyOf(const QString &type, const QString &adminId, const QString &itemId);

signals:
    void sessionChanged();
    void busyChanged();
    void ready(const QString &key, const QString &path);
    void saved(const QString &path);
    void failed(const QString &reason);

private:
    void fetchThen(const QString &type, const QString &adminId, const QString &itemId,
                   std::function<void(const QString &path)> then);

    SessionBinding m_binding;
    QSet<QString> m_loading;
};

} // namespace nestje
