// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QObject>
#include <QString>
#include <QUrl>

#include <functional>

namespace nestje {

class AccountSession;

// A file behind a signed portal link (an attachment of a news item or of a message, a portal
// image), fetched once into the account's cache and kept there, so it shows and opens again
// offline. The copy is the user's alone: its directory is 0700 and the file 0600 (a PDF from
// the organisation can hold a child's details). Mijn locatie (LocationDownload) and Berichten
// (MessageFiles) use it; each decides where its files live and how it renews a link.
namespace filedownload {

struct Outcome
{
    enum class Result
    {
        Stored,     // the file is at the path now
        Offline,    // no answer: no network, the portal unreachable, a stalled transfer
        Refused,    // an HTTP error (httpStatus says which)
        NotTheFile, // an answer that is not what the link promised (an HTML error page)
        NotStored   // the disk refused it
    };
    Result result = Result::Offline;
    int httpStatus = 0;

    bool ok() const { return result == Result::Stored; }
    bool offline() const { return result == Result::Offline; }
    // The link is what failed (expired 403, moved 404/410): a fresh link may mend it.
    bool linkFailed() const
    {
        return result == Result::Refused &&
               (httpStatus == 403 || httpStatus == 404 || httpStatus == 410);
    }
};

// GET a signed portal link (no credentials: the signature is the permission), trusting the
// account's own CA, and store it at `path` if the bytes are what `contentType` says ("image/*"
// takes any image; "application/pdf" only a PDF). `done` runs on `context`'s thread, never
// after `context` is gone.
void download(QObject *context, AccountSession &account, const QUrl &url, const QString &path,
              const QString &contentType, std::function<void(const Outcome &)> done);

bool isImageType(const QString &contentType);
// The first bytes of a JPEG, PNG, GIF or WebP image.
bool startsLikeImage(const QByteArray &head);
// The first bytes of an HTML or JSON page: what a server or proxy answers instead of the file.
bool startsLikePage(const QByteArray &head);

// The link says it expires within half a minute (CloudFront-style `Expires`, reference §5.M):
// better to ask for a fresh one than to collect a 403.
bool linkExpired(const QUrl &url);

// A name from the portal as part of a file name: only [A-Za-z0-9._-] (others become "_"),
// never starting with a dot, at most 80 characters; "file" when nothing is left.
QString safeFileName(const QString &name);

// Opens a file on this device in the system's viewer (QDesktopServices: a test can catch it
// with setUrlHandler("file", …)). False when no app took it (none for that type, or no
// launcher at all): the caller says so with noAppText() instead of failing silently.
bool openOnDevice(const QString &path);
QString noAppText();

} // namespace filedownload
} // namespace nestje
