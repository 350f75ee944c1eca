#!/usr/bin/env python3
"""A client written only from the protocol reference, run against a reference server:

    nestje-server --data /tmp/x --listen 127.0.0.1:8080 --seed demo &
    python3 tests/server/smoke_requests.py http://127.0.0.1:8080/deboomhut

Logs in, lists children, pages the timeline to the end, reads the calendar and threads,
downloads a photo and refreshes the token (by body and by cookie), as it would on a real portal.
Needs python3-requests.
"""
import datetime
import sys

import requests

base = sys.argv[1].rstrip("/") if len(sys.argv) > 1 else "http://127.0.0.1:8080/deboomhut"
s = requests.Session()
s.headers["Accept"] = "application/json"

r = s.put(f"{base}/auth-api/login", json={"username": "ouder@example.nl", "password": "nestje-demo", "childMinder": False})
r.raise_for_status()
login = r.json()
token = login["authToken"]
auth = {"Authorization": f"Bearer {token}"}
print("login ok, expires", datetime.datetime.fromtimestamp(login["expiration"] / 1000))

children = s.get(f"{base}/restservices-parent/children/", headers=auth).json()["payload"]["activeChildren"]
print("children:", ", ".join(c["fullname"] for c in children))

offset, cards, photo = 0, 0, None
while True:
    page = s.get(f"{base}/restservices-parent/timeline/cards/v2/{offset}", headers=auth).json()
    if not page:
        break
    for card in page:
        photos = card.get("photos") or (card.get("journal") or {}).get("photos") or []
        photo = photo or next((p["fullSizeUrl"] for p in photos if p["mediaType"] == "photo"), None)
    cards += len(page)
    offset += len(page)
print("timeline cards:", cards)

today = datetime.date.today()
days = s.get(f"{base}/restservices-parent/calendar/{today:%Y%m%d}/until/{today + datetime.timedelta(days=30):%Y%m%d}",
             headers=auth).json()["payload"]["days"]
print("planned days in the next 30:", len(days))

threads = s.get(f"{base}/restservices-parent/logbook/overview", params={"index": 0}, headers=auth).json()
detail = s.get(f"{base}/restservices-parent/logbook/details/{threads[0]['logMessageMessageId']}/summary/false", headers=auth).json()
print("threads:", len(threads), "- first has", len(detail["messages"]), "messages")

image = requests.get(photo)  # signed link, no credentials
image.raise_for_status()
print("photo:", image.headers["Content-Type"], len(image.content), "bytes")

r = s.put(f"{base}/auth-api/token", json={"refreshToken": login["refreshToken"]})
r.raise_for_status()
r2 = s.put(f"{base}/auth-api/token", json={}, headers={"Cookie": r.headers["Set-Cookie"].split(";")[0],
                                                        "Authorization": f"Bearer {r.json()['authToken']}"})
r2.raise_for_status()
assert s.get(f"{base}/restservices-parent/parent", headers={"Authorization": f"Bearer {r2.json()['authToken']}"}).ok
print("refresh by body and by cookie ok")
