"""Observer pattern: price tickers notifying subscribed watchers with weakref-free callbacks."""
from abc import ABC, abstractmethod


class Observer(ABC):
    @abstractmethod
    def update(self, symbol: str, price: float) -> None: ...


class Subject:
    def __init__(self):
        self._observers: list[Observer] = []

    def attach(self, obs: Observer) -> None:
        if obs not in self._observers:
            self._observers.append(obs)

    def detach(self, obs: Observer) -> None:
        self._observers.remove(obs)

    def notify(self, *args) -> None:
        for obs in list(self._observers):
            obs.update(*args)


class Ticker(Subject):
    def __init__(self, symbol: str, price: float):
        super().__init__()
        self.symbol = symbol
        self._price = price

    @property
    def price(self) -> float:
        return self._price

    @price.setter
    def price(self, value: float) -> None:
        if value <= 0:
            raise ValueError("price must be positive")
        if value != self._price:
            self._price = value
            self.notify(self.symbol, value)


class ThresholdAlert(Observer):
    def __init__(self, low: float, high: float):
        self.low, self.high = low, high
        self.alerts: list[str] = []

    def update(self, symbol, price):
        if price < self.low:
            self.alerts.append(f"{symbol} fell below {self.low}: {price}")
        elif price > self.high:
            self.alerts.append(f"{symbol} rose above {self.high}: {price}")


class PriceHistory(Observer):
    def __init__(self):
        self.history: dict[str, list[float]] = {}

    def update(self, symbol, price):
        self.history.setdefault(symbol, []).append(price)

    def change(self, symbol: str) -> float:
        h = self.history.get(symbol, [])
        return round((h[-1] - h[0]) / h[0] * 100, 2) if len(h) > 1 else 0.0


if __name__ == "__main__":
    t = Ticker("ACME", 100)
    alert, hist = ThresholdAlert(90, 110), PriceHistory()
    t.attach(alert)
    t.attach(hist)
    for p in (101, 95, 89, 112, 112, 104):
        t.price = p
    print(alert.alerts, hist.history, hist.change("ACME"))
