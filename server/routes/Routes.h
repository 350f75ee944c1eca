// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

namespace nestje::server {

class Router;
struct Portal;

// Each file under routes/ registers one area of the protocol; see docs/api.md.
void addAuthRoutes(Router &router, Portal &portal);      // /auth-api/*            (A1-A7)
void addAccountRoutes(Router &router, Portal &portal);   // parent, customer, children, notifications
void addTimelineRoutes(Router &router, Portal &portal);  // timeline cards (P4)
void addMessageRoutes(Router &router, Portal &portal);   // logbook overview and details (P6, P7)
void addContentRoutes(Router &router, Portal &portal);   // news, newsletters, htmlcontent (P8-P11)
void addPlanningRoutes(Router &router, Portal &portal);  // calendar (P12)
void addAdministrationRoutes(Router &router, Portal &portal); // invoices, statements, documents (P13, P14)
void addMediaRoutes(Router &router, Portal &portal);     // signed media links (M1)
// Nestje extensions: parent writes and what the organisation offers (docs/api.md, X-routes).
void addMessageWriteRoutes(Router &router, Portal &portal); // new thread, reply, read marks
void addUploadRoutes(Router &router, Portal &portal);       // photo and video uploads
void addCapabilityRoutes(Router &router, Portal &portal);   // modules and rules
void addExtraDayRoutes(Router &router, Portal &portal);     // dag aanvragen: options and submit
void addAbsenceRoutes(Router &router, Portal &portal);      // afwezigheid doorgeven
void addSwapRoutes(Router &router, Portal &portal);         // ruildag aanvragen
void addRequestOverviewRoutes(Router &router, Portal &portal); // aanvragenoverzicht, cancel, tegoeden
void addChildRoutes(Router &router, Portal &portal);        // child details, consents, observations, diary, likes
void addAccountWriteRoutes(Router &router, Portal &portal); // notification settings, details change, password, question
void addPasswordResetRoutes(Router &router, Portal &portal); // wachtwoord vergeten (public)

} // namespace nestje::server
