// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QImage>
#include <QList>

namespace nestje::server {

// Writes a Motion-JPEG AVI: a real, playable video container that needs nothing but JPEG
// frames, so the demo has short clips without an encoder dependency (GStreamer and FFmpeg both
// play it). Frames must all have the same size.
QByteArray mjpegAvi(const QList<QImage> &frames, int framesPerSecond);

} // namespace nestje::server
