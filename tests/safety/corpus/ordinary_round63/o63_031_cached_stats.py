# family: ordinary, blind round 63 (dataset summary with cached_property)
import statistics
from dataclasses import dataclass, field
from functools import cached_property


@dataclass
class Sample:
    name: str
    values: tuple
    computations: list = field(default_factory=list, repr=False, compare=False)

    def __post_init__(self):
        if not self.values:
            raise ValueError("sample must contain at least one value")
        self.values = tuple(sorted(self.values))

    @classmethod
    def parse(cls, name, text, sep=","):
        return cls(name, tuple(float(v) for v in text.split(sep) if v.strip()))

    @cached_property
    def mean(self):
        self.computations.append("mean")
        return statistics.fmean(self.values)

    @cached_property
    def stdev(self):
        self.computations.append("stdev")
        return statistics.stdev(self.values) if len(self.values) > 1 else 0.0

    @cached_property
    def quartiles(self):
        self.computations.append("quartiles")
        return tuple(statistics.quantiles(self.values, n=4))

    def outliers(self, k=1.5):
        q1, _, q3 = self.quartiles
        iqr = q3 - q1
        return [v for v in self.values if v < q1 - k * iqr or v > q3 + k * iqr]

    def zscores(self):
        return [round((v - self.mean) / self.stdev, 2) for v in self.values]

    def __str__(self):
        return f"{self.name}: n={len(self.values)} mean={self.mean:.2f} sd={self.stdev:.2f}"


if __name__ == "__main__":
    s = Sample.parse("latency_ms", "12, 15, 11, 14, 13, 95, 12, 16, 14")
    print(s)
    print("quartiles:", s.quartiles, "outliers:", s.outliers())
    print("z:", s.zscores())
    print("computed once each:", s.computations)
    try:
        Sample("empty", ())
    except ValueError as exc:
        print("error:", exc)
