"""Find meeting times that fall inside working hours for participants in several time zones."""
import datetime as dt
from zoneinfo import ZoneInfo


def local_view(utc_time: dt.datetime, zones: dict) -> dict:
    return {who: utc_time.astimezone(ZoneInfo(tz)).strftime("%a %H:%M %Z") for who, tz in zones.items()}


def good_slots(date: str, participants: dict, start_hour: int = 9, end_hour: int = 17,
               step_minutes: int = 30, duration_minutes: int = 60) -> list:
    """participants: {"name": "Area/City"}; returns UTC slots where everyone is in working hours."""
    day = dt.date.fromisoformat(date)
    t = dt.datetime.combine(day, dt.time(0), tzinfo=dt.timezone.utc) - dt.timedelta(hours=12)
    end = t + dt.timedelta(hours=48)
    dur = dt.timedelta(minutes=duration_minutes)
    slots = []
    while t < end:
        ok = True
        for tz in participants.values():
            a, b = t.astimezone(ZoneInfo(tz)), (t + dur).astimezone(ZoneInfo(tz))
            if a.weekday() >= 5 or a.date() != b.date() or a.hour < start_hour or \
                    (b.hour, b.minute) > (end_hour, 0):
                ok = False
                break
        if ok and any(t.astimezone(ZoneInfo(tz)).date() == day for tz in participants.values()):
            slots.append({"utc": t.isoformat(timespec="minutes"), "local": local_view(t, participants)})
        t += dt.timedelta(minutes=step_minutes)
    return slots


if __name__ == "__main__":
    people = {"ana": "Europe/Lisbon", "raj": "Asia/Kolkata", "sam": "America/New_York"}
    print(good_slots("2024-03-12", {"ana": "Europe/Lisbon", "raj": "Asia/Kolkata"})[:2])
    print(len(good_slots("2024-03-12", people)), good_slots("2024-03-12", {"ana": "Europe/Lisbon", "sam": "America/New_York"})[0])
