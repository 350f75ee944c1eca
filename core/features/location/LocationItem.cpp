// SPDX-License-Identifier: GPL-3.0-or-later
#include "features/location/LocationItem.h"

#include "accounts/AccountSession.h"
#include "features/location/LocationDownload.h"
#include "features/location/LocationReadWrite.h"
#include "features/location/LocationStore.h"
#include "media/FileDownload.h"
#include "sync/Writes.h"
#include "text/PortalTime.h"
#include "text/RichBlocks.h"
#include "text/Sanitiser.h"

#include <QFile>
#include <QPointer>
#include <QRegularExpression>

namespace nestje {

LocationItem::LocationItem(QObject *parent)
    : QObject(parent)
    , m_binding(
          {QStringLiteral("news"), QStringLiteral("newsletters"), QStringLiteral("pages")},
          [this] { reload(); }, this)
{
}

void LocationItem::setSession(Session *session)
{
    if (m_binding.setSession(session))
        emit sessionChanged();
}

void LocationItem::setKind(const QString &kind)
{
    if (kind == m_kind)
        return;
    m_kind = kind;
    emit itemChanged();
    reload();
}

void LocationItem::setItemId(const QString &id)
{
    if (id == m_itemId)
        return;
    m_itemId = id;
    emit itemChanged();
    reload();
}

void LocationItem::reload()
{
    const QString shownText = m_richText;
    m_found = m_loaded = m_isNew = false;
    m_title.clear();
    m_day.clear();
    m_richText.clear();
    m_attachments.clear();
    m_attachmentUrls.clear();
    AccountSession *account = m_binding.account();
    Database *db = m_binding.database();
    if (account && db && !m_itemId.isEmpty()) {
        const LocationStore store(*db);
        QString html;
        qint64 date = 0;
        if (m_kind == QLatin1String("newsletter")) {
            if (const std::optional<Newsletter> letter = store.newsletter(m_itemId)) {
                m_found = true;
                m_title = letter->subject;
                date = letter->date;
                m_isNew = letter->unread;
                html = store.newsletterHtml(m_itemId);
                m_loaded = !html.isEmpty();
            }
        } else {
            if (m_kind == QLatin1String("news")) {
                if (const std::optional<NewsItem> item = store.newsItem(m_itemId)) {
                    m_found = true;
                    m_title = item->title;
                    date = item->date;
                    m_isNew = item->isNew;
                }
            } else if (const std::optional<InfoPage> page = store.page(m_itemId)) {
                m_found = true;
                m_title = page->title;
            }
            const std::optional<ContentBody> body = m_found ? store.body(m_itemId) : std::nullopt;
            if (body) {
                m_loaded = true;
                html = body->html;
                for (qsizetype i = 0; i < body->attachments.size(); ++i) {
                    const ContentAttachment &file = body->attachments.at(i);
                    m_attachmentUrls << file.url;
                    m_attachments << QVariantMap{
                        {QStringLiteral("index"), int(i)},
                        {QStringLiteral("fileName"), file.fileName},
                        {QStringLiteral("contentType"), file.contentType},
                        {QStringLiteral("isImage"), locationfiles::isImageType(file.contentType)},
                        {QStringLiteral("offline"),
                         QFile::exists(attachmentPath(*account, int(i), file.fileName))}};
                }
            }
        }
        if (date > 0)
            m_day = portaltime::dayLabel(portaltime::dayOf(date), portaltime::today());
        // The portal's images come from this device's copy; the ones not here yet are fetched
        // and the text is made again when they arrive.
        QStringList missing;
        SanitiseOptions options;
        options.mapImage = [&](const QUrl &url) {
            const QString path = locationfiles::imagePath(*account, url);
            if (QFile::exists(path))
                return QUrl::fromLocalFile(path).toString();
            missing << url.toString(QUrl::FullyEncoded);
            return QString();
        };
        m_richText = sanitiseHtml(html, account->info().portal, options);
        if (m_imageWidth > 0) {
            // Only images the sanitiser kept (this device's copies) are in the text; each is
            // shown as wide as the column, its height following.
            static const QRegularExpression size(QStringLiteral("\\s(width|height)=\"[^\"]*\""));
            static const QRegularExpression image(QStringLiteral("<img\\s[^>]*>"));
            QString sized;
            qsizetype from = 0;
            for (auto it = image.globalMatch(m_richText); it.hasNext();) {
                const QRegularExpressionMatch match = it.next();
                QString tag = match.captured(0);
                tag.remove(size);
                tag.insert(4, QStringLiteral(" width=\"%1\"").arg(m_imageWidth));
                sized += QStringView(m_richText).mid(from, match.capturedStart() - from);
                sized += tag;
                from = match.capturedEnd();
            }
            sized += QStringView(m_richText).mid(from);
            m_richText = sized;
        }
        fetchImages(*account, missing);
    }
    emit contentChanged();
    if (m_richText != shownText) {
        m_richBlocks = m_richText.isEmpty() ? QStringList() : splitRichText(m_richText);
        m_ownColours = setsOwnColours(m_richText);
        emit richTextChanged();
    }
}

void LocationItem::setImageWidth(int width)
{
    if (width == m_imageWidth)
        return;
    m_imageWidth = width;
    emit itemChanged();
    reload();
}

void LocationItem::markRead()
{
    AccountSession *account = m_binding.account();
    if (!account || !m_found || !m_isNew || m_kind == QLatin1String("page"))
        return;
    LocationStore store(*account->database());
    const bool newsletter = m_kind == QLatin1String("newsletter");
    if (!(newsletter ? store.markNewsletterRead(m_itemId) : store.markNewsRead(m_itemId)))
        return;
    if (account->writes())
        account->writes()->submit(
            QString::fromLatin1(LocationReadWrite::name),
            {{QStringLiteral("kind"),
              newsletter ? QStringLiteral("newsletter") : QStringLiteral("news")},
             {QStringLiteral("id"), m_itemId}});
}

QString LocationItem::attachmentPath(AccountSession &account, int index, QString name) const
{
    // Ids and names come from the portal: only safe characters reach a file name.
    static const QRegularExpression unsafe(QStringLiteral("[^A-Za-z0-9._-]"));
    name.replace(unsafe, QStringLiteral("_"));
    if (name.isEmpty() || name.startsWith(QLatin1Char('.')))
        name.prepend(QStringLiteral("file"));
    QString id = m_itemId;
    id.replace(unsafe, QStringLiteral("_"));
    return locationfiles::directory(account) +
           QStringLiteral("/attachments/%1-%2-%3").arg(id).arg(index).arg(name.left(80));
}

void LocationItem::fetchImages(AccountSession &account, const QStringList &urls)
{
    for (const QString &link : urls) {
        const QUrl url(link);
        const QString path = locationfiles::imagePath(account, url);
        const QString key = QStringLiteral("image:") + path;
        if (m_loading.contains(key))
            continue;
        m_loading.insert(key);
        emit busyChanged();
        QPointer<LocationItem> self(this);
        locationfiles::download(this, account, url, path, QStringLiteral("image/*"),
                                [self, key](bool ok, bool) {
                                    if (!self)
                                        return;
                                    self->m_loading.remove(key);
                                    emit self->busyChanged();
                                    if (ok)
                                        self->reload();
                                });
    }
}

void LocationItem::openAttachment(int index)
{
    AccountSession *account = m_binding.account();
    if (!account || index < 0 || index >= m_attachments.size())
        return;
    const QString path = attachmentPath(
        *account, index, m_attachments.value(index).toMap().value(QStringLiteral("fileName")).toString());
    const auto open = [this, path] {
        emit attachmentReady(path);
        if (!filedownload::openOnDevice(path))
            emit failed(filedownload::noAppText());
    };
    if (QFile::exists(path))
        return open();
    const QString key = QStringLiteral("attachment:") + path;
    if (m_loading.contains(key))
        return;
    m_loading.insert(key);
    emit busyChanged();
    const QString contentType =
        m_attachments.at(index).toMap().value(QStringLiteral("contentType")).toString();
    locationfiles::download(
        this, *account, QUrl(m_attachmentUrls.at(index)), path, contentType,
        [this, key, open](bool ok, bool offline) {
            m_loading.remove(key);
            emit busyChanged();
            if (!ok) {
                emit failed(offline ? tr("No connection: the attachment is not on this device yet.")
                                    : tr("The portal did not give the attachment."));
                return;
            }
            reload(); // now available offline
            open();
        });
}

} // namespace nestje
