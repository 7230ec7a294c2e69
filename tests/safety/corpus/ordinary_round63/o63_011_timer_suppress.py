# family: ordinary, blind round 63 (timing context manager plus suppress)
import time
from contextlib import contextmanager, suppress
from dataclasses import dataclass, field


@dataclass
class TimingReport:
    records: dict = field(default_factory=dict)

    @contextmanager
    def measure(self, label):
        start = time.perf_counter()
        try:
            yield
        finally:
            elapsed = time.perf_counter() - start
            self.records.setdefault(label, []).append(elapsed)

    def summary(self):
        lines = []
        for label, times in sorted(self.records.items()):
            total = sum(times)
            lines.append(f"{label:<12} calls={len(times):<3} total={total * 1000:8.3f} ms")
        return "\n".join(lines)


def parse_ints(values):
    out = []
    for v in values:
        with suppress(ValueError):
            out.append(int(v))
    return out


if __name__ == "__main__":
    report = TimingReport()
    for _ in range(3):
        with report.measure("parse"):
            nums = parse_ints(["1", "two", "3", "4.5", "10"])
    with report.measure("sum"):
        total = sum(range(100_000))
    with suppress(ZeroDivisionError), report.measure("divide"):
        1 / 0
    print(nums, total)
    print(report.summary())
    print(sorted(report.records))
