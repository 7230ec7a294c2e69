"""Progressive income tax calculation from a bracket table."""
from bisect import bisect_right
from dataclasses import dataclass, field

# (lower bound of band, marginal rate)
DEFAULT_BRACKETS = [(0, 0.0), (12_570, 0.20), (50_270, 0.40), (125_140, 0.45)]


@dataclass(order=True)
class Band:
    lower: float
    rate: float
    upper: float = field(default=float("inf"), compare=False)

    def taxable(self, income: float) -> float:
        return max(0.0, min(income, self.upper) - self.lower)


class TaxTable:
    def __init__(self, brackets: list[tuple[float, float]]) -> None:
        bands = sorted(Band(lo, rate) for lo, rate in brackets)
        for cur, nxt in zip(bands, bands[1:]):
            cur.upper = nxt.lower
        self.bands = bands
        self._lowers = [b.lower for b in bands]

    def marginal_rate(self, income: float) -> float:
        idx = bisect_right(self._lowers, income) - 1
        return self.bands[max(idx, 0)].rate

    def breakdown(self, income: float) -> list[dict]:
        rows = []
        for b in self.bands:
            amount = b.taxable(income)
            if amount > 0:
                rows.append({"band": f"{b.lower:,.0f}+", "rate": f"{b.rate:.0%}", "taxable": round(amount, 2),
                             "tax": round(amount * b.rate, 2)})
        return rows


def income_tax(income: float, brackets: list[tuple[float, float]] | None = None) -> dict:
    if income < 0:
        raise ValueError("income cannot be negative")
    table = TaxTable(brackets or DEFAULT_BRACKETS)
    rows = table.breakdown(income)
    total = round(sum(r["tax"] for r in rows), 2)
    return {
        "income": income,
        "tax": total,
        "net": round(income - total, 2),
        "effective_rate": f"{(total / income if income else 0):.2%}",
        "marginal_rate": f"{table.marginal_rate(income):.0%}",
        "breakdown": rows,
    }


if __name__ == "__main__":
    print(income_tax(72_000))
