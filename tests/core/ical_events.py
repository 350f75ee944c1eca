#!/usr/bin/env python3
# SPDX-License-Identifier: GPL-3.0-or-later
# A second, independent reader of Nestje's iCalendar export (Python's `icalendar`, Debian
# python3-icalendar): prints the calendar's zones and every VEVENT as JSON, so the C++ test
# compares what another parser understood, not what libical wrote. Exit 1 when it does not parse.
import datetime
import json
import sys
import zoneinfo

import icalendar


def main(path):
    with open(path, 'rb') as f:
        calendar = icalendar.Calendar.from_ical(f.read())
    zones = [str(zone['TZID']) for zone in calendar.walk('VTIMEZONE')]
    events = []
    amsterdam = zoneinfo.ZoneInfo('Europe/Amsterdam')

    def instant(value):
        # An all-day event's date is the portal's day: its Amsterdam midnight.
        if isinstance(value, datetime.datetime):
            return value
        return datetime.datetime.combine(value, datetime.time(), amsterdam)

    for event in calendar.walk('VEVENT'):
        start = event.decoded('DTSTART')
        end = event.decoded('DTEND')
        allDay = not isinstance(start, datetime.datetime)
        start, end = instant(start), instant(end)
        events.append({
            'allDay': allDay,
            'uid': str(event['UID']),
            'start': int(start.timestamp() * 1000),
            'end': int(end.timestamp() * 1000),
            'startZone': str(event['DTSTART'].params.get('TZID', '')),
            'endZone': str(event['DTEND'].params.get('TZID', '')),
            'summary': str(event.get('SUMMARY', '')),
            'description': str(event.get('DESCRIPTION', '')),
            'status': str(event.get('STATUS', '')),
            'hasStamp': 'DTSTAMP' in event,
        })
    json.dump({'version': str(calendar.get('VERSION', '')), 'zones': zones, 'events': events},
              sys.stdout)


if __name__ == '__main__':
    try:
        main(sys.argv[1])
    except Exception as error:  # any failure to read is the test's failure
        print(f'{type(error).__name__}: {error}', file=sys.stderr)
        sys.exit(1)
