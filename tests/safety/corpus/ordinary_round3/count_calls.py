# ordinary: class-based decorators that count calls and record argument history
import functools


class CountCalls:
    """Decorator that counts how often a function is called."""

    def __init__(self, func):
        functools.update_wrapper(self, func)
        self.func = func
        self.calls = 0

    def __call__(self, *args, **kwargs):
        self.calls += 1
        return self.func(*args, **kwargs)

    def __repr__(self):
        return f"<{self.__name__}: {self.calls} call(s)>"


class History:
    def __init__(self, limit=5):
        self.limit = limit

    def __call__(self, func):
        history = []

        @functools.wraps(func)
        def wrapper(*args, **kwargs):
            result = func(*args, **kwargs)
            history.append((args, kwargs, result))
            del history[:-self.limit]
            return result

        wrapper.history = history
        return wrapper


@CountCalls
def greet(name, punctuation="!"):
    """Return a greeting."""
    return f"Hello, {name}{punctuation}"


@History(limit=3)
def square(x):
    return x * x


if __name__ == "__main__":
    for who in ("Ada", "Alan", "Grace"):
        greet(who)
    print(greet("Linus", "?"), greet, greet.__doc__)
    for n in range(6):
        square(n)
    print(square.history, square.__name__)
