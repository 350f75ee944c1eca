// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// The demo family's login, shared by the server's seed, the app's --demo mode and the tests.
namespace nestje::server::demo {
inline constexpr char username[] = "ouder@example.nl";
inline constexpr char password[] = "nestje-demo";
inline constexpr char daycareSlug[] = "deboomhut"; // KDV
inline constexpr char afterSchoolSlug[] = "klimop";  // BSO
} // namespace nestje::server::demo
