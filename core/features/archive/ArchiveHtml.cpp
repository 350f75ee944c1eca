// SPDX-License-Identifier: GPL-3.0-or-later
#include "features/archive/ArchiveHtml.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QLocale>
#include <QSaveFile>

namespace nestje::archivehtml {

namespace {
// Same look for every page: readable on a phone and on paper, no external resources.
const char *pageStyle =
    "body{font-family:sans-serif;max-width:60rem;margin:0 auto;padding:1rem;line-height:1.5;"
    "color:#222;background:#fff}"
    "h1{font-size:1.6rem}h2{font-size:1.25rem;margin-top:2rem;border-bottom:1px solid #ddd}"
    "article{margin:1.5rem 0;padding-bottom:1rem;border-bottom:1px solid #eee}"
    "article h2{font-size:1rem;border:none;margin:0}"
    ".who{color:#666;font-size:.9rem}.text{white-space:pre-wrap}"
    ".grid{display:flex;flex-wrap:wrap;gap:6px}"
    ".grid a{display:block;width:150px;height:150px;overflow:hidden;background:#eee;"
    "text-align:center;font-size:.8rem;color:#444;text-decoration:none}"
    ".grid img{width:150px;height:150px;object-fit:cover}"
    ".content img{max-width:100%;height:auto}"
    "ul.list{padding-left:1.2rem}"
    "table{border-collapse:collapse}td{padding:.1rem .6rem .1rem 0;vertical-align:top}"
    "nav a{margin-right:.8rem}";

// Only the archive's own files: nothing from the network even if a page held a remote link
// for an image.
const char *policy = "default-src 'none'; img-src file: 'self'; media-src file: 'self'; "
                     "style-src 'unsafe-inline'";
} // namespace

QString esc(const QString &text)
{
    return text.toHtmlEscaped();
}

QByteArray page(const QString &title, const QString &body)
{
    return QStringLiteral("<!DOCTYPE html>\n<html lang=\"%1\"><head><meta charset=\"utf-8\">"
                          "<meta http-equiv=\"Content-Security-Policy\" content=\"%5\">"
                          "<meta name=\"viewport\" content=\"width=device-width,initial-scale=1\">"
                          "<title>%2</title><style>%3</style></head>\n<body>\n%4</body></html>\n")
        .arg(QLocale().bcp47Name().left(2), esc(title), QString::fromLatin1(pageStyle), body,
             QString::fromLatin1(policy))
        .toUtf8();
}

QString dayHeading(const QDate &day)
{
    return QLocale().toString(day, QStringLiteral("dddd d MMMM yyyy"));
}

QString monthHeading(int year, int month)
{
    return QLocale().toString(QDate(year, month, 1), QStringLiteral("MMMM yyyy"));
}

QString relativeLink(const QString &root, const QString &fromFolder, const QString &target)
{
    // Both relative to the archive's root; QDir needs them absolute to relate them (a
    // relative target would come back unchanged).
    return QDir(root + QLatin1Char('/') + fromFolder)
        .relativeFilePath(root + QLatin1Char('/') + target);
}

int writeIfChanged(const QString &path, const QByteArray &content)
{
    QFile existing(path);
    if (existing.open(QIODevice::ReadOnly) && existing.size() == content.size() &&
        existing.readAll() == content)
        return 0;
    existing.close();
    QDir().mkpath(QFileInfo(path).absolutePath());
    QSaveFile file(path); // a temporary file renamed over the old page: never half a page
    if (!file.open(QIODevice::WriteOnly) || file.write(content) != content.size() || !file.commit())
        return -1;
    return 1;
}

} // namespace nestje::archivehtml
