#pragma once

#include "api/HtmlText.h"

#include <QDate>
#include <QJsonObject>
#include <QString>
#include <QVariantMap>

namespace nestje {

// "Vandaag", "Gisteren", "dinsdag 4 november", and with the year when it is not this year.
QString dayLabel(const QDate &day, const QDate &today);

// The text of a card the app has no layout for (reference §5.P4: KC reads card[card.type] and
// takes the first of content, journalContent, dayRythmContent, message, text, description).
QString genericCardText(const QJsonObject &card);

// Whether the parent may download this photo: the official app allows it only for photos in
// which an own child is tagged (reference §5.P4, DN). An explicit `downloadable` flag wins.
bool mediaIsDownloadable(const QJsonObject &media);

} // namespace nestje
