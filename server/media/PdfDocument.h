// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QColor>
#include <QList>
#include <QString>

namespace nestje::server {

// A small hand-written PDF 1.4 writer for the demo's invoices, annual statements and documents:
// A4 pages with Helvetica text, lines and filled boxes. Written by hand rather than with
// QPdfWriter because QPdfWriter's text needs fonts and a QGuiApplication, and the server runs
// headless in a worker thread.
class PdfDocument
{
public:
    PdfDocument();

    void newPage();
    // Coordinates in points from the top-left of an A4 page (595 x 842).
    void text(double x, double y, const QString &text, double size = 11, bool bold = false);
    void textRight(double right, double y, const QString &text, double size = 11, bool bold = false);
    void line(double x1, double y1, double x2, double y2, double width = 0.5);
    void box(double x, double y, double w, double h, const QColor &fill);

    QByteArray toPdf() const;

private:
    QList<QByteArray> m_pages; // content streams
};

} // namespace nestje::server
