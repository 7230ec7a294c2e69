"""Parse web-server access logs and summarise traffic."""
import re
from collections import Counter, defaultdict
from datetime import datetime

LINE = re.compile(
    r'(?P<ip>\S+) \S+ \S+ \[(?P<ts>[^\]]+)\] "(?P<method>[A-Z]+) (?P<path>\S+) [^"]*" '
    r'(?P<status>\d{3}) (?P<size>\d+|-)'
)


def parse_line(line: str) -> dict | None:
    m = LINE.match(line)
    if not m:
        return None
    rec = m.groupdict()
    rec["status"] = int(rec["status"])
    rec["size"] = 0 if rec["size"] == "-" else int(rec["size"])
    rec["ts"] = datetime.strptime(rec["ts"], "%d/%b/%Y:%H:%M:%S %z")
    rec["path"] = rec["path"].split("?", 1)[0]
    return rec


def summarize(log_text: str, top: int = 3) -> dict:
    records, bad = [], 0
    for line in log_text.splitlines():
        if line.strip():
            rec = parse_line(line)
            if rec is None:
                bad += 1
            else:
                records.append(rec)
    by_hour = defaultdict(int)
    for r in records:
        by_hour[r["ts"].strftime("%H:00")] += 1
    return {
        "requests": len(records),
        "unparsed": bad,
        "bytes": sum(r["size"] for r in records),
        "top_paths": Counter(r["path"] for r in records).most_common(top),
        "top_ips": Counter(r["ip"] for r in records).most_common(top),
        "status_classes": dict(Counter(f"{r['status'] // 100}xx" for r in records)),
        "by_hour": dict(sorted(by_hour.items())),
    }


if __name__ == "__main__":
    log = """\
10.0.0.1 - - [10/Oct/2023:13:55:36 +0000] "GET /index.html HTTP/1.1" 200 2326
10.0.0.2 - - [10/Oct/2023:13:56:01 +0000] "GET /api/items?page=2 HTTP/1.1" 200 512
10.0.0.1 - - [10/Oct/2023:14:02:11 +0000] "POST /api/items HTTP/1.1" 201 -
10.0.0.3 - - [10/Oct/2023:14:05:00 +0000] "GET /missing HTTP/1.1" 404 153
garbage line
10.0.0.1 - - [10/Oct/2023:14:07:42 +0000] "GET /api/items HTTP/1.1" 500 0
"""
    for k, v in summarize(log).items():
        print(f"{k}: {v}")
