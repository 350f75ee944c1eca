#pragma once

#include <QStringList>

namespace nestje {

// Schema versions of the per-account cache. Index i holds the statements that take a database
// from version i to version i + 1. Never edit a released step; add a new one.
const QList<QStringList> &cacheMigrations();

} // namespace nestje
