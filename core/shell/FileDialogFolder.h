// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QUrl>

namespace nestje {

// The folder a file dialog opens in when a page asks for `wanted` (Pictures, Documents): that
// folder when it exists, else its nearest existing parent (the home folder for a missing
// ~/Pictures). Qt's dialog shows the program's working folder for a folder that does not exist,
// which is where a parent's photo picker opened on a system without a Pictures folder.
QUrl fileDialogFolder(const QUrl &wanted);

} // namespace nestje
