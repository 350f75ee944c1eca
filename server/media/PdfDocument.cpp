// SPDX-License-Identifier: GPL-3.0-or-later
#include "server/media/PdfDocument.h"

namespace nestje::server {

static constexpr double pageHeight = 842;

// PDF strings are bytes in WinAnsiEncoding for the standard fonts: Latin-1 plus the euro sign.
static QByteArray pdfString(const QString &text)
{
    QByteArray out = "(";
    for (QChar c : text) {
        char byte;
        if (c == QChar(0x20AC))
            byte = char(0x80);
        else if (c.unicode() < 256)
            byte = char(c.unicode());
        else
            byte = '?';
        if (byte == '(' || byte == ')' || byte == '\\')
            out += '\\';
        out += byte;
    }
    return out + ')';
}

static QByteArray num(double value)
{
    return QByteArray::number(value, 'f', 2);
}

// Helvetica's average glyph width is about half the font size; good enough to right-align
// figures in a table column.
static double approximateWidth(const QString &text, double size)
{
    return text.size() * size * 0.5;
}

PdfDocument::PdfDocument()
{
    newPage();
}

void PdfDocument::newPage()
{
    m_pages.append(QByteArray());
}

void PdfDocument::text(double x, double y, const QString &text, double size, bool bold)
{
    m_pages.last() += "BT /" + QByteArray(bold ? "F2" : "F1") + ' ' + num(size) + " Tf " + num(x) + ' '
                      + num(pageHeight - y) + " Td " + pdfString(text) + " Tj ET\n";
}

void PdfDocument::textRight(double right, double y, const QString &string, double size, bool bold)
{
    text(right - approximateWidth(string, size), y, string, size, bold);
}

void PdfDocument::line(double x1, double y1, double x2, double y2, double width)
{
    m_pages.last() += num(width) + " w " + num(x1) + ' ' + num(pageHeight - y1) + " m " + num(x2) + ' '
                      + num(pageHeight - y2) + " l S\n";
}

void PdfDocument::box(double x, double y, double w, double h, const QColor &fill)
{
    m_pages.last() += "q " + num(fill.redF()) + ' ' + num(fill.greenF()) + ' ' + num(fill.blueF()) + " rg "
                      + num(x) + ' ' + num(pageHeight - y - h) + ' ' + num(w) + ' ' + num(h) + " re f Q\n";
}

QByteArray PdfDocument::toPdf() const
{
    // Objects: 1 catalog, 2 page tree, 3 Helvetica, 4 Helvetica-Bold, then page + content pairs.
    QList<QByteArray> objects;
    QByteArray kids;
    for (qsizetype i = 0; i < m_pages.size(); ++i)
        kids += QByteArray::number(5 + i * 2) + " 0 R ";
    objects.append("<< /Type /Catalog /Pages 2 0 R >>");
    objects.append("<< /Type /Pages /Kids [" + kids + "] /Count " + QByteArray::number(m_pages.size()) + " >>");
    objects.append("<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /Encoding /WinAnsiEncoding >>");
    objects.append("<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica-Bold /Encoding /WinAnsiEncoding >>");
    for (qsizetype i = 0; i < m_pages.size(); ++i) {
        objects.append("<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Resources << /Font << /F1 3 0 R /F2 4 0 R >> >>"
                       " /Contents " + QByteArray::number(6 + i * 2) + " 0 R >>");
        objects.append("<< /Length " + QByteArray::number(m_pages.at(i).size()) + " >>\nstream\n" + m_pages.at(i)
                       + "endstream");
    }
    QByteArray pdf = "%PDF-1.4\n%\xE2\xE3\xCF\xD3\n";
    QList<qsizetype> offsets;
    for (qsizetype i = 0; i < objects.size(); ++i) {
        offsets.append(pdf.size());
        pdf += QByteArray::number(i + 1) + " 0 obj\n" + objects.at(i) + "\nendobj\n";
    }
    const qsizetype xref = pdf.size();
    pdf += "xref\n0 " + QByteArray::number(objects.size() + 1) + "\n0000000000 65535 f \n";
    for (qsizetype offset : offsets)
        pdf += QByteArray::number(offset).rightJustified(10, '0') + " 00000 n \n";
    pdf += "trailer\n<< /Size " + QByteArray::number(objects.size() + 1) + " /Root 1 0 R >>\nstartxref\n"
           + QByteArray::number(xref) + "\n%%EOF\n";
    return pdf;
}

} // namespace nestje::server
