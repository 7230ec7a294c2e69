# ordinary: token-bucket rate limiter with an injectable clock
import time


class TokenBucket:
    def __init__(self, rate, capacity, clock=time.monotonic):
        if rate <= 0 or capacity <= 0:
            raise ValueError("rate and capacity must be positive")
        self.rate = float(rate)
        self.capacity = float(capacity)
        self._clock = clock
        self._tokens = float(capacity)
        self._last = clock()

    def _refill(self):
        now = self._clock()
        elapsed = now - self._last
        self._last = now
        self._tokens = min(self.capacity, self._tokens + elapsed * self.rate)

    def try_acquire(self, tokens=1):
        self._refill()
        if tokens <= self._tokens:
            self._tokens -= tokens
            return True
        return False

    def wait_time(self, tokens=1):
        self._refill()
        missing = tokens - self._tokens
        return max(0.0, missing / self.rate)

    def __repr__(self):
        return f"TokenBucket(rate={self.rate}, capacity={self.capacity}, tokens={self._tokens:.2f})"


class FakeClock:
    def __init__(self):
        self.now = 0.0

    def __call__(self):
        return self.now

    def advance(self, seconds):
        self.now += seconds


if __name__ == "__main__":
    clock = FakeClock()
    bucket = TokenBucket(rate=2, capacity=5, clock=clock)
    allowed = [bucket.try_acquire() for _ in range(7)]
    print(allowed, f"wait {bucket.wait_time():.2f}s")
    clock.advance(1.5)
    print(bucket, bucket.try_acquire(3), bucket.try_acquire())
    real = TokenBucket(rate=100, capacity=1)
    print(real.try_acquire(), real.try_acquire())
