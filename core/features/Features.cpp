// SPDX-License-Identifier: GPL-3.0-or-later
#include "features/Features.h"

#include "db/Migrations.h"
#include "features/account/AccountNotifications.h"
#include "features/account/AccountSchema.h"
#include "features/account/AccountSync.h"
#include "features/account/AccountWrites.h"
#include "features/account/DocumentFiles.h"
#include "features/agenda/AbsenceWrite.h"
#include "features/agenda/AgendaNotifications.h"
#include "features/agenda/AgendaSchema.h"
#include "features/agenda/AgendaSync.h"
#include "features/agenda/CancelWrite.h"
#include "features/agenda/ExtraDayWrite.h"
#include "features/agenda/SwapWrite.h"
#include "features/archive/ArchiveCareEnd.h"
#include "features/location/LocationDownload.h"
#include "features/location/LocationNotifications.h"
#include "features/location/LocationReadWrite.h"
#include "features/location/LocationSchema.h"
#include "features/location/LocationSync.h"
#include "features/messages/MessageFiles.h"
#include "features/messages/MessageNotifications.h"
#include "features/messages/MessageStore.h"
#include "features/messages/MessageSchema.h"
#include "features/messages/MessageWrites.h"
#include "features/messages/MessagesSync.h"
#include "features/timeline/DiaryWrite.h"
#include "features/timeline/TimelineNotifications.h"
#include "features/timeline/TimelineSchema.h"
#include "features/timeline/TimelineSync.h"
#include "media/KeptFiles.h"
#include "sync/OrganisationSync.h"
#include "sync/NotificationFeed.h"
#include "sync/SyncEngine.h"
#include "sync/Writes.h"

namespace nestje {

void addFeatureSyncs(SyncEngine &engine)
{
    // Phase 0: what the first screen needs and what decides the rest.
    engine.addFeature(std::make_unique<CountersSync>());
    engine.addFeature(std::make_unique<CapabilitiesSync>());
    engine.addFeature(std::make_unique<ChildrenSync>());
    engine.addFeature(std::make_unique<TimelineSync>());
    // Phase 1.
    engine.addFeature(std::make_unique<MessagesSync>());
    engine.addFeature(std::make_unique<PlanningSync>());
    engine.addFeature(std::make_unique<RequestsSync>());
    engine.addFeature(std::make_unique<ClosuresSync>());
    engine.addFeature(std::make_unique<CreditsSync>());
    engine.addFeature(std::make_unique<NewsSync>());
    engine.addFeature(std::make_unique<NewslettersSync>());
    engine.addFeature(std::make_unique<PagesSync>());
    engine.addFeature(std::make_unique<TeamSync>());
    engine.addFeature(std::make_unique<ContactSync>());
    engine.addFeature(std::make_unique<DocumentsSync>());
    engine.addFeature(std::make_unique<NotificationSettingsSync>());
    engine.addFeature(std::make_unique<ParentSync>());
    engine.addFeature(std::make_unique<ChangeRequestSync>());
    engine.addFeature(std::make_unique<ChildDetailsSync>());
    engine.addFeature(std::make_unique<PermissionsSync>());
    engine.addFeature(std::make_unique<ObservationsSync>());
}

} // namespace nestje

namespace nestje {

void addWriteKinds(Writes &writes)
{
    writes.addKind(std::make_unique<DiaryWrite>());
    writes.addKind(std::make_unique<MessageReplyWrite>());
    writes.addKind(std::make_unique<NewMessageWrite>());
    writes.addKind(std::make_unique<MessageReadWrite>());
    writes.addKind(std::make_unique<AbsenceWrite>());
    writes.addKind(std::make_unique<CancelWrite>());
    writes.addKind(std::make_unique<ExtraDayWrite>());
    writes.addKind(std::make_unique<SwapWrite>());
    writes.addKind(std::make_unique<LocationReadWrite>());
    addAccountWriteKinds(writes);
}

} // namespace nestje

namespace nestje {

const QList<FeatureSchema> &featureSchemas()
{
    // Each feature's own tables (see db/Migrations.h). Tables made before features had their
    // own schemas are still in the shared steps of db/Migrations.cpp.
    static const QList<FeatureSchema> schemas = {
        messagesSchema(),
        agendaSchema(),
        accountSchema(),
        locationSchema(),
        timelineSchema(),
    };
    return schemas;
}

const QList<NotificationSource> &notificationSources()
{
    static const QList<NotificationSource> sources = {timelineNotifications, messageNotifications,
                                                      locationNotifications, agendaNotifications,
                                                      accountNotifications,
                                                      archivecare::notifications};
    return sources;
}

} // namespace nestje

namespace nestje {

const QList<KeptFiles> &keptFiles()
{
    static const QList<KeptFiles> all{
        {QLatin1String(DocumentFiles::folder), {QStringLiteral("documents")}},
        {QLatin1String(MessageFiles::folder), {QLatin1String(MessageStore::topic)}},
        // Attachments and images of news, newsletters, pages and the team's photos.
        {QLatin1String(locationfiles::folder),
         {QStringLiteral("news"), QStringLiteral("newsletters"), QStringLiteral("pages"),
          QStringLiteral("team")}},
    };
    return all;
}

} // namespace nestje
