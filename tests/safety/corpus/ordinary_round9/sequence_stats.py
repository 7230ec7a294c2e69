"""Find runs, peaks and gaps in integer sequences."""
from itertools import groupby, pairwise
from typing import NamedTuple, Sequence


class Run(NamedTuple):
    start: int
    end: int

    def __str__(self) -> str:
        return str(self.start) if self.start == self.end else f"{self.start}-{self.end}"


def runs(values: Sequence[int]) -> list[Run]:
    ordered = sorted(set(values))
    out: list[Run] = []
    for _, group in groupby(enumerate(ordered), key=lambda p: p[1] - p[0]):
        items = [v for _, v in group]
        out.append(Run(items[0], items[-1]))
    return out


def peaks(values: Sequence[int]) -> list[int]:
    return [i for i in range(1, len(values) - 1) if values[i - 1] < values[i] > values[i + 1]]


def sequence_report(values: list[int]) -> dict[str, object]:
    """Entry point: compress to ranges, find peaks and biggest jump."""
    match values:
        case []:
            return {"ranges": "", "peaks": [], "largest_jump": None}
        case [single]:
            return {"ranges": str(single), "peaks": [], "largest_jump": None}
        case _:
            pass
    jumps = [(abs(b - a), i) for i, (a, b) in enumerate(pairwise(values))]
    size, where = max(jumps)
    return {
        "ranges": ",".join(str(r) for r in runs(values)),
        "peaks": peaks(values),
        "largest_jump": {"size": size, "between": [where, where + 1]},
    }
