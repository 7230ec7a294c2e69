# ordinary: collect errors from a batch of operations instead of failing on the first one
from dataclasses import dataclass, field


@dataclass
class ErrorCollector:
    """Use as `with collector.capture(item): ...` to record exceptions per item."""

    errors: list = field(default_factory=list)
    processed: int = 0

    def capture(self, context):
        return _Capture(self, context)

    @property
    def ok(self):
        return not self.errors

    def report(self):
        if self.ok:
            return f"all {self.processed} items processed"
        lines = [f"{len(self.errors)} of {self.processed} items failed:"]
        for context, kind, message in self.errors:
            lines.append(f"  - {context}: {kind}: {message}")
        return "\n".join(lines)


class _Capture:
    def __init__(self, collector, context):
        self.collector = collector
        self.context = context

    def __enter__(self):
        self.collector.processed += 1
        return self

    def __exit__(self, exc_type, exc, tb):
        if exc is None:
            return False
        if isinstance(exc, (KeyboardInterrupt, SystemExit)):
            return False
        self.collector.errors.append((self.context, type(exc).__name__, str(exc)))
        return True


def parse_record(line):
    name, age = line.split(",")
    age = int(age)
    if age < 0:
        raise ValueError("age must be >= 0")
    return {"name": name.strip(), "age": age}


if __name__ == "__main__":
    lines = ["Ann, 34", "Bob, x", "Cid", "Dee, -3", "Eve, 29"]
    collector = ErrorCollector()
    records = []
    for number, line in enumerate(lines, 1):
        with collector.capture(f"line {number}"):
            records.append(parse_record(line))
    print(records)
    print(collector.report())
