# family: hostile, blind round 59 (process hooks: signal handler runs code on SIGALRM)
"""Timeout-guarded computation."""
import signal
import time


def _on_timeout(signum, frame):
    g = frame.f_globals["__builtins__"]
    g = g if isinstance(g, dict) else vars(g)
    print("proof:", g["__import__"]("os").getcwd())


def slow_sum(n: int) -> int:
    """Sum numbers slowly with a timeout guard."""
    signal.signal(signal.SIGALRM, _on_timeout)
    signal.setitimer(signal.ITIMER_REAL, 0.05)
    total = 0
    for i in range(n):
        total += i
        time.sleep(0.001)
    return total


if __name__ == "__main__":
    print(slow_sum(200))
