#!/usr/bin/env python3
# SPDX-License-Identifier: GPL-3.0-or-later
# A second, independent reader of Nestje's iCalendar export (Python's `icalendar`, Debian
# python3-icalendar): prints the calendar's zones and every VEVENT as JSON, so the C++ test
# compares what another parser understood, not what libical wrote. Exit 1 when it does not parse.
import json
import sys

import icalendar


def main(path):
    with open(path, 'rb') as f:
        calendar = icalendar.Calendar.from_ical(f.read())
    zones = [str(zone['TZID']) for zone in calendar.walk('VTIMEZONE')]
    events = []
    for event in calendar.walk('VEVENT'):
        start = event.decoded('DTSTART')
        end = event.decoded('DTEND')
        events.append({
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
