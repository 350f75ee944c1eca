// SPDX-License-Identifier: GPL-3.0-or-later
// The account feature's parsers (core/features/account/AccountParser) on one payload read
// through the envelope rules: children, the parent, a change request, a child's details,
// permissions, credits, documents, observations and notification settings. Records the app
// stores under an id never come without one.
#include "features/account/AccountParser.h"
#include "fuzz/ClientPayload.h"

using namespace nestje;

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const auto payload = fuzz::payloadOf(data, size);
    if (!payload)
        return 0;
    const QString child = QStringLiteral("f7baf065c26236aba5a0c06462b8ad65");
    for (const ChildRecord &record : parseChildren(*payload))
        FUZZ_CHECK(!record.id.isEmpty());
    (void)parseParent(*payload);
    if (const auto change = parseChangeRequest(*payload))
        FUZZ_CHECK(!change->id.isEmpty());
    FUZZ_CHECK(parseChildDetails(child, *payload).childId == child);
    for (const PermissionRecord &record : parsePermissions(child, *payload))
        FUZZ_CHECK(!record.id.isEmpty() && record.childId == child);
    for (const CreditRecord &record : parseCredits(*payload))
        FUZZ_CHECK(!record.id.isEmpty());
    for (const QString type : {QStringLiteral("invoice"), QStringLiteral("annualstatement")})
        for (const DocumentRecord &record : parseDocuments(type, *payload))
            FUZZ_CHECK(!record.itemId.isEmpty());
    for (const ObservationRecord &record : parseObservations(child, *payload))
        FUZZ_CHECK(!record.id.isEmpty());
    for (const NotificationSettingRecord &record : parseNotificationSettings(*payload))
        FUZZ_CHECK(!record.item.isEmpty());
    return 0;
}
