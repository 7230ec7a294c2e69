"""Parse web server access log lines and summarise status codes and paths."""

import re
from collections import Counter, defaultdict
from dataclasses import dataclass
from datetime import datetime

LOG_RE = re.compile(
    r'(?P<ip>\S+) \S+ \S+ \[(?P<ts>[^\]]+)\] "(?P<method>[A-Z]+) (?P<path>\S+) [^"]*" '
    r'(?P<status>\d{3}) (?P<size>\d+|-)'
)


@dataclass(slots=True)
class LogEntry:
    ip: str
    when: datetime
    method: str
    path: str
    status: int
    size: int

    @classmethod
    def parse(cls, line: str) -> "LogEntry | None":
        m = LOG_RE.match(line)
        if not m:
            return None
        return cls(
            ip=m["ip"],
            when=datetime.strptime(m["ts"], "%d/%b/%Y:%H:%M:%S %z"),
            method=m["method"],
            path=m["path"].split("?")[0],
            status=int(m["status"]),
            size=0 if m["size"] == "-" else int(m["size"]),
        )


def summarize_log(text: str) -> dict[str, object]:
    entries = [e for e in map(LogEntry.parse, text.splitlines()) if e]
    by_class: Counter[str] = Counter(f"{e.status // 100}xx" for e in entries)
    bytes_by_path: defaultdict[str, int] = defaultdict(int)
    for e in entries:
        bytes_by_path[e.path] += e.size
    return {
        "requests": len(entries),
        "status_classes": dict(by_class),
        "top_paths": Counter(e.path for e in entries).most_common(3),
        "bytes_by_path": dict(bytes_by_path),
        "unique_ips": len({e.ip for e in entries}),
    }


if __name__ == "__main__":
    sample = """127.0.0.1 - - [10/Oct/2023:13:55:36 +0000] "GET /index.html HTTP/1.1" 200 2326
10.0.0.2 - - [10/Oct/2023:13:55:40 +0000] "GET /api/items?page=2 HTTP/1.1" 200 512
10.0.0.2 - - [10/Oct/2023:13:56:01 +0000] "POST /api/items HTTP/1.1" 500 -
garbage line"""
    print(summarize_log(sample))
