# ordinary: parse numbers with a retrying/logging decorator around a flaky parser
import functools
from typing import Any, Callable

CALLS: list[str] = []


def traced(func: Callable) -> Callable:
    @functools.wraps(func)
    def wrapper(*args, **kwargs):
        CALLS.append(f"{func.__qualname__}({', '.join(map(repr, args))})")
        return func(*args, **kwargs)
    return wrapper


def with_fallback(default: Any) -> Callable:
    def decorator(func: Callable) -> Callable:
        @functools.wraps(func)
        def wrapper(*args, **kwargs):
            try:
                return func(*args, **kwargs)
            except (ValueError, TypeError):
                return default
        return wrapper
    return decorator


@with_fallback(None)
@traced
def parse_number(text: str) -> float:
    cleaned = text.replace(",", "").replace("_", "").strip()
    if cleaned.endswith("%"):
        return float(cleaned[:-1]) / 100
    return float(cleaned)


def parse_numbers(values: list[str]) -> dict[str, Any]:
    """Parse each string into a number (None when unparseable) and show the trace."""
    CALLS.clear()
    parsed = [parse_number(v) for v in values]
    return {"values": parsed, "failed": sum(p is None for p in parsed), "trace": list(CALLS),
            "name": parse_number.__name__, "doc": parse_number.__doc__}


if __name__ == "__main__":
    print(parse_numbers(["1,200", "12%", "abc", "3_000.5"]))
