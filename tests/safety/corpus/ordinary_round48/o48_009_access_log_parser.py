# family: ordinary, blind round 48 (regex access log parser)
import re
from collections import Counter
from datetime import datetime

LOG_LINES = """\
192.168.1.10 - - [10/Oct/2023:13:55:36 +0000] "GET /index.html HTTP/1.1" 200 2326
192.168.1.11 - - [10/Oct/2023:13:55:40 +0000] "POST /api/login HTTP/1.1" 401 112
10.0.0.5 - - [10/Oct/2023:13:56:01 +0000] "GET /static/app.js HTTP/1.1" 200 53211
192.168.1.10 - - [10/Oct/2023:13:57:12 +0000] "GET /missing HTTP/1.1" 404 0
10.0.0.5 - - [10/Oct/2023:13:58:44 +0000] "GET /api/items?page=2 HTTP/1.1" 500 87
garbage line that should be skipped
192.168.1.12 - - [10/Oct/2023:14:01:02 +0000] "GET /index.html HTTP/1.1" 200 2326
"""

PATTERN = re.compile(
    r'(?P<ip>\S+) \S+ \S+ \[(?P<ts>[^\]]+)\] '
    r'"(?P<method>[A-Z]+) (?P<path>\S+) (?P<proto>[^"]+)" '
    r'(?P<status>\d{3}) (?P<size>\d+|-)'
)


def parse(lines):
    for lineno, line in enumerate(lines, 1):
        m = PATTERN.match(line)
        if not m:
            print(f"  skip line {lineno}: {line[:30]!r}")
            continue
        rec = m.groupdict()
        rec["ts"] = datetime.strptime(rec["ts"], "%d/%b/%Y:%H:%M:%S %z")
        rec["status"] = int(rec["status"])
        rec["size"] = 0 if rec["size"] == "-" else int(rec["size"])
        yield rec


if __name__ == "__main__":
    records = list(parse(LOG_LINES.splitlines()))
    print(f"parsed {len(records)} records")
    status = Counter(r["status"] // 100 * 100 for r in records)
    print("status classes:", {f"{k // 100}xx": v for k, v in sorted(status.items())})
    print("top ips:", Counter(r["ip"] for r in records).most_common(2))
    errors = [r for r in records if r["status"] >= 400]
    for r in errors:
        print(f"  {r['ts']:%H:%M:%S} {r['status']} {r['method']} {r['path']}")
    span = records[-1]["ts"] - records[0]["ts"]
    print("bytes served:", sum(r["size"] for r in records), "over", span)
