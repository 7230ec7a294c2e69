# family: ordinary, blind round 73 (dataclass-heavy typed tools)
"""Parse application log lines into typed entries and summarize."""
import re
from collections import Counter
from dataclasses import dataclass
from datetime import datetime
from enum import IntEnum
from typing import Iterator, Optional


class Level(IntEnum):
    DEBUG = 10
    INFO = 20
    WARNING = 30
    ERROR = 40
    CRITICAL = 50


LINE_RE = re.compile(
    r"^(?P<ts>\d{4}-\d{2}-\d{2} \d{2}:\d{2}:\d{2}) \[(?P<level>[A-Z]+)\] (?P<logger>[\w.]+): (?P<msg>.*)$"
)


@dataclass(frozen=True, slots=True)
class LogEntry:
    timestamp: datetime
    level: Level
    logger: str
    message: str

    @classmethod
    def parse(cls, line: str) -> Optional["LogEntry"]:
        m = LINE_RE.match(line.strip())
        if m is None:
            return None
        return cls(
            datetime.strptime(m["ts"], "%Y-%m-%d %H:%M:%S"),
            Level[m["level"]],
            m["logger"],
            m["msg"],
        )


def parse_lines(lines: list[str]) -> Iterator[LogEntry]:
    for line in lines:
        entry = LogEntry.parse(line)
        if entry is not None:
            yield entry


def summarize(entries: list[LogEntry], min_level: Level = Level.WARNING) -> dict[str, object]:
    severe = [e for e in entries if e.level >= min_level]
    return {
        "total": len(entries),
        "by_level": {lvl.name: n for lvl, n in sorted(Counter(e.level for e in entries).items())},
        "noisiest_logger": Counter(e.logger for e in entries).most_common(1)[0][0] if entries else None,
        "first_severe": severe[0].timestamp.isoformat() if severe else None,
    }


LOG = """\
2024-03-01 12:00:01 [INFO] app.web: started
2024-03-01 12:00:05 [DEBUG] app.db: connecting
garbage line here
2024-03-01 12:01:00 [WARNING] app.db: slow query 1.2s
2024-03-01 12:02:13 [ERROR] app.web: 500 on /checkout
2024-03-01 12:02:14 [INFO] app.web: retry ok
"""

if __name__ == "__main__":
    entries = list(parse_lines(LOG.splitlines()))
    print(summarize(entries))
    for e in sorted(entries, key=lambda e: (-e.level, e.timestamp))[:2]:
        print(e.level.name, e.logger, e.message)
