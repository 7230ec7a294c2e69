"""Profile the columns of a CSV document: inferred type, nulls, distinct values."""
import csv
import io
from dataclasses import dataclass, field


@dataclass
class ColumnProfile:
    name: str
    count: int = 0
    nulls: int = 0
    distinct: set[str] = field(default_factory=set)
    numeric: bool = True
    minimum: float | None = None
    maximum: float | None = None

    def observe(self, raw: str) -> None:
        self.count += 1
        value = raw.strip()
        if not value:
            self.nulls += 1
            return
        self.distinct.add(value)
        try:
            num = float(value)
        except ValueError:
            self.numeric = False
            return
        self.minimum = num if self.minimum is None else min(self.minimum, num)
        self.maximum = num if self.maximum is None else max(self.maximum, num)

    def summary(self) -> dict[str, object]:
        info: dict[str, object] = {
            "type": "number" if self.numeric and self.distinct else "text",
            "count": self.count,
            "nulls": self.nulls,
            "distinct": len(self.distinct),
        }
        if info["type"] == "number":
            info["min"], info["max"] = self.minimum, self.maximum
        return info


def profile_csv(csv_text: str) -> dict[str, dict[str, object]]:
    """Return a per-column summary for CSV text with a header row."""
    reader = csv.reader(io.StringIO(csv_text.strip()))
    header = next(reader)
    profiles = [ColumnProfile(name) for name in header]
    for row in reader:
        for prof, cell in zip(profiles, row + [""] * (len(header) - len(row))):
            prof.observe(cell)
    return {p.name: p.summary() for p in profiles}


if __name__ == "__main__":
    text = """id,city,temp
1,Oslo,-3.5
2,Lima,19
3,Oslo,
4,Cairo,31.2
"""
    for col, info in profile_csv(text).items():
        print(col, info)
