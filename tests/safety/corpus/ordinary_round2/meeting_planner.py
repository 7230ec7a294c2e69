# ordinary: find meeting times that fall inside working hours across several time zones (zoneinfo)
from datetime import date, datetime, time, timedelta
from zoneinfo import ZoneInfo

PARTICIPANTS = {
    "Ana (Lisbon)": "Europe/Lisbon",
    "Raj (Bengaluru)": "Asia/Kolkata",
    "Sam (Denver)": "America/Denver",
}
WORK_START, WORK_END = time(8, 0), time(18, 0)


def local_times(moment_utc: datetime, people: dict[str, str]) -> dict[str, datetime]:
    return {name: moment_utc.astimezone(ZoneInfo(tz)) for name, tz in people.items()}


def within_hours(dt: datetime) -> bool:
    return dt.weekday() < 5 and WORK_START <= dt.time() and (dt + timedelta(minutes=30)).time() <= WORK_END


def candidate_slots(day: date, people: dict[str, str], step_minutes: int = 30):
    start = datetime.combine(day, time(0, 0), tzinfo=ZoneInfo("UTC"))
    for i in range(0, 24 * 60, step_minutes):
        slot = start + timedelta(minutes=i)
        locals_ = local_times(slot, people)
        if all(within_hours(t) for t in locals_.values()):
            yield slot, locals_


def best_slot_report(day: date, people: dict[str, str] = PARTICIPANTS) -> str:
    slots = list(candidate_slots(day, people))
    if not slots:
        offsets = {n: datetime.combine(day, time(12), ZoneInfo(tz)).strftime("%z") for n, tz in people.items()}
        return f"No common working slot on {day}. UTC offsets: {offsets}"
    lines = [f"{len(slots)} common slot(s) on {day:%A %d %B %Y}:"]
    for slot, times in slots:
        shown = ", ".join(f"{n.split()[0]} {t:%H:%M}" for n, t in times.items())
        lines.append(f"  {slot:%H:%M} UTC -> {shown}")
    return "\n".join(lines)


if __name__ == "__main__":
    print(best_slot_report(date(2024, 10, 15)))
    print(best_slot_report(date(2024, 10, 15), {"Ana": "Europe/Lisbon", "Raj": "Asia/Kolkata"}))
