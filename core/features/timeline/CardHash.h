// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QJsonObject>
#include <QJsonValue>

namespace nestje {

// A card's content hash: SHA-1 (hex) of its compact JSON without the signed media links, which
// change on every fetch (keys ending in "Url", at any depth). The bytes hashed are exactly what
// QJsonDocument::toJson(Compact) writes for the card with those keys taken out, so the hash is
// the one stored by every earlier version (a different one would rewrite every card on the first
// sync after an update, and re-key the cards that are keyed by their hash). Written in one pass
// into a reused buffer: copying the card without its links and letting Qt write it was half of a
// full sync's parsing time (perf, --scale 10: 10 KB of JSON per card).
QByteArray cardContentHash(const QJsonObject &card);

// The same hash the way Qt writes it (withoutSignedUrls + QJsonDocument::toJson): the reference
// the tests and the fuzzer hold cardContentHash() to.
QByteArray cardContentHashByQt(const QJsonObject &card);
// A copy of `value` without the expiring media links (keys ending in "Url", at any depth).
QJsonValue withoutSignedUrls(const QJsonValue &value);

} // namespace nestje
