"""Parse and format human-friendly durations like '1h 30m' or '2d4h'."""
import re
from datetime import timedelta
from typing import overload

UNIT_SECONDS = {"w": 604800, "d": 86400, "h": 3600, "m": 60, "s": 1}
PART_RE = re.compile(r"(\d+(?:\.\d+)?)\s*(w|d|h|m|s)", re.IGNORECASE)


def parse_duration(text: str) -> timedelta:
    """Parse '1h30m', '2 d 4 h', '90s', or 'HH:MM:SS' into a timedelta."""
    text = text.strip()
    if re.fullmatch(r"\d+:\d{2}(:\d{2})?", text):
        parts = [int(p) for p in text.split(":")]
        while len(parts) < 3:
            parts.append(0)
        h, m, s = parts
        return timedelta(hours=h, minutes=m, seconds=s)
    matches = PART_RE.findall(text)
    if not matches or PART_RE.sub("", text).strip():
        raise ValueError(f"cannot parse duration: {text!r}")
    seconds = sum(float(num) * UNIT_SECONDS[unit.lower()] for num, unit in matches)
    return timedelta(seconds=seconds)


@overload
def format_duration(value: timedelta, compact: bool = ...) -> str: ...
@overload
def format_duration(value: int, compact: bool = ...) -> str: ...


def format_duration(value: timedelta | int, compact: bool = True) -> str:
    """Format a timedelta (or seconds) as '1d 2h 3m' or '1 day, 2 hours, 3 minutes'."""
    total = int(value.total_seconds()) if isinstance(value, timedelta) else int(value)
    if total == 0:
        return "0s" if compact else "0 seconds"
    names = {"w": "week", "d": "day", "h": "hour", "m": "minute", "s": "second"}
    pieces = []
    for unit, size in UNIT_SECONDS.items():
        amount, total = divmod(total, size)
        if amount:
            pieces.append(f"{amount}{unit}" if compact else f"{amount} {names[unit]}{'s' if amount != 1 else ''}")
    return " ".join(pieces) if compact else ", ".join(pieces)


if __name__ == "__main__":
    for s in ["1h30m", "2d 4h", "90s", "1.5h", "01:15:30", "3w"]:
        td = parse_duration(s)
        print(f"{s:>10} -> {td} -> {format_duration(td)}")
    print(format_duration(93784, compact=False))
    try:
        parse_duration("ten minutes")
    except ValueError as e:
        print(e)
