"""Detect bursts in event timestamps with a sliding window; format as alerts."""
from collections import deque
from datetime import datetime, timedelta
from itertools import pairwise


def parse_times(lines: list[str]) -> list[datetime]:
    return sorted(datetime.fromisoformat(l.strip()) for l in lines if l.strip())


def bursts(times: list[datetime], window: timedelta, threshold: int) -> list[tuple[datetime, datetime, int]]:
    """Maximal periods where more than ``threshold`` events fall in ``window``."""
    q: deque[datetime] = deque()
    found = []
    current = None
    for t in times:
        q.append(t)
        while q[0] < t - window:
            q.popleft()
        if len(q) > threshold:
            if current and q[0] <= current[1]:
                current = (current[0], t, max(current[2], len(q)))
            else:
                if current:
                    found.append(current)
                current = (q[0], t, len(q))
    if current:
        found.append(current)
    return found


def gaps(times: list[datetime], min_gap: timedelta) -> list[tuple[str, str]]:
    return [(a.isoformat(), b.isoformat()) for a, b in pairwise(times) if b - a >= min_gap]


def alert_lines(log_lines: list[str], window_s: int = 60, threshold: int = 3) -> list[str]:
    times = parse_times(log_lines)
    return [f"BURST {s:%H:%M:%S}-{e:%H:%M:%S}: peak {n} events/{window_s}s"
            for s, e, n in bursts(times, timedelta(seconds=window_s), threshold)]


if __name__ == "__main__":
    stamps = ["2024-05-01T10:00:00", "2024-05-01T10:00:10", "2024-05-01T10:00:20", "2024-05-01T10:00:25",
              "2024-05-01T10:00:40", "2024-05-01T10:05:00", "2024-05-01T10:20:00", "2024-05-01T10:20:01",
              "2024-05-01T10:20:02", "2024-05-01T10:20:03"]
    print("\n".join(alert_lines(stamps)))
    print(gaps(parse_times(stamps), timedelta(minutes=5)))
