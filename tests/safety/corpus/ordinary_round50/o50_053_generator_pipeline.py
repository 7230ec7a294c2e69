# family: ordinary, blind round 50 (generator pipelines)
import itertools
import json

LOG_LINES = """\
{"ts": "2024-05-01T10:00:01", "level": "INFO", "path": "/api/users", "ms": 45}
{"ts": "2024-05-01T10:00:02", "level": "ERROR", "path": "/api/orders", "ms": 1200}
not json at all
{"ts": "2024-05-01T10:00:03", "level": "INFO", "path": "/api/orders", "ms": 310}
{"ts": "2024-05-01T10:00:04", "level": "WARN", "path": "/api/users", "ms": 780}
{"ts": "2024-05-01T10:00:05", "level": "INFO", "path": "/health", "ms": 2}
{"ts": "2024-05-01T10:00:06", "level": "INFO", "path": "/api/users", "ms": 95}
"""


def read_lines(text):
    for line in text.splitlines():
        if line.strip():
            yield line


def parse_json(lines, errors):
    for n, line in enumerate(lines, 1):
        try:
            yield json.loads(line)
        except json.JSONDecodeError:
            errors.append(n)


def exclude_paths(records, paths):
    return (r for r in records if r["path"] not in paths)


def slower_than(records, ms):
    return (r for r in records if r["ms"] >= ms)


def batched(iterable, size):
    it = iter(iterable)
    while batch := list(itertools.islice(it, size)):
        yield batch


if __name__ == "__main__":
    bad = []
    pipeline = slower_than(exclude_paths(parse_json(read_lines(LOG_LINES), bad), {"/health"}), 90)
    for batch in batched(pipeline, 2):
        print("batch:", [(r["path"], r["ms"]) for r in batch])
    print("unparseable lines:", bad)
    totals = {}
    for r in parse_json(read_lines(LOG_LINES), []):
        totals[r["level"]] = totals.get(r["level"], 0) + 1
    print("by level:", totals)
