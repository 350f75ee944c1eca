// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

namespace nestje {

// Plain text from the portal's HTML, parsed by Qt's own HTML parser (so named entities such as
// &eacute; and &rsquo;, comments, conditional comments, <script>, <style> and CDATA come out as
// a browser would show them): paragraphs, headings and tables are separated by a blank line,
// <br> and list items by a line break ("• " or "1. " before an item), runs of spaces become
// one. Nothing is ever loaded while parsing (see InertTextDocument).
//
// The result is TEXT: "&lt;b&gt;" becomes "<b>". Show it only in labels with
// `textFormat: Text.PlainText`, never in one that may interpret markup.
// The one place that turns server HTML into text for display and notifications.
QString plainTextFromHtml(const QString &html);

} // namespace nestje
