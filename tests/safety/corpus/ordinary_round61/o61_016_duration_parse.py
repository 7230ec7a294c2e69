# family: ordinary, blind round 61 (human duration parser)
import re
from datetime import timedelta

UNIT_SECONDS = {"w": 604800, "d": 86400, "h": 3600, "m": 60, "s": 1, "ms": 0.001}
ALIASES = {
    "week": "w", "weeks": "w", "day": "d", "days": "d", "hr": "h", "hrs": "h", "hour": "h", "hours": "h",
    "min": "m", "mins": "m", "minute": "m", "minutes": "m", "sec": "s", "secs": "s", "second": "s",
    "seconds": "s", "millisecond": "ms", "milliseconds": "ms",
}
TOKEN_RE = re.compile(r"(\d+(?:\.\d+)?)\s*([a-zA-Z]+)")


class DurationError(ValueError):
    pass


def _humanize(total: float) -> str:
    parts, remaining = [], int(total)
    for unit in ("w", "d", "h", "m", "s"):
        amount, remaining = divmod(remaining, int(UNIT_SECONDS[unit]))
        if amount:
            parts.append(f"{amount}{unit}")
    return " ".join(parts) or "0s"


def parse_duration(text: str) -> dict:
    """Parse strings like '1h 30m', '2 days 4 hours' or '90s' into seconds."""
    cleaned = text.strip().lower().replace(",", " ").replace(" and ", " ")
    tokens = TOKEN_RE.findall(cleaned)
    if not tokens or TOKEN_RE.sub("", cleaned).strip():
        raise DurationError(f"Unrecognised duration: {text!r}")
    total = 0.0
    for number, unit in tokens:
        key = ALIASES.get(unit, unit)
        if key not in UNIT_SECONDS:
            raise DurationError(f"Unknown unit {unit!r}")
        total += float(number) * UNIT_SECONDS[key]
    delta = timedelta(seconds=total)
    return {"input": text, "seconds": total, "minutes": round(total / 60, 3),
            "iso_like": str(delta), "normalized": _humanize(total)}


if __name__ == "__main__":
    for sample in ["1h30m", "2 days, 4 hours and 5 minutes", "90s", "1.5 weeks", "3 fortnights"]:
        try:
            print(parse_duration(sample))
        except DurationError as exc:
            print("error:", exc)
