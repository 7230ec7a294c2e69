# ordinary: sales report object with cached_property aggregates and property setter validation
from collections import defaultdict
from dataclasses import dataclass
from functools import cached_property
from operator import attrgetter, itemgetter
from statistics import mean


@dataclass(frozen=True)
class Sale:
    rep: str
    region: str
    amount: float


class SalesReport:
    def __init__(self, sales: list[Sale], target: float = 10_000.0):
        self.sales = list(sales)
        self.target = target

    @property
    def target(self) -> float:
        return self._target

    @target.setter
    def target(self, value: float) -> None:
        if value <= 0:
            raise ValueError("target must be positive")
        self._target = float(value)

    @cached_property
    def total(self) -> float:
        return sum(map(attrgetter("amount"), self.sales))

    @cached_property
    def by_rep(self) -> dict[str, float]:
        totals: dict[str, float] = defaultdict(float)
        for s in self.sales:
            totals[s.rep] += s.amount
        return dict(sorted(totals.items(), key=itemgetter(1), reverse=True))

    @cached_property
    def by_region(self) -> dict[str, float]:
        totals: dict[str, float] = defaultdict(float)
        for s in self.sales:
            totals[s.region] += s.amount
        return dict(totals)

    @property
    def attainment(self) -> float:
        return self.total / self.target

    def render(self) -> str:
        lines = [f"Total: {self.total:,.2f} ({self.attainment:.1%} of {self.target:,.0f} target)"]
        lines += [f"  {rep:<8} {amt:>10,.2f}" for rep, amt in self.by_rep.items()]
        best_region = max(self.by_region.items(), key=itemgetter(1))
        lines.append(f"Best region: {best_region[0]}; average sale {mean(s.amount for s in self.sales):,.2f}")
        biggest = max(self.sales, key=attrgetter("amount"))
        lines.append(f"Largest sale: {biggest.rep} in {biggest.region} for {biggest.amount:,.2f}")
        return "\n".join(lines)


if __name__ == "__main__":
    data = [Sale("ana", "north", 2300), Sale("ben", "south", 1800.5), Sale("ana", "south", 4200),
            Sale("cy", "north", 950), Sale("ben", "north", 3100)]
    report = SalesReport(data, target=15_000)
    print(report.render())
    report.target = 10_000
    print(f"{report.attainment:.0%}")
