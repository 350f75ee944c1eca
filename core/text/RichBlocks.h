// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>
#include <QStringList>

namespace nestje {

// Cuts the sanitiser's output (balanced, attribute values escaped: see Sanitiser.h) into blocks of
// about `blockSize` characters, each balanced HTML of its own, for a view that lays out only the
// blocks on screen. Qt lays a rich text out whole: a 2 MB newsletter in one TextEdit took seven
// seconds before anything showed, whereas a list of blocks shows its first screen at once.
//
// A block ends only after a block element (paragraph, heading, list, table row, …) at a place
// where cutting does not change the look: between top-level blocks, or inside wrappers that look
// the same when closed and opened again (div, blockquote, a table between its rows, inline
// wrappers such as font or span). The wrappers open at the cut are closed at the end of one block
// and opened again, with their attributes, at the start of the next. Never inside a cell, a
// paragraph, a link or a numbered list (its numbering would start again); such content stays
// together, however long. Concatenating the blocks' text gives the input's text.
QStringList splitRichText(const QString &sanitised, qsizetype blockSize = 16 * 1024);

} // namespace nestje
