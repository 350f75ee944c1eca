// SPDX-License-Identifier: GPL-3.0-or-later
// The agenda's parsers (core/features/agenda/AgendaRecords) on one payload read through the
// envelope rules: the calendar's planning, the request overview and one request, and the
// absence options. Their promises: parts without a child are left out, requests without an id
// are left out, options need an option and a child id, and an answer the sync refuses as not a
// calendar (no `days` list) has no parts either.
#include "features/agenda/AgendaRecords.h"
#include "fuzz/ClientPayload.h"

using namespace nestje;

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const auto payload = fuzz::payloadOf(data, size);
    if (!payload)
        return 0;
    const QList<PlanningPart> parts = parsePlanning(*payload);
    for (const PlanningPart &part : parts)
        FUZZ_CHECK(!part.childId.isEmpty());
    if (!isPlanningAnswer(*payload))
        FUZZ_CHECK(parts.isEmpty());
    for (const AgendaRequest &request : parseRequests(*payload))
        FUZZ_CHECK(!request.id.isEmpty());
    (void)parseRequest(*payload);
    const AbsenceOptions options = parseAbsenceOptions(*payload);
    for (const AbsenceOption &option : options.parts)
        FUZZ_CHECK(!option.optionId.isEmpty() && !option.childId.isEmpty());
    if (!options.valid)
        FUZZ_CHECK(options.parts.isEmpty() && options.reasons.isEmpty());
    return 0;
}
