"""Ordinary least-squares fit with goodness-of-fit and predictions."""
import math
import statistics
from typing import NamedTuple, Sequence


class Fit(NamedTuple):
    slope: float
    intercept: float
    r: float
    r_squared: float
    stderr: float

    def predict(self, x: float) -> float:
        return self.slope * x + self.intercept

    def equation(self) -> str:
        sign = "+" if self.intercept >= 0 else "-"
        return f"y = {self.slope:.4g}x {sign} {abs(self.intercept):.4g}"


def fit_line(xs: Sequence[float], ys: Sequence[float]) -> Fit:
    if len(xs) != len(ys) or len(xs) < 3:
        raise ValueError("need at least three (x, y) pairs of equal length")
    slope, intercept = statistics.linear_regression(xs, ys)
    r = statistics.correlation(xs, ys)
    residuals = [y - (slope * x + intercept) for x, y in zip(xs, ys)]
    sse = sum(e * e for e in residuals)
    stderr = math.sqrt(sse / (len(xs) - 2))
    return Fit(slope, intercept, r, r * r, stderr)


def regression(points: list[tuple[float, float]], predict_at: list[float] | None = None) -> dict:
    xs, ys = zip(*points)
    fit = fit_line(xs, ys)
    strength = ("very strong" if abs(fit.r) > 0.9 else "strong" if abs(fit.r) > 0.7
                else "moderate" if abs(fit.r) > 0.4 else "weak")
    return {
        "equation": fit.equation(),
        "r": round(fit.r, 4),
        "r_squared": round(fit.r_squared, 4),
        "std_error": round(fit.stderr, 4),
        "strength": strength,
        "predictions": {x: round(fit.predict(x), 3) for x in (predict_at or [])},
    }


if __name__ == "__main__":
    data = [(1, 2.1), (2, 3.9), (3, 6.2), (4, 7.8), (5, 10.1), (6, 12.2)]
    print(regression(data, predict_at=[7, 10]))
