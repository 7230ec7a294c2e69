"""Log-line processing pipeline built from generators and itertools."""
import itertools
import re
from collections import Counter
from typing import Iterable, Iterator

LINE_RE = re.compile(
    r"(?P<ts>\d{4}-\d\d-\d\d \d\d:\d\d:\d\d) (?P<level>[A-Z]+) \[(?P<module>[\w.]+)\] (?P<msg>.*)"
)


def parse_lines(lines: Iterable[str]) -> Iterator[dict]:
    for line in lines:
        m = LINE_RE.match(line.strip())
        if m:
            yield m.groupdict()


def filter_level(records: Iterable[dict], levels: set[str]) -> Iterator[dict]:
    return (r for r in records if r["level"] in levels)


def chunked(iterable: Iterable, size: int) -> Iterator[list]:
    it = iter(iterable)
    while chunk := list(itertools.islice(it, size)):
        yield chunk


def summarize_log(text: str, levels: list[str] | None = None, page_size: int = 2) -> dict:
    records = parse_lines(text.splitlines())
    if levels:
        records = filter_level(records, set(levels))
    records = list(records)
    by_module = {
        module: len(list(group))
        for module, group in itertools.groupby(sorted(records, key=lambda r: r["module"]), key=lambda r: r["module"])
    }
    levels_count = Counter(r["level"] for r in records)
    pages = [[r["msg"] for r in page] for page in chunked(records, page_size)]
    first_error = next((r for r in records if r["level"] == "ERROR"), None)
    return {
        "count": len(records),
        "by_module": by_module,
        "by_level": dict(levels_count),
        "pages": pages,
        "first_error": first_error,
    }


if __name__ == "__main__":
    log = """2024-05-01 10:00:00 INFO [app.web] started
2024-05-01 10:00:01 WARN [app.db] slow query
garbage line
2024-05-01 10:00:02 ERROR [app.db] connection lost
2024-05-01 10:00:03 INFO [app.web] request /home
2024-05-01 10:00:04 ERROR [app.web] 500 on /api"""
    print(summarize_log(log))
    print(summarize_log(log, levels=["ERROR"]))
