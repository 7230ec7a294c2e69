# ordinary: parse Apache/Nginx combined access-log lines and summarise status codes, paths and bytes
import re
from collections import Counter
from datetime import datetime
from typing import Iterator, NamedTuple, Optional

LOG_RE = re.compile(
    r'(?P<ip>\S+) \S+ (?P<user>\S+) \[(?P<time>[^\]]+)\] '
    r'"(?P<method>[A-Z]+) (?P<path>\S+) (?P<proto>[^"]+)" '
    r'(?P<status>\d{3}) (?P<size>\d+|-)(?: "(?P<referrer>[^"]*)" "(?P<agent>[^"]*)")?'
)


class Hit(NamedTuple):
    ip: str
    when: datetime
    method: str
    path: str
    status: int
    size: int
    agent: Optional[str]


def parse(lines) -> Iterator[Hit]:
    for line in lines:
        m = LOG_RE.match(line)
        if not m:
            continue
        d = m.groupdict()
        yield Hit(
            ip=d["ip"],
            when=datetime.strptime(d["time"], "%d/%b/%Y:%H:%M:%S %z"),
            method=d["method"],
            path=d["path"].split("?", 1)[0],
            status=int(d["status"]),
            size=0 if d["size"] == "-" else int(d["size"]),
            agent=d.get("agent"),
        )


def summary(text: str) -> str:
    hits = list(parse(text.splitlines()))
    statuses = Counter(f"{h.status // 100}xx" for h in hits)
    paths = Counter(h.path for h in hits)
    errors = [h for h in hits if h.status >= 500]
    total_bytes = sum(h.size for h in hits)
    span = max(h.when for h in hits) - min(h.when for h in hits) if hits else None
    return "\n".join([
        f"{len(hits)} requests over {span}, {total_bytes / 1024:.1f} KiB sent",
        "status: " + ", ".join(f"{k}={v}" for k, v in sorted(statuses.items())),
        "top paths: " + ", ".join(f"{p} ({n})" for p, n in paths.most_common(3)),
        f"server errors: {[(e.path, e.status) for e in errors]}",
    ])


LOG = """127.0.0.1 - frank [10/Oct/2023:13:55:36 -0700] "GET /index.html HTTP/1.1" 200 2326 "-" "Mozilla/5.0"
10.0.0.2 - - [10/Oct/2023:13:56:01 -0700] "GET /api/items?page=2 HTTP/1.1" 200 512 "-" "curl/8.0"
10.0.0.3 - - [10/Oct/2023:13:57:12 -0700] "POST /api/items HTTP/1.1" 500 - "-" "curl/8.0"
garbage line
10.0.0.2 - - [10/Oct/2023:14:01:00 -0700] "GET /index.html HTTP/1.1" 304 0"""

if __name__ == "__main__":
    print(summary(LOG))
