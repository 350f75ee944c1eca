// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

namespace nestje {

class SyncEngine;
class Writes;

// The list of features: the one place outside a feature's folder that a new feature touches
// (with the migrations). Each adds its sync steps to an account's engine.
void addFeatureSyncs(SyncEngine &engine);
// Each adds the kinds of writes it makes (diary entries, replies, absences …).
void addWriteKinds(Writes &writes);
// Also defined in Features.cpp, declared where they are used: featureSchemas()
// (db/Migrations.h), notificationSources() (sync/NotificationFeed.h) and keptFiles()
// (media/KeptFiles.h).

} // namespace nestje
