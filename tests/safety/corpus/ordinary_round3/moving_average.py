# ordinary: streaming statistics: simple and exponential moving averages, running variance
from collections import deque


class SimpleMovingAverage:
    def __init__(self, window):
        if window < 1:
            raise ValueError("window must be >= 1")
        self.window = window
        self._values = deque(maxlen=window)
        self._sum = 0.0

    def __call__(self, value):
        if len(self._values) == self.window:
            self._sum -= self._values[0]
        self._values.append(value)
        self._sum += value
        return self._sum / len(self._values)


class ExponentialMovingAverage:
    def __init__(self, alpha):
        if not 0 < alpha <= 1:
            raise ValueError("alpha must be in (0, 1]")
        self.alpha = alpha
        self.value = None

    def __call__(self, x):
        self.value = x if self.value is None else self.alpha * x + (1 - self.alpha) * self.value
        return self.value


class RunningStats:
    """Welford's algorithm: mean and variance in one pass."""

    def __init__(self):
        self.n, self._mean, self._m2 = 0, 0.0, 0.0

    def push(self, x):
        self.n += 1
        delta = x - self._mean
        self._mean += delta / self.n
        self._m2 += delta * (x - self._mean)

    @property
    def mean(self):
        return self._mean

    @property
    def variance(self):
        return self._m2 / (self.n - 1) if self.n > 1 else 0.0


if __name__ == "__main__":
    prices = [10, 11, 12, 13, 12, 11, 15, 18, 17, 16]
    sma, ema, stats = SimpleMovingAverage(3), ExponentialMovingAverage(0.5), RunningStats()
    for p in prices:
        stats.push(p)
        print(f"{p:>4} sma3={sma(p):6.2f} ema={ema(p):6.2f}")
    print(f"mean={stats.mean:.3f} var={stats.variance:.3f}")
