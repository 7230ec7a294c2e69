# family: ordinary, blind round 59 (parse access log lines and aggregate by status/path)
import re
from collections import Counter, defaultdict
from datetime import datetime
from typing import Dict, Iterator, List, NamedTuple

LOG_RE = re.compile(
    r'(?P<ip>\S+) \S+ \S+ \[(?P<ts>[^\]]+)\] "(?P<method>[A-Z]+) (?P<path>\S+) [^"]*" '
    r"(?P<status>\d{3}) (?P<size>\d+|-)(?: (?P<ms>\d+)ms)?"
)


class Entry(NamedTuple):
    ip: str
    when: datetime
    method: str
    path: str
    status: int
    size: int
    ms: int


def parse_lines(lines: List[str]) -> Iterator[Entry]:
    for line in lines:
        m = LOG_RE.match(line)
        if not m:
            continue
        yield Entry(m["ip"], datetime.strptime(m["ts"], "%d/%b/%Y:%H:%M:%S %z"), m["method"],
                    m["path"].split("?")[0], int(m["status"]),
                    0 if m["size"] == "-" else int(m["size"]), int(m["ms"] or 0))


def summarize(lines: List[str]) -> Dict[str, object]:
    entries = list(parse_lines(lines))
    by_path: Dict[str, List[int]] = defaultdict(list)
    for e in entries:
        by_path[e.path].append(e.ms)
    return {
        "requests": len(entries),
        "skipped": len(lines) - len(entries),
        "status_classes": dict(sorted(Counter(f"{e.status // 100}xx" for e in entries).items())),
        "top_ips": Counter(e.ip for e in entries).most_common(2),
        "slowest_paths": sorted(((p, max(v)) for p, v in by_path.items()), key=lambda x: -x[1])[:3],
        "bytes": sum(e.size for e in entries),
    }


if __name__ == "__main__":
    log = [
        '10.0.0.1 - - [12/Mar/2024:10:00:01 +0000] "GET /api/items?page=2 HTTP/1.1" 200 512 34ms',
        '10.0.0.2 - - [12/Mar/2024:10:00:02 +0000] "POST /api/items HTTP/1.1" 201 128 88ms',
        '10.0.0.1 - - [12/Mar/2024:10:00:03 +0000] "GET /health HTTP/1.1" 200 2 1ms',
        '10.0.0.3 - - [12/Mar/2024:10:00:04 +0000] "GET /api/items/9 HTTP/1.1" 404 - 5ms',
        'garbage line that does not match',
        '10.0.0.1 - - [12/Mar/2024:10:00:05 +0000] "GET /api/report HTTP/1.1" 500 0 1203ms',
    ]
    for key, value in summarize(log).items():
        print(f"{key:<15} {value}")
