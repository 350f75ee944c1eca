// SPDX-License-Identifier: GPL-3.0-or-later
#include "server/media/MjpegAvi.h"

#include <QBuffer>
#include <QtEndian>

namespace nestje::server {

namespace {

void u32(QByteArray &out, quint32 value)
{
    char bytes[4];
    qToLittleEndian(value, bytes);
    out.append(bytes, 4);
}

void u16(QByteArray &out, quint16 value)
{
    char bytes[2];
    qToLittleEndian(value, bytes);
    out.append(bytes, 2);
}

QByteArray chunk(const char *fourcc, const QByteArray &data)
{
    QByteArray out(fourcc, 4);
    u32(out, quint32(data.size()));
    out += data;
    if (data.size() % 2)
        out += '\0'; // RIFF chunks are word aligned
    return out;
}

QByteArray list(const char *type, const QByteArray &data)
{
    return chunk("LIST", QByteArray(type, 4) + data);
}

} // namespace

QByteArray mjpegAvi(const QList<QImage> &frames, int fps)
{
    if (frames.isEmpty())
        return {};
    const quint32 width = quint32(frames.first().width());
    const quint32 height = quint32(frames.first().height());
    QList<QByteArray> jpegs;
    quint32 largest = 0;
    for (const QImage &frame : frames) {
        QByteArray jpeg;
        QBuffer buffer(&jpeg);
        buffer.open(QIODevice::WriteOnly);
        frame.save(&buffer, "JPEG", 80);
        largest = std::max(largest, quint32(jpeg.size()));
        jpegs.append(jpeg);
    }
    const quint32 count = quint32(frames.size());

    QByteArray avih;
    u32(avih, 1000000u / quint32(fps)); // microseconds per frame
    u32(avih, largest * quint32(fps));  // max bytes per second
    u32(avih, 0);                       // padding granularity
    u32(avih, 0x10);                    // AVIF_HASINDEX
    u32(avih, count);
    u32(avih, 0);                       // initial frames
    u32(avih, 1);                       // streams
    u32(avih, largest);
    u32(avih, width);
    u32(avih, height);
    for (int i = 0; i < 4; ++i)
        u32(avih, 0);

    QByteArray strh("vidsMJPG", 8);
    u32(strh, 0);     // flags
    u16(strh, 0);     // priority
    u16(strh, 0);     // language
    u32(strh, 0);     // initial frames
    u32(strh, 1);     // scale
    u32(strh, quint32(fps)); // rate: rate / scale = frames per second
    u32(strh, 0);     // start
    u32(strh, count); // length in frames
    u32(strh, largest);
    u32(strh, 0xFFFFFFFFu); // quality: default
    u32(strh, 0);           // sample size: varies
    u16(strh, 0);
    u16(strh, 0);
    u16(strh, quint16(width));
    u16(strh, quint16(height));

    QByteArray strf; // BITMAPINFOHEADER
    u32(strf, 40);
    u32(strf, width);
    u32(strf, height);
    u16(strf, 1);
    u16(strf, 24);
    strf += QByteArray("MJPG", 4);
    u32(strf, width * height * 3);
    for (int i = 0; i < 4; ++i)
        u32(strf, 0);

    const QByteArray hdrl = list("hdrl", chunk("avih", avih) + list("strl", chunk("strh", strh) + chunk("strf", strf)));

    QByteArray movi;
    QByteArray index;
    for (const QByteArray &jpeg : std::as_const(jpegs)) {
        index += QByteArray("00dc", 4);
        u32(index, 0x10); // AVIIF_KEYFRAME
        u32(index, quint32(movi.size() + 4)); // offset from the 'movi' fourcc
        u32(index, quint32(jpeg.size()));
        movi += chunk("00dc", jpeg);
    }
    const QByteArray body = QByteArray("AVI ", 4) + hdrl + list("movi", movi) + chunk("idx1", index);
    QByteArray riff("RIFF", 4);
    u32(riff, quint32(body.size()));
    return riff + body;
}

} // namespace nestje::server
