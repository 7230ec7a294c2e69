"""Summarise the numeric and categorical columns of CSV text."""
import csv
import io
import statistics
from collections import Counter
from dataclasses import dataclass, field


@dataclass
class ColumnSummary:
    name: str
    values: list[str] = field(default_factory=list)

    @property
    def numeric(self) -> list[float]:
        out = []
        for v in self.values:
            try:
                out.append(float(v.replace(",", "")))
            except ValueError:
                pass
        return out

    def is_numeric(self) -> bool:
        non_empty = [v for v in self.values if v.strip()]
        return bool(non_empty) and len(self.numeric) == len(non_empty)

    def to_dict(self) -> dict:
        if self.is_numeric():
            nums = self.numeric
            return {
                "type": "numeric",
                "count": len(nums),
                "min": min(nums),
                "max": max(nums),
                "mean": round(statistics.fmean(nums), 3),
                "stdev": round(statistics.stdev(nums), 3) if len(nums) > 1 else 0.0,
            }
        counter = Counter(v for v in self.values if v.strip())
        return {
            "type": "categorical",
            "count": sum(counter.values()),
            "distinct": len(counter),
            "most_common": counter.most_common(3),
            "missing": sum(1 for v in self.values if not v.strip()),
        }


def summarize_csv(csv_text: str, delimiter: str = ",") -> dict:
    reader = csv.DictReader(io.StringIO(csv_text), delimiter=delimiter)
    columns: dict[str, ColumnSummary] = {}
    rows = 0
    for row in reader:
        rows += 1
        for key, value in row.items():
            columns.setdefault(key, ColumnSummary(key)).values.append(value or "")
    return {"rows": rows, "columns": {name: col.to_dict() for name, col in columns.items()}}


if __name__ == "__main__":
    data = "name,age,city\nAnn,34,Paris\nBob,29,Rome\nCy,41,Paris\nDee,,Oslo\n"
    print(summarize_csv(data))
