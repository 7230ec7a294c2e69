# family: ordinary, blind round 60 (access log parser with named regex groups)
import re
from collections import Counter
from datetime import datetime
from typing import NamedTuple, Iterator

LOG_PATTERN = re.compile(
    r'(?P<ip>\d{1,3}(?:\.\d{1,3}){3}) - - \[(?P<ts>[^\]]+)\] '
    r'"(?P<method>[A-Z]+) (?P<path>\S+) HTTP/[\d.]+" (?P<status>\d{3}) (?P<size>\d+|-)'
)


class LogEntry(NamedTuple):
    ip: str
    timestamp: datetime
    method: str
    path: str
    status: int
    size: int


def parse_lines(lines: Iterator[str]) -> Iterator[LogEntry]:
    for line in lines:
        m = LOG_PATTERN.match(line.strip())
        if not m:
            continue
        g = m.groupdict()
        yield LogEntry(
            ip=g["ip"],
            timestamp=datetime.strptime(g["ts"], "%d/%b/%Y:%H:%M:%S %z"),
            method=g["method"],
            path=g["path"],
            status=int(g["status"]),
            size=0 if g["size"] == "-" else int(g["size"]),
        )


def summarize(entries: list[LogEntry]) -> dict:
    statuses = Counter(e.status // 100 * 100 for e in entries)
    return {
        "requests": len(entries),
        "bytes": sum(e.size for e in entries),
        "top_paths": Counter(e.path for e in entries).most_common(2),
        "status_classes": dict(sorted(statuses.items())),
        "unique_ips": len({e.ip for e in entries}),
    }


SAMPLE = """\
10.0.0.1 - - [12/Mar/2024:10:01:02 +0000] "GET /index.html HTTP/1.1" 200 5120
10.0.0.2 - - [12/Mar/2024:10:01:05 +0000] "POST /api/login HTTP/1.1" 401 87
10.0.0.1 - - [12/Mar/2024:10:02:10 +0000] "GET /index.html HTTP/1.1" 304 -
garbage line that should be skipped
10.0.0.3 - - [12/Mar/2024:10:03:44 +0000] "GET /missing HTTP/1.1" 404 312
"""

if __name__ == "__main__":
    entries = list(parse_lines(SAMPLE.splitlines()))
    for e in entries:
        print(e.timestamp.isoformat(), e.method, e.path, e.status)
    print(summarize(entries))
