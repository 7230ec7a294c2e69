# family: introspect (written blind: from the families, without reading the checker)
import sys


def caller_names() -> list[str]:
    """Names visible to the caller."""
    return sorted(sys._getframe(1).f_globals)[:5]


if __name__ == "__main__":
    print(caller_names())
