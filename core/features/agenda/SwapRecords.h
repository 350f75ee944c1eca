// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDate>
#include <QJsonValue>
#include <QList>
#include <QString>

namespace nestje {

// A day part in a swap (X25): one planned on the day given up, or one bookable on the target.
struct SwapPart
{
    QString optionId;
    QDate day; // the portal's date of the part (a period's parts fall on several days)
    QString label;
    qint64 startTime = 0;
    qint64 endTime = 0;
    double value = 0;
    bool available = true; // target parts: false when it cannot be booked, `refusal` says why
    QString refusal;
};

struct SwapChild
{
    QString childId;
    QString firstName;
    QList<SwapPart> giveUp;
    QList<SwapPart> take;
    bool targetAlreadyPlanned = false;
    QString targetNotice; // "Daan is op woensdag 2 december al gepland."
};

// The answer of swap/options/{date}/to/{target} or …/{from}/until/{until}/to/{target} (X25).
struct SwapOptions
{
    QString unit;
    QList<SwapChild> children;
    bool valid = false;
};

// Reads X25; children and parts without an id are left out.
SwapOptions parseSwapOptions(const QJsonValue &payload);

} // namespace nestje
