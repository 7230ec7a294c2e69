# family: ordinary, blind round 62 (parse access log lines and summarize)
import re
from collections import Counter, defaultdict
from statistics import mean

LOG = """\
10.0.0.1 - - [12/Mar/2024:10:01:02] "GET /index.html HTTP/1.1" 200 512 0.012
10.0.0.2 - - [12/Mar/2024:10:01:05] "GET /api/items HTTP/1.1" 200 2048 0.120
10.0.0.1 - - [12/Mar/2024:10:01:09] "POST /api/items HTTP/1.1" 201 64 0.300
10.0.0.3 - - [12/Mar/2024:10:02:00] "GET /missing HTTP/1.1" 404 0 0.002
garbage line here
10.0.0.2 - - [12/Mar/2024:10:02:30] "GET /api/items HTTP/1.1" 500 0 1.500
"""
LINE_RE = re.compile(
    r'(?P<ip>\S+) - - \[(?P<ts>[^\]]+)\] "(?P<method>\w+) (?P<path>\S+) [^"]+" '
    r'(?P<status>\d{3}) (?P<size>\d+) (?P<secs>[\d.]+)')
STATUS_CLASS = {2: "ok", 3: "redirect", 4: "client_err", 5: "server_err"}
bad_lines = 0


def parse(text):
    global bad_lines
    for line in text.splitlines():
        m = LINE_RE.match(line)
        if not m:
            bad_lines += 1
            continue
        d = m.groupdict()
        d["status"], d["size"], d["secs"] = int(d["status"]), int(d["size"]), float(d["secs"])
        yield d


def summarize(entries):
    by_class = Counter(STATUS_CLASS[e["status"] // 100] for e in entries)
    times = defaultdict(list)
    for e in entries:
        times[(e["method"], e["path"])].append(e["secs"])
    return by_class, {k: (len(v), mean(v)) for k, v in times.items()}


if __name__ == "__main__":
    entries = list(parse(LOG))
    by_class, endpoints = summarize(entries)
    print(dict(by_class))
    for (method, path), (n, avg) in sorted(endpoints.items(), key=lambda kv: -kv[1][1]):
        print("{:<5}{:<14} n={} avg={:.3f}s".format(method, path, n, avg))
    sizes = Counter()
    for e in entries:
        sizes[e["ip"]] += e["size"]
    print("bytes by ip:", dict(sorted(sizes.items())))
    print("unparsed lines:", bad_lines)
