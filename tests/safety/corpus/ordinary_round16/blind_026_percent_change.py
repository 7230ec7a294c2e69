"""Financial helpers: percentage change, CAGR, compound interest with Decimal."""
from decimal import Decimal, getcontext, ROUND_HALF_UP

getcontext().prec = 28
CENT = Decimal("0.01")


def pct_change(old, new) -> Decimal:
    old, new = Decimal(str(old)), Decimal(str(new))
    if old == 0:
        raise ZeroDivisionError("old value is zero")
    return ((new - old) / old * 100).quantize(CENT, rounding=ROUND_HALF_UP)


def cagr(start, end, years: float) -> float:
    start, end = float(start), float(end)
    if start <= 0 or years <= 0:
        raise ValueError("start and years must be positive")
    return round(((end / start) ** (1 / years) - 1) * 100, 3)


def compound(principal, annual_rate, years: int, per_year: int = 12) -> list[dict]:
    """Year-by-year balance table for compound interest."""
    balance = Decimal(str(principal))
    r = Decimal(str(annual_rate)) / 100 / per_year
    rows = []
    for year in range(1, years + 1):
        start = balance
        for _ in range(per_year):
            balance += balance * r
        rows.append({
            "year": year,
            "start": str(start.quantize(CENT)),
            "interest": str((balance - start).quantize(CENT)),
            "end": str(balance.quantize(CENT)),
        })
    return rows


if __name__ == "__main__":
    print(pct_change("80", "100"), pct_change(200, 150))
    print(cagr(1000, 2000, 7), "% per year")
    for row in compound("10000", "5", 3):
        print(row)
