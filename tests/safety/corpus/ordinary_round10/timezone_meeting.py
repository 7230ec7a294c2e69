"""Find overlapping working hours for participants in different time zones."""

from dataclasses import dataclass
from datetime import date, datetime, time, timedelta
from zoneinfo import ZoneInfo


@dataclass(frozen=True, slots=True)
class Participant:
    name: str
    tz: str
    start_hour: int = 9
    end_hour: int = 17

    def window_utc(self, day: date) -> tuple[datetime, datetime]:
        zone = ZoneInfo(self.tz)
        start = datetime.combine(day, time(self.start_hour), tzinfo=zone)
        end = datetime.combine(day, time(self.end_hour), tzinfo=zone)
        utc = ZoneInfo("UTC")
        return start.astimezone(utc), end.astimezone(utc)


def find_overlap(day: str, people: list[dict[str, object]]) -> str:
    """Return the common window in UTC, or a message if none exists."""
    d = date.fromisoformat(day)
    participants = [Participant(**p) for p in people]  # type: ignore[arg-type]
    windows = [p.window_utc(d) for p in participants]
    start = max(w[0] for w in windows)
    end = min(w[1] for w in windows)
    if end <= start:
        return "no common working hours"
    length = end - start
    hours = length / timedelta(hours=1)
    return f"{start:%H:%M}-{end:%H:%M} UTC ({hours:.1f}h)"


if __name__ == "__main__":
    print(find_overlap("2024-06-03", [
        {"name": "Ana", "tz": "Europe/Lisbon"},
        {"name": "Raj", "tz": "Asia/Kolkata", "start_hour": 10, "end_hour": 19},
        {"name": "Sam", "tz": "America/New_York", "start_hour": 7},
    ]))
