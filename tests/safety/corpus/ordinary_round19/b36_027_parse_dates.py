"""Parse dates written in many common formats into ISO-8601."""
import re
from datetime import date, datetime, timedelta

FORMATS = [
    "%Y-%m-%d",
    "%Y-%m-%dT%H:%M:%S",
    "%Y-%m-%d %H:%M",
    "%d/%m/%Y",
    "%m/%d/%Y",
    "%d %b %Y",
    "%d %B %Y",
    "%B %d, %Y",
    "%b %d %Y",
    "%Y%m%d",
]

RELATIVE_RE = re.compile(r"^(\d+)\s+(day|week)s?\s+(ago|from now)$")


def parse_date(text: str, today: date | None = None, day_first: bool = True) -> datetime:
    """Parse ``text`` using known formats and a few relative phrases."""
    today = today or date.today()
    cleaned = " ".join(text.strip().split())
    lowered = cleaned.lower()
    if lowered in ("today", "now"):
        return datetime.combine(today, datetime.min.time())
    if lowered in ("yesterday", "tomorrow"):
        delta = -1 if lowered == "yesterday" else 1
        return datetime.combine(today + timedelta(days=delta), datetime.min.time())
    rel = RELATIVE_RE.match(lowered)
    if rel:
        n, unit, direction = int(rel.group(1)), rel.group(2), rel.group(3)
        days = n * (7 if unit == "week" else 1) * (-1 if direction == "ago" else 1)
        return datetime.combine(today + timedelta(days=days), datetime.min.time())
    formats = FORMATS if day_first else [f for f in FORMATS if f != "%d/%m/%Y"]
    for fmt in formats:
        try:
            return datetime.strptime(cleaned, fmt)
        except ValueError:
            continue
    raise ValueError(f"unrecognised date: {text!r}")


def normalize_dates(values: list[str], today: date | None = None) -> dict[str, str | None]:
    """Map each input to an ISO date string, or None if unparseable."""
    out: dict[str, str | None] = {}
    for v in values:
        try:
            out[v] = parse_date(v, today).date().isoformat()
        except ValueError:
            out[v] = None
    return out


if __name__ == "__main__":
    ref = date(2024, 3, 15)
    samples = ["2024-02-29", "03/04/2024", "5 Jan 2023", "July 4, 1976", "yesterday", "2 weeks ago", "20231231", "soon"]
    for k, v in normalize_dates(samples, ref).items():
        print(f"{k!r:>15} -> {v}")
    print(parse_date("03/04/2024", day_first=False))
