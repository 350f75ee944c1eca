#!/usr/bin/env python3
# SPDX-License-Identifier: GPL-3.0-or-later
# A steady stream of logins (PUT /auth-api/login with the right password) at RATE per second
# for SECONDS, each on its own connection as an app starting up would, from a small thread
# pool. Each login comes from its own loopback address (127.0.0.2 … 127.0.0.201): many parents,
# not one client racing itself, which the login guard would rightly slow down. Prints how many
# were answered, by status, and their latency (p50, p99).
#
#   login_load.py BASE_URL RATE SECONDS
import http.client
import json
import sys
import threading
import time
import urllib.parse
from concurrent.futures import ThreadPoolExecutor

base, rate, seconds = sys.argv[1], float(sys.argv[2]), float(sys.argv[3])
url = urllib.parse.urlparse(base)
body = json.dumps({"username": "ouder@example.nl", "password": "nestje-demo"})
statuses = {}
latencies = []
lock = threading.Lock()


def login(number):
    started = time.monotonic()
    try:
        source = (f"127.0.0.{2 + number % 200}", 0)
        connection = http.client.HTTPConnection(url.hostname, url.port, timeout=30, source_address=source)
        connection.request("PUT", url.path + "/auth-api/login", body, {"Content-Type": "application/json"})
        status = connection.getresponse().status
        connection.close()
    except OSError:
        status = "error"
    with lock:
        statuses[status] = statuses.get(status, 0) + 1
        latencies.append(time.monotonic() - started)


start = time.monotonic()
sent = 0
# Up to 256 logins in flight: beyond the server's queue (64), so a server that cannot keep up
# answers 503 instead of the client quietly sending fewer.
with ThreadPoolExecutor(max_workers=256) as pool:
    while time.monotonic() - start < seconds:
        due = start + sent / rate
        now = time.monotonic()
        if due > now:
            time.sleep(due - now)
        pool.submit(login, sent)
        sent += 1
    elapsed = time.monotonic() - start
latencies.sort()


def pick(q):
    return latencies[min(len(latencies) - 1, int(q * len(latencies)))] * 1000 if latencies else 0


answers = ", ".join(f"{k}: {v}" for k, v in sorted(statuses.items(), key=lambda kv: str(kv[0])))
print(f"logins     {sent / elapsed:10.1f} sent/s   answers {answers}   p50 {pick(0.5):.0f}ms   p99 {pick(0.99):.0f}ms")
