// SPDX-License-Identifier: GPL-3.0-or-later
// Berichten's parsers (core/features/messages/MessageParser) on one payload read through the
// envelope rules: the thread overview, a thread's details, a sent message's ids, an upload's
// answer and the child's groups. Their promises: rows without an id are skipped, details keep
// the id asked for, a group appears once.
#include "features/messages/MessageParser.h"
#include "fuzz/ClientPayload.h"
#include "fuzz/GuiApplication.h"

#include <QSet>

using namespace nestje;

extern "C" int LLVMFuzzerInitialize(int *, char ***)
{
    fuzz::startGuiApplication();
    return 0;
}

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const auto payload = fuzz::payloadOf(data, size);
    if (!payload)
        return 0;
    for (const MessageThread &thread : parseThreadOverview(*payload))
        FUZZ_CHECK(!thread.id.isEmpty());
    const ThreadDetails details = parseThreadDetails(QStringLiteral("1611"), *payload);
    FUZZ_CHECK(details.threadId == QLatin1String("1611"));
    (void)parseSentMessage(*payload);
    (void)parseUploadedMedia(*payload);
    QSet<QString> seen;
    // 1 November 2026, the portal's midnight: placements that ended before are left out.
    for (const ChildGroup &group : parseChildGroups(*payload, 1793487600000)) {
        FUZZ_CHECK(!group.id.isEmpty() && !seen.contains(group.id));
        seen.insert(group.id);
    }
    return 0;
}
