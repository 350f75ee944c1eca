// SPDX-License-Identifier: GPL-3.0-or-later
#include "server/media/UploadCheck.h"

#include <QBuffer>
#include <QImageReader>

namespace nestje::server::uploadcheck {

QSize imageSize(const QByteArray &bytes, const QByteArray &format)
{
    QByteArray copy = bytes; // QBuffer wants a non-const array; this is a shallow copy
    QBuffer buffer(&copy);
    buffer.open(QIODevice::ReadOnly);
    QImageReader reader(&buffer, format);
    reader.setDecideFormatFromContent(false);
    return reader.canRead() ? reader.size() : QSize();
}

static quint32 bigEndian32(const QByteArray &bytes, qsizetype at)
{
    return (quint32(quint8(bytes.at(at))) << 24) | (quint32(quint8(bytes.at(at + 1))) << 16) |
           (quint32(quint8(bytes.at(at + 2))) << 8) | quint32(quint8(bytes.at(at + 3)));
}

// ISO base media (MP4, MOV, 3GP): the first box is `ftyp` with a major brand. Old QuickTime files
// start with a moov, mdat, wide or free box instead.
static QString isoContainer(const QByteArray &bytes)
{
    if (bytes.size() < 12)
        return {};
    const quint32 boxSize = bigEndian32(bytes, 0);
    const QByteArray type = bytes.mid(4, 4);
    if (type == "moov" || type == "mdat" || type == "wide" || type == "free")
        return boxSize >= 8 ? QStringLiteral("video/quicktime") : QString();
    if (type != "ftyp" || boxSize < 16 || boxSize > 4096)
        return {};
    const QByteArray brand = bytes.mid(8, 4);
    if (brand == "qt  ")
        return QStringLiteral("video/quicktime");
    static const QByteArrayList videoBrands{"isom", "iso2", "iso3", "iso4", "iso5", "iso6", "mp41",
                                            "mp42", "avc1", "M4V ", "M4VH", "M4VP", "3gp4", "3gp5",
                                            "3gp6", "3g2a", "MSNV", "dash", "f4v ", "mmp4", "XAVC"};
    return videoBrands.contains(brand) ? QStringLiteral("video/mp4") : QString();
}

// EBML (Matroska, WebM): magic 1A 45 DF A3, then the header's DocType element (42 82) says which.
static QString ebmlContainer(const QByteArray &bytes)
{
    if (!bytes.startsWith("\x1a\x45\xdf\xa3"))
        return {};
    const QByteArray head = bytes.left(64);
    const qsizetype docType = head.indexOf("\x42\x82");
    if (docType < 0 || docType + 3 > head.size())
        return {};
    const QByteArray value = head.mid(docType + 3);
    if (value.startsWith("webm"))
        return QStringLiteral("video/webm");
    if (value.startsWith("matroska"))
        return QStringLiteral("video/webm"); // stored and served as WebM's container family
    return {};
}

QString videoContainer(const QByteArray &bytes)
{
    if (const QString iso = isoContainer(bytes); !iso.isEmpty())
        return iso;
    if (const QString ebml = ebmlContainer(bytes); !ebml.isEmpty())
        return ebml;
    if (bytes.size() >= 16 && bytes.startsWith("RIFF") && bytes.mid(8, 4) == "AVI " &&
        bytes.mid(12, 4) == "LIST")
        return QStringLiteral("video/x-msvideo");
    return {};
}

} // namespace nestje::server::uploadcheck
