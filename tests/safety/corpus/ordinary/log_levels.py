import re
from collections import Counter, defaultdict
from datetime import datetime

LINE = re.compile(
    r"^(?P<ts>\d{4}-\d{2}-\d{2}[ T]\d{2}:\d{2}:\d{2})\s+(?P<level>DEBUG|INFO|WARNING|ERROR|CRITICAL)\s+(?P<msg>.*)$"
)


def analyze_log(text: str) -> dict:
    """Count log lines per level and find the busiest minute and the first error."""
    levels: Counter[str] = Counter()
    per_minute: dict[str, int] = defaultdict(int)
    first_error = None
    unparsed = 0
    for raw in text.splitlines():
        match = LINE.match(raw.strip())
        if not match:
            unparsed += 1
            continue
        level = match["level"]
        levels[level] += 1
        stamp = datetime.fromisoformat(match["ts"].replace(" ", "T"))
        per_minute[stamp.strftime("%Y-%m-%d %H:%M")] += 1
        if level in ("ERROR", "CRITICAL") and first_error is None:
            first_error = {"time": stamp.isoformat(), "message": match["msg"]}
    busiest = max(per_minute.items(), key=lambda kv: kv[1]) if per_minute else None
    return {
        "levels": dict(levels),
        "busiest_minute": busiest[0] if busiest else None,
        "first_error": first_error,
        "unparsed": unparsed,
    }
