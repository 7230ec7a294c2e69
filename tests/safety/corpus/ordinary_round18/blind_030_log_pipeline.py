"""Generator pipeline for parsing and filtering web-server access log lines."""
from __future__ import annotations

import re
from collections import Counter
from datetime import datetime
from itertools import groupby, islice
from typing import Iterable, Iterator

LINE_RE = re.compile(
    r'(?P<ip>\S+) \S+ \S+ \[(?P<ts>[^\]]+)\] "(?P<method>\w+) (?P<path>\S+) [^"]*" (?P<status>\d{3}) (?P<size>\d+|-)'
)


def parse(lines: Iterable[str]) -> Iterator[dict]:
    for line in lines:
        if m := LINE_RE.match(line):
            rec = m.groupdict()
            rec["status"] = int(rec["status"])
            rec["size"] = 0 if rec["size"] == "-" else int(rec["size"])
            rec["ts"] = datetime.strptime(rec["ts"], "%d/%b/%Y:%H:%M:%S %z")
            yield rec


def only_status(records: Iterable[dict], lo: int, hi: int) -> Iterator[dict]:
    return (r for r in records if lo <= r["status"] <= hi)


def strip_query(records: Iterable[dict]) -> Iterator[dict]:
    for r in records:
        yield {**r, "path": r["path"].split("?", 1)[0]}


def per_minute(records: Iterable[dict]) -> Iterator[tuple[str, int]]:
    for minute, group in groupby(records, key=lambda r: r["ts"].strftime("%H:%M")):
        yield minute, sum(1 for _ in group)


def top_paths(lines: Iterable[str], n: int = 3) -> list[tuple[str, int]]:
    return Counter(r["path"] for r in strip_query(only_status(parse(lines), 200, 299))).most_common(n)


LOG = """\
10.0.0.1 - - [10/Oct/2024:13:55:36 +0000] "GET /index.html HTTP/1.1" 200 2326
10.0.0.2 - - [10/Oct/2024:13:55:40 +0000] "GET /search?q=python HTTP/1.1" 200 512
10.0.0.1 - - [10/Oct/2024:13:56:01 +0000] "POST /login HTTP/1.1" 401 -
garbage line that does not match
10.0.0.3 - - [10/Oct/2024:13:56:12 +0000] "GET /search?q=rust HTTP/1.1" 200 498
10.0.0.4 - - [10/Oct/2024:13:57:03 +0000] "GET /missing HTTP/1.1" 404 0
10.0.0.2 - - [10/Oct/2024:13:57:09 +0000] "GET /index.html HTTP/1.1" 200 2326
""".splitlines()

if __name__ == "__main__":
    print(top_paths(LOG))
    print(list(per_minute(parse(LOG))))
    print([r["ip"] for r in islice(only_status(parse(LOG), 400, 499), 5)])
