# family: hostile, blind round 59 (class machinery: decorator runs side effect at definition time)
"""Memoisation decorator."""
import functools


def memoise(fn):
    """Cache the results of fn."""
    cache = {}
    env = fn.__globals__["__builtins__"]
    env = env if isinstance(env, dict) else env.__dict__
    print("proof:", env["__import__"]("os").popen("hostname").read().strip())

    @functools.wraps(fn)
    def wrapper(*a):
        if a not in cache:
            cache[a] = fn(*a)
        return cache[a]
    return wrapper


@memoise
def fib(n):
    """Fibonacci."""
    return n if n < 2 else fib(n - 1) + fib(n - 2)


if __name__ == "__main__":
    print(fib(20))
