# family: ordinary, blind round 61 (access log line parser)
import re
from collections import Counter
from datetime import datetime
from typing import Iterator

LOG_RE = re.compile(
    r'(?P<ip>\S+) \S+ \S+ \[(?P<ts>[^\]]+)\] "(?P<method>[A-Z]+) (?P<path>\S+) [^"]*" '
    r"(?P<status>\d{3}) (?P<size>\d+|-)"
)
TS_FORMAT = "%d/%b/%Y:%H:%M:%S %z"


def _parse_lines(lines: list[str]) -> Iterator[dict]:
    for line in lines:
        if not (m := LOG_RE.match(line)):
            continue
        yield {
            "ip": m["ip"],
            "time": datetime.strptime(m["ts"], TS_FORMAT),
            "method": m["method"],
            "path": m["path"].split("?", 1)[0],
            "status": int(m["status"]),
            "bytes": 0 if m["size"] == "-" else int(m["size"]),
        }


def analyze_access_log(log_text: str, top_n: int = 3) -> dict:
    """Parse Common Log Format lines and report traffic statistics."""
    lines = log_text.strip().splitlines()
    entries = list(_parse_lines(lines))
    if not entries:
        return {"parsed": 0, "skipped": len(lines)}
    times = [e["time"] for e in entries]
    status_classes = Counter(f"{e['status'] // 100}xx" for e in entries)
    return {
        "parsed": len(entries),
        "skipped": len(lines) - len(entries),
        "first": min(times).isoformat(),
        "last": max(times).isoformat(),
        "total_bytes": sum(e["bytes"] for e in entries),
        "status_classes": dict(sorted(status_classes.items())),
        "top_paths": Counter(e["path"] for e in entries).most_common(top_n),
        "top_ips": Counter(e["ip"] for e in entries).most_common(top_n),
        "error_rate": round(sum(e["status"] >= 500 for e in entries) / len(entries), 3),
    }


if __name__ == "__main__":
    log = """
10.0.0.1 - - [10/Oct/2024:13:55:36 +0000] "GET /index.html HTTP/1.1" 200 2326
10.0.0.2 - - [10/Oct/2024:13:55:40 +0000] "GET /api/items?page=2 HTTP/1.1" 200 512
10.0.0.1 - - [10/Oct/2024:13:56:01 +0000] "POST /api/items HTTP/1.1" 500 -
garbage line here
10.0.0.3 - - [10/Oct/2024:13:57:12 +0000] "GET /index.html HTTP/1.1" 304 0
"""
    print(analyze_access_log(log))
