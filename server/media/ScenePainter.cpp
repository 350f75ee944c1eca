// SPDX-License-Identifier: GPL-3.0-or-later
#include "server/media/ScenePainter.h"

#include <QLinearGradient>
#include <QPainter>
#include <QPainterPath>
#include <QRadialGradient>
#include <QRandomGenerator>

#include <cmath>

namespace nestje::server::scenes {

namespace {

struct Palette
{
    QColor skyTop, skyBottom, sun, hillFar, hillMid, hillNear;
};

// Times of day and seasons, each a coherent set of colours.
const Palette palettes[] = {
    {QColor(0x4a, 0x90, 0xd9), QColor(0xc9, 0xe6, 0xff), QColor(0xff, 0xe0, 0x7a), QColor(0x9c, 0xb8, 0xa8),
     QColor(0x6f, 0xa8, 0x5c), QColor(0x4e, 0x8c, 0x3a)}, // summer noon
    {QColor(0x3d, 0x5a, 0xa8), QColor(0xff, 0xc6, 0x8a), QColor(0xff, 0x9d, 0x4d), QColor(0xa8, 0x8f, 0xa6),
     QColor(0x7d, 0x8f, 0x58), QColor(0x5a, 0x6e, 0x3c)}, // late afternoon
    {QColor(0x7f, 0xa7, 0xc9), QColor(0xe8, 0xee, 0xf2), QColor(0xfa, 0xf3, 0xd0), QColor(0xb4, 0xbe, 0xc4),
     QColor(0x8f, 0xa8, 0x7c), QColor(0x6d, 0x8a, 0x5a)}, // overcast spring
    {QColor(0x5b, 0x8f, 0xc4), QColor(0xf5, 0xdc, 0xb4), QColor(0xff, 0xd2, 0x6e), QColor(0xc4, 0xa8, 0x8a),
     QColor(0xc8, 0x8a, 0x3c), QColor(0xa0, 0x62, 0x2c)}, // autumn
};

const QColor toyColours[] = {QColor(0xe6, 0x39, 0x46), QColor(0xf4, 0xa2, 0x61), QColor(0x2a, 0x9d, 0x8f),
                             QColor(0x45, 0x7b, 0x9d), QColor(0xe9, 0xc4, 0x6a), QColor(0x9b, 0x5d, 0xe5),
                             QColor(0x06, 0xd6, 0xa0), QColor(0xef, 0x47, 0x6f)};

double uniform(QRandomGenerator &rng, double low, double high)
{
    return low + rng.generateDouble() * (high - low);
}

QColor pick(QRandomGenerator &rng)
{
    return toyColours[rng.bounded(int(std::size(toyColours)))];
}

void paintHill(QPainter &p, QRandomGenerator &rng, QSizeF size, double baseY, double amplitude, const QColor &colour)
{
    QPainterPath path;
    path.moveTo(0, size.height());
    path.lineTo(0, baseY);
    const int bumps = 2 + rng.bounded(3);
    const double step = size.width() / bumps;
    double y = baseY;
    for (int i = 0; i < bumps; ++i) {
        const double x0 = i * step;
        const double nextY = baseY + uniform(rng, -amplitude, amplitude);
        path.cubicTo(x0 + step * 0.35, y - amplitude * uniform(rng, 0.4, 1.2), x0 + step * 0.65,
                     nextY - amplitude * uniform(rng, 0.4, 1.2), x0 + step, nextY);
        y = nextY;
    }
    path.lineTo(size.width(), size.height());
    path.closeSubpath();
    QLinearGradient shade(0, baseY - amplitude, 0, size.height());
    shade.setColorAt(0, colour.lighter(115));
    shade.setColorAt(1, colour.darker(135));
    p.fillPath(path, shade);
}

void paintSun(QPainter &p, QPointF centre, double radius, const QColor &colour)
{
    QRadialGradient glow(centre, radius * 4);
    QColor halo = colour;
    halo.setAlpha(110);
    glow.setColorAt(0, halo);
    glow.setColorAt(1, QColor(255, 255, 255, 0));
    p.setPen(Qt::NoPen);
    p.setBrush(glow);
    p.drawEllipse(centre, radius * 4, radius * 4);
    QRadialGradient disc(centre - QPointF(radius * 0.3, radius * 0.3), radius * 1.2);
    disc.setColorAt(0, colour.lighter(130));
    disc.setColorAt(1, colour);
    p.setBrush(disc);
    p.drawEllipse(centre, radius, radius);
}

void paintCloud(QPainter &p, QRandomGenerator &rng, QPointF at, double scale)
{
    p.setPen(Qt::NoPen);
    for (int i = 0; i < 5; ++i) {
        const QPointF c = at + QPointF(uniform(rng, -1.2, 1.2) * scale, uniform(rng, -0.3, 0.3) * scale);
        const double r = uniform(rng, 0.5, 0.9) * scale;
        QRadialGradient puff(c - QPointF(0, r * 0.3), r);
        puff.setColorAt(0, QColor(255, 255, 255, 235));
        puff.setColorAt(0.7, QColor(250, 250, 255, 180));
        puff.setColorAt(1, QColor(235, 240, 250, 0));
        p.setBrush(puff);
        p.drawEllipse(c, r * 1.3, r);
    }
}

void paintShadow(QPainter &p, QPointF centre, double width)
{
    QRadialGradient shadow(centre, width);
    shadow.setColorAt(0, QColor(0, 0, 0, 70));
    shadow.setColorAt(1, QColor(0, 0, 0, 0));
    p.setPen(Qt::NoPen);
    p.setBrush(shadow);
    p.drawEllipse(centre, width, width * 0.28);
}

void paintTree(QPainter &p, QRandomGenerator &rng, QPointF foot, double height, const QColor &leaf)
{
    paintShadow(p, foot + QPointF(height * 0.1, 0), height * 0.35);
    const double trunkW = height * 0.08;
    QLinearGradient bark(foot.x() - trunkW, 0, foot.x() + trunkW, 0);
    bark.setColorAt(0, QColor(0x8b, 0x5a, 0x2b));
    bark.setColorAt(1, QColor(0x5c, 0x3a, 0x1a));
    p.setPen(Qt::NoPen);
    p.fillRect(QRectF(foot.x() - trunkW / 2, foot.y() - height * 0.45, trunkW, height * 0.45), bark);
    const int blobs = 3 + rng.bounded(3);
    for (int i = 0; i < blobs; ++i) {
        const QPointF c(foot.x() + uniform(rng, -0.22, 0.22) * height, foot.y() - height * uniform(rng, 0.55, 0.85));
        const double r = height * uniform(rng, 0.18, 0.28);
        QRadialGradient canopy(c - QPointF(r * 0.35, r * 0.4), r * 1.4);
        canopy.setColorAt(0, leaf.lighter(140));
        canopy.setColorAt(0.6, leaf);
        canopy.setColorAt(1, leaf.darker(150));
        p.setBrush(canopy);
        p.drawEllipse(c, r, r);
    }
}

void paintBall(QPainter &p, QPointF centre, double r, const QColor &colour, QPointF shadowAt)
{
    paintShadow(p, shadowAt, r * 1.1);
    QRadialGradient body(centre - QPointF(r * 0.35, r * 0.4), r * 1.5);
    body.setColorAt(0, colour.lighter(170));
    body.setColorAt(0.35, colour);
    body.setColorAt(1, colour.darker(220));
    p.setPen(Qt::NoPen);
    p.setBrush(body);
    p.drawEllipse(centre, r, r);
    // A painted stripe makes it read as a beach ball rather than a dot.
    QPainterPath stripe;
    stripe.addEllipse(centre, r, r);
    p.save();
    p.setClipPath(stripe);
    QColor band(255, 255, 255, 150);
    p.setBrush(band);
    p.drawEllipse(QPointF(centre.x() + r * 0.15, centre.y()), r * 0.35, r * 1.05);
    p.restore();
}

void paintBlock(QPainter &p, QPointF base, double s, const QColor &colour)
{
    // A toy cube in oblique projection: front, top and side faces lit differently.
    paintShadow(p, base + QPointF(s * 0.7, 0), s * 0.9);
    const double d = s * 0.4;
    const QRectF front(base.x(), base.y() - s, s, s);
    QPolygonF top({front.topLeft(), front.topLeft() + QPointF(d, -d), front.topRight() + QPointF(d, -d), front.topRight()});
    QPolygonF side({front.topRight(), front.topRight() + QPointF(d, -d), front.bottomRight() + QPointF(d, -d), front.bottomRight()});
    p.setPen(QPen(colour.darker(170), 1.2));
    QLinearGradient frontShade(front.topLeft(), front.bottomRight());
    frontShade.setColorAt(0, colour.lighter(110));
    frontShade.setColorAt(1, colour.darker(115));
    p.setBrush(frontShade);
    p.drawRect(front);
    p.setBrush(colour.lighter(145));
    p.drawPolygon(top);
    p.setBrush(colour.darker(145));
    p.drawPolygon(side);
    // A raised letter-block square on the front face.
    p.setPen(Qt::NoPen);
    p.setBrush(QColor(255, 255, 255, 90));
    p.drawRoundedRect(front.adjusted(s * 0.2, s * 0.2, -s * 0.2, -s * 0.2), s * 0.08, s * 0.08);
}

void paintFlowers(QPainter &p, QRandomGenerator &rng, QSizeF size, double fromY)
{
    p.setPen(Qt::NoPen);
    const int count = 20 + rng.bounded(30);
    for (int i = 0; i < count; ++i) {
        const double y = uniform(rng, fromY, size.height());
        const double depth = (y - fromY) / (size.height() - fromY); // bigger when nearer
        const double r = 2 + depth * 6;
        const QPointF c(uniform(rng, 0, size.width()), y);
        p.setBrush(i % 3 ? QColor(255, 255, 255, 220) : pick(rng).lighter(130));
        for (int k = 0; k < 5; ++k) {
            const double a = k * 2 * M_PI / 5;
            p.drawEllipse(c + QPointF(std::cos(a) * r, std::sin(a) * r), r * 0.7, r * 0.7);
        }
        p.setBrush(QColor(0xff, 0xd1, 0x66));
        p.drawEllipse(c, r * 0.6, r * 0.6);
    }
}

void paintVignette(QPainter &p, QSizeF size)
{
    QRadialGradient vignette(QPointF(size.width() / 2, size.height() / 2), size.width() * 0.75);
    vignette.setColorAt(0.6, QColor(0, 0, 0, 0));
    vignette.setColorAt(1, QColor(0, 0, 0, 70));
    p.fillRect(QRectF(QPointF(0, 0), size), vignette);
}

void paintOutdoor(QPainter &p, QRandomGenerator &rng, QSizeF size, bool withBall)
{
    const Palette &pal = palettes[rng.bounded(int(std::size(palettes)))];
    const double w = size.width();
    const double h = size.height();
    QLinearGradient sky(0, 0, 0, h * 0.7);
    sky.setColorAt(0, pal.skyTop);
    sky.setColorAt(1, pal.skyBottom);
    p.fillRect(QRectF(0, 0, w, h), sky);
    if (rng.bounded(3) != 0)
        paintSun(p, QPointF(uniform(rng, 0.15, 0.85) * w, uniform(rng, 0.1, 0.3) * h), h * 0.06, pal.sun);
    for (int i = 0, n = 1 + rng.bounded(4); i < n; ++i)
        paintCloud(p, rng, QPointF(uniform(rng, 0, 1) * w, uniform(rng, 0.08, 0.35) * h), h * uniform(rng, 0.05, 0.09));
    // Three hill layers, paler with distance: the cheapest way to suggest depth.
    paintHill(p, rng, size, h * 0.5, h * 0.06, pal.hillFar);
    for (int i = 0, n = 2 + rng.bounded(4); i < n; ++i)
        paintTree(p, rng, QPointF(uniform(rng, 0, 1) * w, h * uniform(rng, 0.55, 0.6)), h * 0.16, pal.hillMid.darker(110));
    paintHill(p, rng, size, h * 0.62, h * 0.05, pal.hillMid);
    for (int i = 0, n = 1 + rng.bounded(3); i < n; ++i)
        paintTree(p, rng, QPointF(uniform(rng, 0, 1) * w, h * uniform(rng, 0.7, 0.76)), h * 0.34, pal.hillNear.darker(105));
    paintHill(p, rng, size, h * 0.8, h * 0.03, pal.hillNear);
    paintFlowers(p, rng, size, h * 0.78);
    if (withBall) {
        for (int i = 0, n = 1 + rng.bounded(2); i < n; ++i) {
            const QPointF c(uniform(rng, 0.15, 0.85) * w, h * uniform(rng, 0.84, 0.9));
            const double r = h * uniform(rng, 0.05, 0.08);
            paintBall(p, c - QPointF(0, r), r, pick(rng), c + QPointF(r * 0.2, r * 0.05));
        }
    }
    if (rng.bounded(2)) {
        double x = uniform(rng, 0.1, 0.6) * w;
        for (int i = 0, n = 2 + rng.bounded(3); i < n; ++i) {
            const double s = h * uniform(rng, 0.06, 0.09);
            paintBlock(p, QPointF(x, h * uniform(rng, 0.9, 0.95)), s, pick(rng));
            x += s * uniform(rng, 1.5, 2.2);
        }
    }
}

void paintPlayRoom(QPainter &p, QRandomGenerator &rng, QSizeF size)
{
    const double w = size.width();
    const double h = size.height();
    const QColor wall = QColor::fromHsv(rng.bounded(360), 40 + rng.bounded(30), 235);
    QLinearGradient wallShade(0, 0, w, 0);
    wallShade.setColorAt(0, wall.darker(108));
    wallShade.setColorAt(0.5, wall);
    wallShade.setColorAt(1, wall.darker(112));
    p.fillRect(QRectF(0, 0, w, h * 0.62), wallShade);
    // A window onto a little outdoor scene.
    const QRectF window(uniform(rng, 0.1, 0.55) * w, h * 0.1, w * 0.32, h * 0.32);
    p.save();
    p.setClipRect(window);
    p.translate(window.topLeft());
    p.scale(window.width() / w, window.height() / h);
    QRandomGenerator inner(rng.generate());
    paintOutdoor(p, inner, size, false);
    p.restore();
    p.setPen(QPen(QColor(250, 250, 250), h * 0.015));
    p.setBrush(Qt::NoBrush);
    p.drawRect(window);
    p.drawLine(QPointF(window.center().x(), window.top()), QPointF(window.center().x(), window.bottom()));
    // Wooden floor with perspective boards.
    QLinearGradient floor(0, h * 0.62, 0, h);
    floor.setColorAt(0, QColor(0xc8, 0x9f, 0x6e));
    floor.setColorAt(1, QColor(0xa8, 0x78, 0x48));
    p.fillRect(QRectF(0, h * 0.62, w, h * 0.38), floor);
    p.setPen(QPen(QColor(0x8a, 0x60, 0x38, 90), 1.5));
    for (int i = -8; i <= 8; ++i)
        p.drawLine(QPointF(w / 2 + i * w * 0.04, h * 0.62), QPointF(w / 2 + i * w * 0.16, h));
    // A rug, a block tower and a ball.
    const QColor rug = pick(rng).lighter(150);
    p.setPen(Qt::NoPen);
    p.setBrush(rug);
    p.drawEllipse(QPointF(w * 0.5, h * 0.84), w * 0.32, h * 0.1);
    double x = w * uniform(rng, 0.25, 0.4);
    for (int i = 0, n = 2 + rng.bounded(3); i < n; ++i) {
        const double s = h * 0.09;
        double y = h * 0.9;
        for (int level = 0, levels = 1 + rng.bounded(3); level < levels; ++level) {
            paintBlock(p, QPointF(x, y), s, pick(rng));
            y -= s;
        }
        x += s * 1.6;
    }
    const QPointF ballFoot(w * uniform(rng, 0.65, 0.85), h * 0.9);
    const double r = h * 0.07;
    paintBall(p, ballFoot - QPointF(0, r), r, pick(rng), ballFoot);
}

} // namespace

QImage scene(quint32 seed, QSize size)
{
    QImage image(size, QImage::Format_RGB32);
    QPainter p(&image);
    p.setRenderHint(QPainter::Antialiasing);
    QRandomGenerator rng(seed);
    if (rng.bounded(4) == 0)
        paintPlayRoom(p, rng, size);
    else
        paintOutdoor(p, rng, size, true);
    paintVignette(p, size);
    return image;
}

QImage avatar(quint32 seed, QSize size)
{
    QImage image(size, QImage::Format_RGB32);
    QPainter p(&image);
    p.setRenderHint(QPainter::Antialiasing);
    QRandomGenerator rng(seed);
    const double w = size.width();
    const double h = size.height();
    const QColor background = QColor::fromHsv(rng.bounded(360), 60, 235);
    QRadialGradient bg(QPointF(w * 0.5, h * 0.35), w * 0.8);
    bg.setColorAt(0, background.lighter(110));
    bg.setColorAt(1, background.darker(120));
    p.fillRect(QRectF(0, 0, w, h), bg);
    const QColor skins[] = {QColor(0xf1, 0xc2, 0x9a), QColor(0xe0, 0xac, 0x69), QColor(0xc6, 0x86, 0x42),
                            QColor(0x8d, 0x55, 0x24), QColor(0xff, 0xdb, 0xac)};
    const QColor hairs[] = {QColor(0x2c, 0x1b, 0x10), QColor(0x6a, 0x4e, 0x2e), QColor(0xc9, 0x9a, 0x4b),
                            QColor(0x1a, 0x1a, 0x1a), QColor(0xa5, 0x52, 0x28)};
    const QColor skin = skins[rng.bounded(int(std::size(skins)))];
    const QColor hair = hairs[rng.bounded(int(std::size(hairs)))];
    const QColor shirt = pick(rng);
    p.setPen(Qt::NoPen);
    QRadialGradient body(QPointF(w * 0.45, h * 0.85), w * 0.5);
    body.setColorAt(0, shirt.lighter(120));
    body.setColorAt(1, shirt.darker(130));
    p.setBrush(body);
    p.drawEllipse(QPointF(w * 0.5, h * 1.0), w * 0.4, h * 0.3);
    const QPointF head(w * 0.5, h * 0.45);
    const double r = w * 0.2;
    p.setBrush(hair);
    p.drawEllipse(head - QPointF(0, r * 0.15), r * 1.12, r * 1.12);
    if (rng.bounded(2))
        p.drawRoundedRect(QRectF(head.x() - r * 1.12, head.y() - r * 0.2, r * 2.24, r * 1.6), r * 0.5, r * 0.5);
    QRadialGradient face(head - QPointF(r * 0.3, r * 0.3), r * 1.4);
    face.setColorAt(0, skin.lighter(112));
    face.setColorAt(1, skin.darker(118));
    p.setBrush(face);
    p.drawEllipse(head + QPointF(0, r * 0.1), r * 0.92, r);
    p.setBrush(QColor(0x3a, 0x2a, 0x20));
    p.drawEllipse(head + QPointF(-r * 0.33, 0), r * 0.08, r * 0.1);
    p.drawEllipse(head + QPointF(r * 0.33, 0), r * 0.08, r * 0.1);
    p.setPen(QPen(QColor(0x8a, 0x3a, 0x2a), r * 0.07, Qt::SolidLine, Qt::RoundCap));
    p.setBrush(Qt::NoBrush);
    p.drawArc(QRectF(head.x() - r * 0.35, head.y() + r * 0.1, r * 0.7, r * 0.45), 200 * 16, 140 * 16);
    p.setPen(Qt::NoPen);
    p.setBrush(QColor(0xff, 0x80, 0x80, 60));
    p.drawEllipse(head + QPointF(-r * 0.5, r * 0.3), r * 0.15, r * 0.1);
    p.drawEllipse(head + QPointF(r * 0.5, r * 0.3), r * 0.15, r * 0.1);
    return image;
}

QImage videoFrame(quint32 seed, int frame, int frames, QSize size)
{
    // Same seed, same background every frame; only the ball moves.
    QImage image(size, QImage::Format_RGB32);
    QPainter p(&image);
    p.setRenderHint(QPainter::Antialiasing);
    QRandomGenerator rng(seed);
    paintOutdoor(p, rng, size, false);
    const double t = frames > 1 ? double(frame) / (frames - 1) : 0;
    const double w = size.width();
    const double h = size.height();
    const double r = h * 0.07;
    const double groundY = h * 0.9;
    const double bounce = std::abs(std::sin(t * M_PI * 3)) * h * 0.35 * (1.0 - t * 0.5);
    const QPointF foot(w * (0.1 + 0.8 * t), groundY);
    QRandomGenerator colour(seed ^ 0x5eedu);
    paintBall(p, foot - QPointF(0, r + bounce), r, pick(colour), foot);
    paintVignette(p, size);
    return image;
}

} // namespace nestje::server::scenes
