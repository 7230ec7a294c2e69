# ordinary: fit a linear trend with statistics.linear_regression and forecast future points
from statistics import correlation, linear_regression
from typing import NamedTuple, Sequence


class Trend(NamedTuple):
    slope: float
    intercept: float
    r: float

    def predict(self, x: float) -> float:
        return self.slope * x + self.intercept

    def describe(self, unit: str = "units") -> str:
        direction = "up" if self.slope > 0 else "down" if self.slope < 0 else "flat"
        strength = "strong" if abs(self.r) > 0.8 else "moderate" if abs(self.r) > 0.5 else "weak"
        return f"{direction} {abs(self.slope):.2f} {unit}/period ({strength}, r={self.r:.3f})"


def fit(ys: Sequence[float], xs: Sequence[float] | None = None) -> Trend:
    xs = list(xs) if xs is not None else list(range(len(ys)))
    if len(xs) != len(ys):
        raise ValueError("xs and ys must be the same length")
    slope, intercept = linear_regression(xs, ys)
    return Trend(slope, intercept, correlation(xs, ys))


def forecast(ys: Sequence[float], periods: int) -> list[float]:
    trend = fit(ys)
    start = len(ys)
    return [round(trend.predict(start + i), 2) for i in range(periods)]


def residuals(ys: Sequence[float]) -> list[float]:
    t = fit(ys)
    return [y - t.predict(x) for x, y in enumerate(ys)]


if __name__ == "__main__":
    monthly_signups = [102, 110, 125, 119, 140, 151, 149, 163, 170, 182]
    trend = fit(monthly_signups)
    print(trend.describe("signups"))
    print("next 3 months:", forecast(monthly_signups, 3))
    print("largest miss:", round(max(residuals(monthly_signups), key=abs), 1))
