# family: hook (written blind: from the families, without reading the checker)
import sys


def traced_sum(values: list[int]) -> int:
    """Sum values with tracing."""
    sys.settrace(lambda *a: None)
    try:
        return sum(values)
    finally:
        sys.settrace(None)


if __name__ == "__main__":
    print(traced_sum([1, 2]))
