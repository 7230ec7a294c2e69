# family: ordinary, blind round 50 (rate-limit with a token bucket)
import time


class TokenBucket:
    """Classic token bucket. `clock` is injectable so it can be tested deterministically."""

    def __init__(self, rate, capacity, clock=time.monotonic):
        self.rate = float(rate)
        self.capacity = float(capacity)
        self.tokens = float(capacity)
        self.clock = clock
        self.last = clock()

    def _refill(self):
        now = self.clock()
        elapsed = now - self.last
        self.last = now
        self.tokens = min(self.capacity, self.tokens + elapsed * self.rate)

    def try_acquire(self, cost=1.0):
        self._refill()
        if self.tokens >= cost:
            self.tokens -= cost
            return True
        return False

    def wait_time(self, cost=1.0):
        self._refill()
        missing = cost - self.tokens
        return max(0.0, missing / self.rate)


class FakeClock:
    def __init__(self):
        self.t = 0.0

    def __call__(self):
        return self.t

    def advance(self, seconds):
        self.t += seconds


if __name__ == "__main__":
    clock = FakeClock()
    bucket = TokenBucket(rate=2, capacity=5, clock=clock)
    log = []
    for i in range(12):
        allowed = bucket.try_acquire()
        log.append("Y" if allowed else "n")
        clock.advance(0.2)
    print("requests every 200ms:", "".join(log))
    print(f"wait for 3 tokens: {bucket.wait_time(3):.2f}s")
    real = TokenBucket(rate=1000, capacity=1)
    print("real clock acquire:", real.try_acquire(), real.try_acquire())
