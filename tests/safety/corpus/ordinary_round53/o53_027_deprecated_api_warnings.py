# family: ordinary, blind round 53 (DeprecationWarning with stacklevel and self-test)
import functools
import warnings


def deprecated(reason, *, since=None):
    def decorator(func):
        msg = f"{func.__qualname__} is deprecated"
        if since:
            msg += f" since {since}"
        msg += f": {reason}"

        @functools.wraps(func)
        def wrapper(*args, **kwargs):
            warnings.warn(msg, DeprecationWarning, stacklevel=2)
            return func(*args, **kwargs)

        return wrapper

    return decorator


class TemperatureLog:
    def __init__(self):
        self.readings = []

    def record(self, celsius: float) -> None:
        self.readings.append(celsius)

    @deprecated("use record() with celsius instead", since="2.0")
    def add_fahrenheit(self, f: float) -> None:
        self.record((f - 32) * 5 / 9)

    def average(self, unit="C"):
        if unit not in ("C", "c"):
            warnings.warn("unit argument is ignored and will be removed", DeprecationWarning, stacklevel=2)
        return sum(self.readings) / len(self.readings)


def _self_test():
    log = TemperatureLog()
    with warnings.catch_warnings(record=True) as caught:
        warnings.simplefilter("always")
        log.record(20.0)
        log.add_fahrenheit(212)
        log.average(unit="F")
    assert len(caught) == 2, caught
    assert all(issubclass(w.category, DeprecationWarning) for w in caught)
    assert "since 2.0" in str(caught[0].message)
    # stacklevel=2 blames this file's caller line, not the warnings.warn line
    assert caught[0].lineno != caught[1].lineno
    return log, caught


if __name__ == "__main__":
    log, caught = _self_test()
    for w in caught:
        print(f"{w.category.__name__} line {w.lineno}: {w.message}")
    print("average:", round(log.average(), 2))
    print("self-test passed")
