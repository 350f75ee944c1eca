#include "media/ExifWriter.h"

#include <QtEndian>

namespace nestje {

namespace {
void put16(QByteArray &out, quint16 v)
{
    out.append(char(v >> 8)).append(char(v & 0xff));
}
void put32(QByteArray &out, quint32 v)
{
    put16(out, quint16(v >> 16));
    put16(out, quint16(v & 0xffff));
}
quint16 get16(const QByteArray &b, qsizetype at, bool little)
{
    if (at + 2 > b.size())
        return 0;
    const auto *p = reinterpret_cast<const uchar *>(b.constData() + at);
    return little ? qFromLittleEndian<quint16>(p) : qFromBigEndian<quint16>(p);
}
quint32 get32(const QByteArray &b, qsizetype at, bool little)
{
    if (at + 4 > b.size())
        return 0;
    const auto *p = reinterpret_cast<const uchar *>(b.constData() + at);
    return little ? qFromLittleEndian<quint32>(p) : qFromBigEndian<quint32>(p);
}

// One IFD entry of type ASCII whose data lives at `dataOffset` (or inline when it fits).
void asciiEntry(QByteArray &ifd, quint16 tag, const QByteArray &data, quint32 dataOffset)
{
    put16(ifd, tag);
    put16(ifd, 2); // ASCII
    put32(ifd, quint32(data.size()));
    if (data.size() <= 4) {
        QByteArray inline4 = data;
        inline4.resize(4, '\0');
        ifd.append(inline4);
    } else {
        put32(ifd, dataOffset);
    }
}
} // namespace

QByteArray jpegWithExif(const QByteArray &jpeg, const QDateTime &taken, const QString &description)
{
    if (jpeg.size() < 4 || uchar(jpeg.at(0)) != 0xFF || uchar(jpeg.at(1)) != 0xD8)
        return jpeg;
    const QByteArray date = (taken.isValid() ? taken.toString(QStringLiteral("yyyy:MM:dd HH:mm:ss")).toLatin1()
                                             : QByteArray("0000:00:00 00:00:00")) + '\0';
    const QByteArray text = description.toUtf8() + '\0';

    // TIFF, big endian: header, IFD0 (ImageDescription, ExifIFD pointer), Exif IFD
    // (DateTimeOriginal), then the data of both strings.
    constexpr quint32 ifd0 = 8;
    constexpr quint32 ifd0Size = 2 + 2 * 12 + 4;
    constexpr quint32 exifIfd = ifd0 + ifd0Size;
    constexpr quint32 exifIfdSize = 2 + 12 + 4;
    constexpr quint32 dateAt = exifIfd + exifIfdSize;
    const quint32 textAt = dateAt + quint32(date.size());

    QByteArray tiff("MM\x00\x2A", 4);
    put32(tiff, ifd0);
    put16(tiff, 2);
    asciiEntry(tiff, 0x010E, text, textAt);
    put16(tiff, 0x8769);
    put16(tiff, 4); // LONG
    put32(tiff, 1);
    put32(tiff, exifIfd);
    put32(tiff, 0);
    put16(tiff, 1);
    asciiEntry(tiff, 0x9003, date, dateAt);
    put32(tiff, 0);
    tiff.append(date);
    if (text.size() > 4)
        tiff.append(text);

    QByteArray app1("\xFF\xE1", 2);
    const QByteArray header("Exif\0\0", 6);
    if (header.size() + tiff.size() + 2 > 0xFFFF)
        return jpeg; // a description of ~64 KB: leave the photo as it is
    put16(app1, quint16(2 + header.size() + tiff.size()));
    app1.append(header).append(tiff);

    // Keep SOI and a JFIF APP0, drop old EXIF blocks, insert ours.
    QByteArray out = jpeg.left(2);
    qsizetype at = 2;
    bool inserted = false;
    while (at + 4 <= jpeg.size() && uchar(jpeg.at(at)) == 0xFF) {
        const uchar marker = uchar(jpeg.at(at + 1));
        if (marker == 0xDA || marker == 0xD9)
            break; // image data starts: copy the rest as it is
        const quint16 length = get16(jpeg, at + 2, false);
        if (length < 2 || at + 2 + length > jpeg.size())
            break;
        const QByteArray segment = jpeg.mid(at, 2 + length);
        const bool isExif = marker == 0xE1 && segment.mid(4, 6) == header;
        if (marker != 0xE0 && !inserted) {
            out.append(app1);
            inserted = true;
        }
        if (!isExif)
            out.append(segment);
        at += 2 + length;
    }
    if (!inserted)
        out.append(app1);
    out.append(jpeg.mid(at));
    return out;
}

ExifFields readExif(const QByteArray &jpeg)
{
    ExifFields fields;
    qsizetype at = 2;
    while (at + 4 <= jpeg.size() && uchar(jpeg.at(at)) == 0xFF) {
        const uchar marker = uchar(jpeg.at(at + 1));
        const quint16 length = get16(jpeg, at + 2, false);
        if (marker == 0xDA || length < 2)
            break;
        if (marker == 0xE1 && jpeg.mid(at + 4, 6) == QByteArray("Exif\0\0", 6)) {
            const QByteArray tiff = jpeg.mid(at + 10, length - 8);
            const bool little = tiff.startsWith("II");
            auto readIfd = [&](quint32 offset, auto &&self) -> void {
                const quint16 count = get16(tiff, offset, little);
                for (quint16 i = 0; i < count; ++i) {
                    const qsizetype entry = offset + 2 + i * 12;
                    const quint16 tag = get16(tiff, entry, little);
                    const quint32 n = get32(tiff, entry + 4, little);
                    const QByteArray value = n <= 4 ? tiff.mid(entry + 8, n) : tiff.mid(get32(tiff, entry + 8, little), n);
                    const QString text = QString::fromUtf8(value).section(QLatin1Char('\0'), 0, 0);
                    if (tag == 0x010E)
                        fields.imageDescription = text;
                    else if (tag == 0x9003)
                        fields.dateTimeOriginal = text;
                    else if (tag == 0x8769)
                        self(get32(tiff, entry + 8, little), self);
                }
            };
            readIfd(get32(tiff, 4, little), readIfd);
            return fields;
        }
        at += 2 + length;
    }
    return fields;
}

} // namespace nestje
