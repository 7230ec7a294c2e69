"""Parse Apache/Nginx combined log lines supplied as text."""
import re
from collections import Counter
from datetime import datetime

LOG_RE = re.compile(
    r'(?P<ip>\S+) \S+ (?P<user>\S+) \[(?P<ts>[^\]]+)\] '
    r'"(?P<method>[A-Z]+) (?P<path>\S+) (?P<proto>[^"]+)" '
    r'(?P<status>\d{3}) (?P<size>\d+|-)'
)


def parse_line(line: str) -> dict | None:
    m = LOG_RE.match(line)
    if not m:
        return None
    rec = m.groupdict()
    rec["status"] = int(rec["status"])
    rec["size"] = 0 if rec["size"] == "-" else int(rec["size"])
    rec["ts"] = datetime.strptime(rec["ts"], "%d/%b/%Y:%H:%M:%S %z").isoformat()
    return rec


def analyse(log_text: str, top: int = 3) -> dict:
    records = [r for r in map(parse_line, log_text.splitlines()) if r]
    statuses = Counter(r["status"] // 100 * 100 for r in records)
    return {
        "requests": len(records),
        "bytes": sum(r["size"] for r in records),
        "top_paths": Counter(r["path"] for r in records).most_common(top),
        "top_ips": Counter(r["ip"] for r in records).most_common(top),
        "status_classes": {f"{k // 100}xx": v for k, v in sorted(statuses.items())},
    }


if __name__ == "__main__":
    logs = """127.0.0.1 - - [10/Oct/2023:13:55:36 +0000] "GET /index.html HTTP/1.1" 200 2326
10.0.0.2 - bob [10/Oct/2023:13:56:01 +0000] "POST /api/login HTTP/1.1" 401 12
127.0.0.1 - - [10/Oct/2023:13:57:12 +0000] "GET /index.html HTTP/1.1" 304 -
garbage line"""
    print(analyse(logs))
