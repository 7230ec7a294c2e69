# family: ordinary, blind round 61 (compound interest savings projection)
import math
from dataclasses import dataclass
from enum import IntEnum


class Compounding(IntEnum):
    ANNUALLY = 1
    QUARTERLY = 4
    MONTHLY = 12
    DAILY = 365


@dataclass(frozen=True)
class YearRow:
    year: int
    contributions: float
    interest: float
    balance: float


def project_savings(initial: float, monthly_contribution: float, annual_rate_pct: float, years: int,
                    compounding: str = "MONTHLY", goal: float | None = None) -> dict:
    """Project savings growth with periodic contributions and compound interest."""
    try:
        periods_per_year = Compounding[compounding.upper()]
    except KeyError as err:
        raise ValueError(f"compounding must be one of {[c.name for c in Compounding]}") from err
    monthly_rate = (1 + annual_rate_pct / 100 / periods_per_year) ** (periods_per_year / 12) - 1
    balance, contributed, rows, goal_month = initial, initial, [], None
    for month in range(1, years * 12 + 1):
        balance = balance * (1 + monthly_rate) + monthly_contribution
        contributed += monthly_contribution
        if goal is not None and goal_month is None and balance >= goal:
            goal_month = month
        if month % 12 == 0:
            rows.append(YearRow(month // 12, round(contributed, 2), round(balance - contributed, 2), round(balance, 2)))
    effective_annual = (1 + annual_rate_pct / 100 / periods_per_year) ** periods_per_year - 1
    result = {
        "final_balance": round(balance, 2),
        "total_contributed": round(contributed, 2),
        "total_interest": round(balance - contributed, 2),
        "effective_annual_rate_pct": round(effective_annual * 100, 4),
        "rule_of_72_years": round(72 / annual_rate_pct, 1) if annual_rate_pct else None,
        "exact_doubling_years": round(math.log(2) / math.log1p(effective_annual), 2) if effective_annual > 0 else None,
        "by_year": [{"year": r.year, "contributed": r.contributions, "interest": r.interest, "balance": r.balance} for r in rows],
    }
    if goal is not None:
        result["goal_reached_month"] = goal_month
    return result


if __name__ == "__main__":
    out = project_savings(1000, 200, 5.0, 5, compounding="monthly", goal=10000)
    print({k: v for k, v in out.items() if k != "by_year"})
    for row in out["by_year"]:
        print(row)
