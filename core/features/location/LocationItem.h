// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "shell/Session.h"
#include "shell/SessionBinding.h"

#include <QtQml/qqmlregistration.h>

#include <QObject>
#include <QSet>
#include <QVariantList>

namespace nestje {

class AccountSession;

// One news item, newsletter or information page shown in full (created in QML where it is
// shown):
//
//     LocationItem { session: App.session; kind: "news"; itemId: "12" }
//
// `richText` is the organisation's HTML after core/text/Sanitiser, for a rich view: portal
// images come from this device's copy (fetched once, then shown offline; nothing else is
// loaded), remote images become their alt text. Attachments are fetched once into the
// account's cache and opened from there, so an attachment once opened stays available offline.
class LocationItem : public QObject
{
    Q_OBJECT
    QML_ELEMENT
    Q_PROPERTY(nestje::Session *session READ session WRITE setSession NOTIFY sessionChanged)
    // "news", "newsletter" or "page".
    Q_PROPERTY(QString kind READ kind WRITE setKind NOTIFY itemChanged)
    Q_PROPERTY(QString itemId READ itemId WRITE setItemId NOTIFY itemChanged)
    Q_PROPERTY(bool found READ found NOTIFY contentChanged)
    // The body (or the newsletter's document) is on this device.
    Q_PROPERTY(bool loaded READ loaded NOTIFY contentChanged)
    Q_PROPERTY(QString title READ title NOTIFY contentChanged)
    Q_PROPERTY(QString day READ day NOTIFY contentChanged)
    Q_PROPERTY(bool isNew READ isNew NOTIFY contentChanged)
    Q_PROPERTY(QString richText READ richText NOTIFY richTextChanged)
    // `richText` cut into balanced blocks (core/text/RichBlocks) for a list that lays out only
    // what is on screen: a long newsletter shows its first screen at once.
    Q_PROPERTY(QStringList richBlocks READ richBlocks NOTIFY richTextChanged)
    // The organisation's HTML sets its own colours (made for a light page): a dark view shows
    // it on a light one, as mail apps do, rather than dark grey on dark.
    Q_PROPERTY(bool ownColours READ ownColours NOTIFY richTextChanged)
    // [{index, fileName, contentType, isImage, offline}]
    Q_PROPERTY(QVariantList attachments READ attachments NOTIFY contentChanged)
    Q_PROPERTY(bool busy READ busy NOTIFY busyChanged)
    // The width of the view's column: the portal's images are shown that wide (Qt's rich text
    // has no max-width; a photo at its own size would run off a phone's screen). 0: own size.
    Q_PROPERTY(int imageWidth READ imageWidth WRITE setImageWidth NOTIFY itemChanged)
public:
    explicit LocationItem(QObject *parent = nullptr);

    Session *session() const { return m_binding.session(); }
    void setSession(Session *session);
    QString kind() const { return m_kind; }
    void setKind(const QString &kind);
    QString itemId() const { return m_itemId; }
    void setItemId(const QString &id);

    bool found() const { return m_found; }
    bool loaded() const { return m_loaded; }
    QString title() const { return m_title; }
    QString day() const { return m_day; }
    bool isNew() const { return m_isNew; }
    QString richText() const { return m_richText; }
    QStringList richBlocks() const { return m_richBlocks; }
    bool ownColours() const { return m_ownColours; }
    QVariantList attachments() const { return m_attachments; }
    bool busy() const { return !m_loading.isEmpty(); }
    int imageWidth() const { return m_imageWidth; }
    void setImageWidth(int width);

    // The parent opened it: read on this device at once, and on the portal through the write
    // path (later, when offline). Nothing happens for pages or items already read.
    Q_INVOKABLE void markRead();
    // Fetches attachment `index` once into the cache, then opens it in the system's viewer.
    Q_INVOKABLE void openAttachment(int index);

signals:
    void sessionChanged();
    void itemChanged();
    void contentChanged();
    // Only when the text itself changed: a view lays a long newsletter out again on every
    // change, and a read mark or a sync of other items must not cost that.
    void richTextChanged();
    void busyChanged();
    void failed(const QString &reason);
    void attachmentReady(const QString &path);

private:
    void reload();
    // Where attachment `index`, named `name` by the portal, is kept on this device.
    QString attachmentPath(AccountSession &account, int index, QString name) const;
    void fetchImages(AccountSession &account, const QStringList &urls);

    SessionBinding m_binding;
    QString m_kind;
    QString m_itemId;
    bool m_found = false;
    bool m_loaded = false;
    QString m_title;
    QString m_day;
    bool m_isNew = false;
    QString m_richText;
    QStringList m_richBlocks;
    bool m_ownColours = false;
    QVariantList m_attachments;
    QStringList m_attachmentUrls;
    QSet<QString> m_loading;
    int m_imageWidth = 0;
};

} // namespace nestje
