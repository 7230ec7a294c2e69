"""Helpers for API evolution: deprecation warnings and renamed arguments."""
import functools
import warnings


def deprecated(reason: str, version: str | None = None):
    def decorate(func):
        message = f"{func.__name__} is deprecated"
        if version:
            message += f" since {version}"
        message += f": {reason}"

        @functools.wraps(func)
        def wrapper(*args, **kwargs):
            warnings.warn(message, DeprecationWarning, stacklevel=2)
            return func(*args, **kwargs)
        return wrapper
    return decorate


def renamed_kwargs(**renames: str):
    """Accept old keyword names, warn, and forward them under the new name."""
    def decorate(func):
        @functools.wraps(func)
        def wrapper(*args, **kwargs):
            for old, new in renames.items():
                if old in kwargs:
                    if new in kwargs:
                        raise TypeError(f"got both {old!r} and {new!r}")
                    warnings.warn(f"{old!r} was renamed to {new!r}", FutureWarning, stacklevel=2)
                    kwargs[new] = kwargs.pop(old)
            return func(*args, **kwargs)
        return wrapper
    return decorate


@deprecated("use total_price()", version="2.0")
def price_sum(items):
    return total_price(items)


@renamed_kwargs(tax="tax_rate")
def total_price(items, tax_rate: float = 0.0):
    return round(sum(items) * (1 + tax_rate), 2)


if __name__ == "__main__":
    with warnings.catch_warnings(record=True) as caught:
        warnings.simplefilter("always")
        print(price_sum([1, 2, 3]))
        print(total_price([10, 20], tax=0.2))
    for w in caught:
        print(w.category.__name__, str(w.message))
