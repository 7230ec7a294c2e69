"""Describe HTTP-style status codes and summarise access-log lines."""
import re
from collections import Counter
from enum import IntEnum

LINE_RE = re.compile(r'"(?P<method>[A-Z]+) (?P<path>\S+) [^"]*" (?P<status>\d{3}) (?P<size>\d+|-)')


class StatusClass(IntEnum):
    INFO = 1
    SUCCESS = 2
    REDIRECT = 3
    CLIENT_ERROR = 4
    SERVER_ERROR = 5


def describe_status(code: int) -> str:
    match code:
        case 200 | 201 | 204:
            return "ok"
        case 301 | 302 | 307 | 308:
            return "moved"
        case 404:
            return "not found"
        case 429:
            return "rate limited"
        case c if 400 <= c < 500:
            return "client error"
        case c if 500 <= c < 600:
            return "server error"
        case _:
            return "other"


def summarise_log(lines: list[str]) -> dict[str, object]:
    """Entry point: count statuses, classes and bytes served per path."""
    by_class: Counter[str] = Counter()
    by_desc: Counter[str] = Counter()
    bytes_per_path: dict[str, int] = {}
    bad = 0
    for line in lines:
        m = LINE_RE.search(line)
        if not m:
            bad += 1
            continue
        status = int(m["status"])
        by_class[StatusClass(status // 100).name] += 1
        by_desc[describe_status(status)] += 1
        size = 0 if m["size"] == "-" else int(m["size"])
        bytes_per_path[m["path"]] = bytes_per_path.get(m["path"], 0) + size
    return {
        "classes": dict(by_class),
        "descriptions": dict(by_desc),
        "bytes": bytes_per_path,
        "unparsed": bad,
    }
