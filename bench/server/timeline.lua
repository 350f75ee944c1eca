-- SPDX-License-Identifier: GPL-3.0-or-later
-- wrk script: timeline pages at random offsets (0 .. 600 cards, the size the app scrolls
-- through), so the benchmark is not one cached page. The token comes from the environment.
local token = os.getenv("NESTJE_TOKEN")
local prefix = os.getenv("NESTJE_PREFIX") or "/deboomhut"
math.randomseed(42)

request = function()
  local offset = math.random(0, 100) * 6
  return wrk.format("GET", prefix .. "/restservices-parent/timeline/cards/v2/" .. offset,
                    { ["Authorization"] = "Bearer " .. token, ["Accept"] = "application/json" })
end
