// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QtGlobal>

namespace nestje::server {

// What one connection may cost the server before anyone has logged in. Every limit is enforced
// while reading, before the request reaches a route: a declared body over the route's limit is
// refused (413) without reading it, a chunked body is cut off as soon as it passes the limit, and
// a connection that stalls in its headers or body is answered 408 and closed.
struct HttpLimits
{
    qsizetype maxHeaderBytes = 32 * 1024; // request line plus headers (431 beyond)
    int maxHeaderCount = 100;
    qsizetype maxBodyBytes = 1024 * 1024; // routes may set their own (uploads)
    int headerTimeoutMs = 10 * 1000;      // from a request's first byte to the end of its headers
    int bodyTimeoutMs = 30 * 1000;        // longest silence while a body arrives
    int idleTimeoutMs = 60 * 1000;        // a kept-alive connection without a new request
    int lingerMs = 1000;                  // after a refusal: discard what the client still sends
    int hashWorkers = 0;                  // password hashing threads; 0: half the cores, at least 1
    int maxQueuedWork = 64;               // password checks waiting beyond this are a 503
};

} // namespace nestje::server
