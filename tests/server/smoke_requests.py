#!/usr/bin/env python3
# SPDX-License-Identifier: GPL-3.0-or-later
"""A client written only from the protocol reference, run against a reference server:

    nestje-server --data /tmp/x --listen 127.0.0.1:8080 --seed demo &
    python3 tests/server/smoke_requests.py http://127.0.0.1:8080/deboomhut [more portals...]

or, as ctest runs it (tests/server/CMakeLists.txt), starting its own server with the demo seed
on a free loopback port in a temporary data directory, against both demo portals:

    python3 tests/server/smoke_requests.py --server build/default/server/nestje-server

Logs in, lists children, pages the timeline to the end, reads the calendar and threads,
downloads a photo and refreshes the token (by body and by cookie), as it would on a real portal.
Any failed request or check ends the script with a non-zero exit code. Needs python3-requests.
"""
import datetime
import re
import shutil
import subprocess
import sys
import tempfile
import threading

import requests


def ok(response):
    response.raise_for_status()
    return response


def smoke(base):
    s = requests.Session()
    s.headers["Accept"] = "application/json"

    login = ok(s.put(f"{base}/auth-api/login",
                     json={"username": "ouder@example.nl", "password": "nestje-demo", "childMinder": False})).json()
    token = login["authToken"]
    auth = {"Authorization": f"Bearer {token}"}
    print("login ok, expires", datetime.datetime.fromtimestamp(login["expiration"] / 1000))

    children = ok(s.get(f"{base}/restservices-parent/children/", headers=auth)).json()["payload"]["activeChildren"]
    assert children, "no children"
    print("children:", ", ".join(c["fullname"] for c in children))

    offset, cards, photo = 0, 0, None
    while True:
        page = ok(s.get(f"{base}/restservices-parent/timeline/cards/v2/{offset}", headers=auth)).json()
        if not page:
            break
        for card in page:
            photos = card.get("photos") or (card.get("journal") or {}).get("photos") or []
            photo = photo or next((p["fullSizeUrl"] for p in photos if p["mediaType"] == "photo"), None)
        cards += len(page)
        offset += len(page)
    assert cards > 0 and photo, f"timeline of {cards} cards without a photo"
    print("timeline cards:", cards)

    today = datetime.date.today()
    until = today + datetime.timedelta(days=30)
    days = ok(s.get(f"{base}/restservices-parent/calendar/{today:%Y%m%d}/until/{until:%Y%m%d}",
                    headers=auth)).json()["payload"]["days"]
    print("planned days in the next 30:", len(days))

    threads = ok(s.get(f"{base}/restservices-parent/logbook/overview", params={"index": 0}, headers=auth)).json()
    assert threads, "no threads"
    detail = ok(s.get(f"{base}/restservices-parent/logbook/details/{threads[0]['logMessageMessageId']}/summary/false",
                      headers=auth)).json()
    assert detail["messages"], "a thread without messages"
    print("threads:", len(threads), "- first has", len(detail["messages"]), "messages")

    image = ok(requests.get(photo))  # signed link, no credentials
    assert image.headers["Content-Type"] == "image/jpeg" and image.content.startswith(b"\xff\xd8"), "not a JPEG"
    print("photo:", image.headers["Content-Type"], len(image.content), "bytes")

    r = ok(s.put(f"{base}/auth-api/token", json={"refreshToken": login["refreshToken"]}))
    r2 = ok(s.put(f"{base}/auth-api/token", json={},
                  headers={"Cookie": r.headers["Set-Cookie"].split(";")[0],
                           "Authorization": f"Bearer {r.json()['authToken']}"}))
    ok(s.get(f"{base}/restservices-parent/parent", headers={"Authorization": f"Bearer {r2.json()['authToken']}"}))
    print("refresh by body and by cookie ok")


def with_own_server(executable, timeout=240):
    """Starts `executable` with the demo seed on a free loopback port (port 0: the system picks
    one) in a temporary data directory; returns the portals it prints, and the process."""
    data = tempfile.mkdtemp(prefix="nestje-smoke-")
    server = subprocess.Popen([executable, "--data", data, "--listen", "127.0.0.1:0", "--seed", "demo"],
                              stdout=subprocess.PIPE, stderr=subprocess.STDOUT, text=True)
    portals = []
    seen = []
    announced = threading.Event()

    def read():  # keeps draining the server's output, so it never blocks on a full pipe
        for line in server.stdout:
            if not announced.is_set():
                seen.append(line)
                match = re.match(r"Demo portals: (\S+) and (\S+)", line)
                if match:
                    portals.extend(match.groups())
                    announced.set()
        announced.set()

    threading.Thread(target=read, daemon=True).start()
    announced.wait(timeout)
    if not portals:
        server.kill()
        shutil.rmtree(data, ignore_errors=True)
        sys.exit("nestje-server did not announce its portals:\n" + "".join(seen))
    return server, data, portals


def main(argv):
    if argv[:1] == ["--server"] and len(argv) == 2:
        server, data, portals = with_own_server(argv[1])
        try:
            for base in portals:
                print("==", base)
                smoke(base)
        finally:
            server.terminate()
            server.wait(30)
            shutil.rmtree(data, ignore_errors=True)
        return 0
    for base in argv or ["http://127.0.0.1:8080/deboomhut"]:
        smoke(base.rstrip("/"))
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
