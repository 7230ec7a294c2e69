# family: ordinary, blind round 53 (NamedTuple log parsing with attrgetter)
import re
from collections import Counter
from operator import attrgetter
from typing import NamedTuple, Optional

LOG = """\
203.0.113.9 - - [10/Mar/2024:13:55:36 +0000] "GET /index.html HTTP/1.1" 200 2326
198.51.100.4 - - [10/Mar/2024:13:55:40 +0000] "POST /api/login HTTP/1.1" 401 87
203.0.113.9 - - [10/Mar/2024:13:56:02 +0000] "GET /static/app.js HTTP/1.1" 200 51234
192.0.2.77 - - [10/Mar/2024:13:57:11 +0000] "GET /missing HTTP/1.1" 404 -
198.51.100.4 - - [10/Mar/2024:13:57:15 +0000] "POST /api/login HTTP/1.1" 200 412
garbage line here
"""

PATTERN = re.compile(r'(?P<ip>\S+) \S+ \S+ \[(?P<ts>[^\]]+)\] "(?P<method>\w+) (?P<path>\S+) [^"]+" (?P<status>\d{3}) (?P<size>\d+|-)')


class Hit(NamedTuple):
    ip: str
    method: str
    path: str
    status: int
    size: int = 0

    @property
    def is_error(self) -> bool:
        return self.status >= 400


def parse_line(line: str) -> Optional[Hit]:
    m = PATTERN.match(line)
    if not m:
        return None
    size = 0 if m["size"] == "-" else int(m["size"])
    return Hit(m["ip"], m["method"], m["path"], int(m["status"]), size)


if __name__ == "__main__":
    hits = [h for h in map(parse_line, LOG.splitlines()) if h]
    print(f"parsed {len(hits)} hits")
    print("biggest:", max(hits, key=attrgetter("size"))._asdict())
    print("errors:", [(h.path, h.status) for h in hits if h.is_error])
    print("by ip:", Counter(h.ip for h in hits).most_common(2))
    fixed = hits[3]._replace(status=410)
    print("replaced:", fixed, "| fields:", Hit._fields, "| default size:", Hit._field_defaults)
