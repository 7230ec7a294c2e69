"""Parse human durations like '1h 30m' or 'PT2H5M' and format them back."""
import re
from datetime import timedelta

UNITS = {"w": 604800, "d": 86400, "h": 3600, "m": 60, "s": 1}
HUMAN_RE = re.compile(r"(\d+(?:\.\d+)?)\s*(w|d|h|m|s)\w*", re.IGNORECASE)
ISO_RE = re.compile(r"^P(?:(\d+)D)?(?:T(?:(\d+)H)?(?:(\d+)M)?(?:(\d+(?:\.\d+)?)S)?)?$")


def parse_duration(text: str) -> timedelta:
    text = text.strip()
    if text.upper().startswith("P"):
        m = ISO_RE.match(text.upper())
        if not m:
            raise ValueError(f"bad ISO duration: {text}")
        d, h, mi, s = (float(x) if x else 0 for x in m.groups())
        return timedelta(days=d, hours=h, minutes=mi, seconds=s)
    total = 0.0
    pos = 0
    for match in HUMAN_RE.finditer(text):
        if text[pos:match.start()].strip(" ,and"):
            raise ValueError(f"unexpected text in {text!r}")
        total += float(match.group(1)) * UNITS[match.group(2).lower()]
        pos = match.end()
    if pos == 0:
        raise ValueError(f"no duration found in {text!r}")
    return timedelta(seconds=total)


def format_duration(td: timedelta) -> str:
    secs = int(td.total_seconds())
    parts = []
    for unit, size in UNITS.items():
        n, secs = divmod(secs, size)
        if n:
            parts.append(f"{n}{unit}")
    return " ".join(parts) or "0s"


if __name__ == "__main__":
    for s in ["1h 30m", "2 days, 3 hours", "PT2H5M", "P1DT30S", "90s", "1.5h"]:
        td = parse_duration(s)
        print(f"{s!r:>20} -> {td} -> {format_duration(td)}")
