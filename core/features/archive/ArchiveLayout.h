// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDate>
#include <QString>

namespace nestje::archivelayout {

// Where everything goes under the folder the parent chose. Paths are relative to that folder,
// so a manifest stays valid when the parent moves the whole archive.
//   <organisation>/<child>/<yyyy>/<yyyy-mm-dd>_<id>.<ext>   photos and videos (the portal's day)
//   <organisation>/<child>/dagboek/<yyyy-mm>.html           the diary, one page per month
//   <organisation>/<child>/index.html                       the whole archive, offline
//   <organisation>/<child>/berichten/<yyyy-mm-dd>_<id>.html  a conversation about the child
//   <organisation>/<child>/berichten/bijlagen/...           its photos and files
//   <organisation>/berichten/...                            conversations about no one child
//   <organisation>/nieuws/<yyyy-mm-dd>_<id>.html (+ bijlagen/) news of the organisation
//   <organisation>/nieuwsbrieven/<yyyy-mm-dd>_<id>.html     newsletters
//   <organisation>/documenten/<kind>/<yyyy-mm-dd>_<subject>.pdf invoices, statements, documents
//   <organisation>/index.html                               the account's page: children,
//                                                           news, newsletters, documents
//   .nestje-archief/                                        manifest and unfinished downloads

// A name that is safe as one path component on every platform: no separators, no control
// characters, no leading dot (a hidden file), nothing Windows refuses; never empty.
QString safeName(const QString &name);

QString childFolder(const QString &organisation, const QString &child);
QString mediaFolder(const QString &organisation, const QString &child, const QDate &day);
// The file's name without extension: the extension comes from the bytes, known only once
// they are here.
QString mediaBaseName(const QDate &day, const QString &mediaId);
QString diaryPage(const QString &organisation, const QString &child, int year, int month);
QString indexPage(const QString &organisation, const QString &child);

// The account's part, beside the children's folders.
QString accountIndexPage(const QString &organisation);
// A conversation's folder: the child's, or the organisation's when it is about no one child
// (`child` empty).
QString conversationFolder(const QString &organisation, const QString &child);
QString newsFolder(const QString &organisation);
QString newsletterFolder(const QString &organisation);
// `type` is the portal's: "invoice", "annualstatement", anything else is a document.
QString documentFolder(const QString &organisation, const QString &type);
// Where a page's photos and files go, beside it.
QString attachmentFolder(const QString &pageFolder);
// "<yyyy-mm-dd>_<id>": the name of a dated page or file without extension.
QString datedName(const QDate &day, const QString &id);

// The archive's own bookkeeping folder (hidden), and its parts.
QString stateFolder();
QString manifestFile();
QString partialFolder();

} // namespace nestje::archivelayout
