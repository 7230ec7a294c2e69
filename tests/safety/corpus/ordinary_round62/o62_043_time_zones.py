# family: ordinary, blind round 62 (meeting time across time zones with zoneinfo)
from datetime import datetime, time, timedelta
from zoneinfo import ZoneInfo

TEAM = {
    "ana": "Europe/Lisbon",
    "raj": "Asia/Kolkata",
    "sam": "America/New_York",
    "kei": "Asia/Tokyo",
}
WORK = (time(9), time(18))


def local_times(utc_dt, team=TEAM):
    return {name: utc_dt.astimezone(ZoneInfo(tz)) for name, tz in team.items()}


def in_hours(dt):
    return WORK[0] <= dt.time() < WORK[1] and dt.weekday() < 5


def find_slots(day, team=TEAM, step_minutes=30):
    start = datetime(day.year, day.month, day.day, tzinfo=ZoneInfo("UTC"))
    slot = start
    while slot < start + timedelta(days=1):
        locs = local_times(slot, team)
        ok = [n for n, t in locs.items() if in_hours(t)]
        yield slot, ok
        slot += timedelta(minutes=step_minutes)


if __name__ == "__main__":
    day = datetime(2024, 6, 12)
    best = max(find_slots(day), key=lambda s: (len(s[1]), -s[0].hour))
    slot, who = best
    print("best UTC slot: {:%H:%M} ({} of {} in hours)".format(slot, len(who), len(TEAM)))
    for name, t in local_times(slot).items():
        flag = "ok" if name in who else "--"
        print(f"  {name:<4} {t:%a %H:%M %Z} {flag}")
    full = [s for s, w in find_slots(day) if len(w) == len(TEAM)]
    print("slots with everyone:", [f"{s:%H:%M}" for s in full] or "none")
    pair = {k: v for k, v in TEAM.items() if k in ("ana", "sam")}
    print("ana+sam:", [f"{s:%H:%M}" for s, w in find_slots(day, pair) if len(w) == len(pair)][:4])
