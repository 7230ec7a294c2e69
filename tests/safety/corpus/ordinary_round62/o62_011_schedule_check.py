# family: ordinary, blind round 62 (meeting schedule conflict checker)
from datetime import datetime, timedelta
from operator import itemgetter

WORK_START, WORK_END = 9, 17
FMT = "%Y-%m-%d %H:%M"
MEETINGS = [
    {"title": "standup", "start": "2024-03-04 09:00", "mins": 15},
    {"title": "design review", "start": "2024-03-04 10:00", "mins": 90},
    {"title": "lunch", "start": "2024-03-04 11:00", "mins": 60},
    {"title": "1:1", "start": "2024-03-04 16:30", "mins": 45},
    {"title": "retro", "start": "2024-03-04 14:00", "mins": 60},
]


def parse(m):
    start = datetime.strptime(m["start"], FMT)
    return dict(m, start=start, end=start + timedelta(minutes=m["mins"]))


def conflicts(meetings):
    ms = sorted(map(parse, meetings), key=itemgetter("start"))
    for a, b in zip(ms, ms[1:]):
        if b["start"] < a["end"]:
            yield a["title"], b["title"], (a["end"] - b["start"])


def outside_hours(meetings):
    for m in map(parse, meetings):
        end = m["end"]
        if m["start"].hour < WORK_START or end.hour > WORK_END or (end.hour == WORK_END and end.minute):
            yield m["title"]


if __name__ == "__main__":
    for a, b, overlap in conflicts(MEETINGS):
        print("conflict: {!r} overlaps {!r} by {} min".format(a, b, int(overlap.total_seconds() // 60)))
    late = list(outside_hours(MEETINGS))
    print("outside hours:", late or "none")
    busy = sum(m["mins"] for m in MEETINGS)
    print("busy %d min of %d (%.0f%%)" % (busy, (WORK_END - WORK_START) * 60, 100 * busy / ((WORK_END - WORK_START) * 60)))
