// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDate>
#include <QJsonValue>
#include <QList>
#include <QString>

namespace nestje {

// How a day part can be paid (X20 `payments`): the invoice, or one credit that covers it whole.
struct ExtraDayPayment
{
    QString type; // "invoice" or "credit"
    QString creditId;
    QString label; // "KDV flextegoed"
    double remaining = 0;
    qint64 validUntil = 0;
};

// A credit of the child that cannot pay this part, and the organisation's reason (X20
// `creditsNotOffered`): "het is alleen te gebruiken in schoolvakanties" …
struct CreditNotOffered
{
    QString creditId;
    QString label;
    double remaining = 0;
    QString reason;
};

// A day part the organisation computed for one child on one date (X20 `options`).
struct ExtraDayOption
{
    QString optionId;
    QString code;  // "ochtend", "nso", …
    QString label; // "Ochtend"
    qint64 startTime = 0;
    qint64 endTime = 0;
    double value = 0;            // in the answer's unit
    bool alreadyPlanned = false; // "reeds gepland"
    bool available = false;
    QString refusal; // why not, in the organisation's words
    QList<ExtraDayPayment> payments;
    QList<CreditNotOffered> notOffered;
};

// Care the child already has that date ("reeds gepland van 07:30 tot 18:30").
struct ExtraDayPlanned
{
    qint64 startTime = 0;
    qint64 endTime = 0;
    QString code;
};

struct ExtraDayChild
{
    QString childId;
    QString firstName;
    bool flexible = false; // own times allowed
    bool alreadyPlanned = false;
    QList<ExtraDayPlanned> planned;
    QList<ExtraDayOption> options;
};

struct ExtraDayDate
{
    QDate date;
    bool closed = false;
    bool schoolHoliday = false;
    QList<ExtraDayChild> children;
};

// The answer of request/extraday/options (X20).
struct ExtraDayOptions
{
    QString unit; // "uur" or "punten"
    QList<ExtraDayDate> days;
    bool valid = false; // false: the answer was not an options object
};

// Reads X20; children without an id, options without an id and days without a date are left out.
ExtraDayOptions parseExtraDayOptions(const QJsonValue &payload);

} // namespace nestje
