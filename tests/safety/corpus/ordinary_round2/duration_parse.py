# ordinary: parse human durations like "1h 30m 15s" into timedelta and format them back
import re
from datetime import timedelta

UNIT_SECONDS = {
    "w": 7 * 24 * 3600,
    "d": 24 * 3600,
    "h": 3600,
    "m": 60,
    "s": 1,
}
_TOKEN = re.compile(r"(?P<value>\d+(?:\.\d+)?)\s*(?P<unit>[wdhms])", re.IGNORECASE)


def parse_duration(text: str) -> timedelta:
    """Parse strings like '2d 4h', '90m', '1.5h' into a timedelta."""
    text = text.strip()
    if not text:
        raise ValueError("empty duration")
    consumed = 0
    seconds = 0.0
    for match in _TOKEN.finditer(text):
        gap = text[consumed:match.start()]
        if gap.strip(" ,"):
            raise ValueError(f"unexpected text {gap!r} in {text!r}")
        seconds += float(match["value"]) * UNIT_SECONDS[match["unit"].lower()]
        consumed = match.end()
    if text[consumed:].strip():
        raise ValueError(f"trailing text in {text!r}")
    return timedelta(seconds=seconds)


def format_duration(delta: timedelta, max_units: int = 3) -> str:
    remaining = int(delta.total_seconds())
    if remaining == 0:
        return "0s"
    sign = "-" if remaining < 0 else ""
    remaining = abs(remaining)
    parts = []
    for unit, size in UNIT_SECONDS.items():
        count, remaining = divmod(remaining, size)
        if count:
            parts.append(f"{count}{unit}")
    return sign + " ".join(parts[:max_units])


if __name__ == "__main__":
    for sample in ["1h 30m", "2d4h", "90m", "1.5h", "1w 2d 3h 4m 5s"]:
        td = parse_duration(sample)
        print(f"{sample:>16} -> {td!s:>20} -> {format_duration(td)}")
