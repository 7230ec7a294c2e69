# ordinary: compound interest, savings goal and rule-of-72 calculations with formatted tables
import math

COMPOUNDING = {"annually": 1, "quarterly": 4, "monthly": 12, "daily": 365}


def future_value(principal: float, rate: float, years: float, periods: int = 12, contribution: float = 0.0) -> float:
    """Future value with periodic compounding and end-of-period contributions."""
    r = rate / periods
    n = periods * years
    growth = (1 + r) ** n
    fv = principal * growth
    if contribution:
        fv += contribution * ((growth - 1) / r if r else n)
    return fv


def continuous(principal: float, rate: float, years: float) -> float:
    return principal * math.exp(rate * years)


def years_to_double(rate: float) -> tuple[float, float]:
    exact = math.log(2) / math.log(1 + rate)
    return exact, 72 / (rate * 100)


def months_to_goal(goal: float, monthly: float, rate: float, start: float = 0.0) -> int:
    balance, months = start, 0
    while balance < goal:
        balance = balance * (1 + rate / 12) + monthly
        months += 1
        if months > 1200:
            raise ValueError("goal not reachable within 100 years")
    return months


if __name__ == "__main__":
    print(f"{'compounding':<12}{'value after 10y':>18}")
    for name, periods in COMPOUNDING.items():
        print(f"{name:<12}{future_value(10_000, 0.05, 10, periods):>18,.2f}")
    print(f"{'continuous':<12}{continuous(10_000, 0.05, 10):>18,.2f}")
    exact, rule = years_to_double(0.07)
    print(f"Doubling at 7%: {exact:.2f} years (rule of 72 says {rule:.2f})")
    m = months_to_goal(50_000, 500, 0.06)
    print(f"Saving $500/mo at 6% reaches $50k in {m // 12}y {m % 12}m")
