"""Compound interest and savings-goal calculators."""
import math


def future_value(principal: float, annual_rate: float, years: float, periods_per_year: int = 12,
                 contribution: float = 0.0) -> float:
    """Future value with periodic compounding and end-of-period contributions."""
    r = annual_rate / periods_per_year
    n = int(round(years * periods_per_year))
    if r == 0:
        return round(principal + contribution * n, 2)
    growth = (1 + r) ** n
    return round(principal * growth + contribution * (growth - 1) / r, 2)


def continuous_value(principal: float, annual_rate: float, years: float) -> float:
    """Continuously compounded value: P * e^(rt)."""
    return round(principal * math.exp(annual_rate * years), 2)


def years_to_double(annual_rate: float) -> tuple[float, float]:
    """Exact doubling time vs the rule-of-72 estimate."""
    exact = math.log(2) / math.log(1 + annual_rate)
    return round(exact, 2), round(72 / (annual_rate * 100), 2)


def contribution_for_goal(goal: float, annual_rate: float, years: float, periods_per_year: int = 12,
                          principal: float = 0.0) -> float:
    """Periodic contribution needed to reach ``goal``."""
    r = annual_rate / periods_per_year
    n = int(round(years * periods_per_year))
    growth = (1 + r) ** n
    remaining = goal - principal * growth
    if remaining <= 0:
        return 0.0
    return round(remaining * r / (growth - 1), 2) if r else round(remaining / n, 2)


def growth_table(principal: float, annual_rate: float, years: int) -> list[tuple[int, float]]:
    return [(y, future_value(principal, annual_rate, y)) for y in range(years + 1)]


if __name__ == "__main__":
    print(future_value(1000, 0.05, 10))
    print(future_value(0, 0.07, 30, contribution=200))
    print(continuous_value(1000, 0.05, 10))
    print(years_to_double(0.06))
    print(contribution_for_goal(50_000, 0.04, 5, principal=5000))
    for year, value in growth_table(2500, 0.08, 5):
        print(year, f"{value:,.2f}")
