"""Parse web server access logs (combined format) and summarise traffic."""
import re
from collections import Counter, defaultdict
from datetime import datetime
from typing import Iterator, NamedTuple

LOG_RE = re.compile(
    r'(?P<ip>\S+) \S+ (?P<user>\S+) \[(?P<ts>[^\]]+)\] "(?P<method>[A-Z]+) (?P<path>\S+) [^"]*" '
    r'(?P<status>\d{3}) (?P<size>\d+|-)(?: "(?P<referer>[^"]*)" "(?P<agent>[^"]*)")?'
)


class Hit(NamedTuple):
    ip: str
    when: datetime
    method: str
    path: str
    status: int
    size: int


def parse_lines(text: str) -> Iterator[Hit | str]:
    for line in text.splitlines():
        m = LOG_RE.match(line)
        if not m:
            yield line
            continue
        yield Hit(m["ip"], datetime.strptime(m["ts"], "%d/%b/%Y:%H:%M:%S %z"), m["method"],
                  m["path"].split("?")[0], int(m["status"]), 0 if m["size"] == "-" else int(m["size"]))


def summarize_log(text: str, top: int = 3) -> dict:
    hits, bad = [], []
    for item in parse_lines(text):
        (hits if isinstance(item, Hit) else bad).append(item)
    by_status = Counter(f"{h.status // 100}xx" for h in hits)
    per_hour: dict[str, int] = defaultdict(int)
    for h in hits:
        per_hour[h.when.strftime("%Y-%m-%d %H:00")] += 1
    return {
        "requests": len(hits),
        "unparsed": len(bad),
        "bytes": sum(h.size for h in hits),
        "status_classes": dict(sorted(by_status.items())),
        "top_paths": Counter(h.path for h in hits).most_common(top),
        "top_ips": Counter(h.ip for h in hits).most_common(top),
        "errors": [f"{h.status} {h.method} {h.path}" for h in hits if h.status >= 500],
        "per_hour": dict(per_hour),
    }


if __name__ == "__main__":
    log = "\n".join([
        '10.0.0.1 - - [10/Oct/2023:13:55:36 +0000] "GET /index.html HTTP/1.1" 200 2326 "-" "curl/8.0"',
        '10.0.0.2 - bob [10/Oct/2023:13:57:01 +0000] "POST /api/items?x=1 HTTP/1.1" 201 512',
        '10.0.0.1 - - [10/Oct/2023:14:02:11 +0000] "GET /api/items HTTP/1.1" 500 -',
        'garbage line',
        '10.0.0.3 - - [10/Oct/2023:14:05:00 +0000] "GET /index.html HTTP/1.1" 304 0 "-" "Mozilla/5.0"',
    ])
    print(summarize_log(log))
