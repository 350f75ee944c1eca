// SPDX-License-Identifier: GPL-3.0-or-later
// The day-rhythm parser (core/features/timeline/DayRhythm) on any text as a journal card's
// dayRythmContent. At most one moment per <table> in the input, every moment's category is the
// one its icon names, and a start time is a time ("9:05", "09:05") or nothing.
#include "features/timeline/DayRhythm.h"
#include "fuzz/ClientPayload.h"

#include <QRegularExpression>

using namespace nestje;

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QString html = QString::fromUtf8(reinterpret_cast<const char *>(data), qsizetype(size));
    const QList<DayRhythmMoment> moments = parseDayRhythm(html);
    FUZZ_CHECK(moments.size() <= html.count(QLatin1String("<table"), Qt::CaseInsensitive));
    static const QRegularExpression time(QStringLiteral("^\\d{1,2}:\\d{2}$"));
    for (const DayRhythmMoment &moment : moments) {
        FUZZ_CHECK(moment.category == dayRhythmCategory(moment.icon));
        FUZZ_CHECK(moment.startTime.isEmpty() || time.match(moment.startTime).hasMatch());
        FUZZ_CHECK(moment.endTime.isEmpty() || time.match(moment.endTime).hasMatch());
        FUZZ_CHECK(moment.endTime.isEmpty() || !moment.startTime.isEmpty());
    }
    return 0;
}
