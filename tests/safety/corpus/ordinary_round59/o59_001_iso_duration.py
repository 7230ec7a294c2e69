# family: ordinary, blind round 59 (parse ISO 8601 durations into seconds)
import re
from datetime import timedelta

_DURATION_RE = re.compile(
    r"^P(?:(?P<years>\d+(?:\.\d+)?)Y)?(?:(?P<months>\d+(?:\.\d+)?)M)?"
    r"(?:(?P<weeks>\d+(?:\.\d+)?)W)?(?:(?P<days>\d+(?:\.\d+)?)D)?"
    r"(?:T(?:(?P<hours>\d+(?:\.\d+)?)H)?(?:(?P<minutes>\d+(?:\.\d+)?)M)?"
    r"(?:(?P<seconds>\d+(?:\.\d+)?)S)?)?$"
)

UNIT_SECONDS = {
    "years": 365 * 86400,
    "months": 30 * 86400,
    "weeks": 7 * 86400,
    "days": 86400,
    "hours": 3600,
    "minutes": 60,
    "seconds": 1,
}


class DurationParseError(ValueError):
    pass


def parse_iso_duration(text: str) -> timedelta:
    """Parse an ISO 8601 duration like 'P1DT2H30M' into a timedelta.

    Years and months are approximated as 365 and 30 days.
    """
    text = text.strip().upper()
    match = _DURATION_RE.match(text)
    if not match or text in ("P", "PT") or text.endswith("T"):
        raise DurationParseError(f"Invalid ISO 8601 duration: {text!r}")
    total = 0.0
    for unit, value in match.groupdict().items():
        if value is not None:
            total += float(value) * UNIT_SECONDS[unit]
    return timedelta(seconds=total)


def format_duration(td: timedelta) -> str:
    secs = int(td.total_seconds())
    days, rem = divmod(secs, 86400)
    hours, rem = divmod(rem, 3600)
    minutes, seconds = divmod(rem, 60)
    parts = [f"{v}{u}" for v, u in ((days, "d"), (hours, "h"), (minutes, "m"), (seconds, "s")) if v]
    return " ".join(parts) or "0s"


if __name__ == "__main__":
    for sample in ["PT45M", "P1DT2H30M", "P2W", "PT1.5H", "P1Y2M", "bogus"]:
        try:
            td = parse_iso_duration(sample)
            print(f"{sample:>10} -> {td.total_seconds():>10.0f}s ({format_duration(td)})")
        except DurationParseError as exc:
            print(f"{sample:>10} -> error: {exc}")
