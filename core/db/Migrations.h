// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QStringList>

namespace nestje {

// Schema versions of the per-account cache. Index i holds the statements that take a database
// from version i to version i + 1. Never edit a released step; add a new one.
const QList<QStringList> &cacheMigrations();

// A feature's own tables, versioned on their own (table `feature_schema`), so features can
// change their tables without touching each other or the shared steps above. Step i takes the
// feature from version i to i + 1; never edit a released step, add one. A cache is a cache: a
// step may drop a table and delete the feature's `feature/<name>/…` sync keys to refill it.
struct FeatureSchema
{
    QString feature;
    QList<QStringList> steps;
};

// Every feature's schema, from the feature list (features/Features.cpp).
const QList<FeatureSchema> &featureSchemas();

} // namespace nestje
