// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QImage>
#include <QSize>

namespace nestje::server::scenes {

// Generated pictures for the demo: daycare-ish scenes (sky, sun or clouds, layered hills, trees,
// balls, toy blocks; or a play room with a window) with soft gradient shading and atmospheric
// depth, so the app's photo views look like they show photos, not test patterns.
// Deterministic in `seed`. Raster only and no text, so no QGuiApplication is needed and it is
// safe to call from worker threads.
QImage scene(quint32 seed, QSize size = QSize(1024, 768));

// A friendly portrait-style avatar (head and shoulders on a pastel background).
QImage avatar(quint32 seed, QSize size = QSize(320, 320));

// Frame `frame` of `frames` of a short clip: a scene with a ball bouncing across it.
QImage videoFrame(quint32 seed, int frame, int frames, QSize size = QSize(480, 360));

} // namespace nestje::server::scenes
