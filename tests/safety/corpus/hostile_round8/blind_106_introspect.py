# family: introspect (written blind: from the families, without reading the checker)
import inspect


def caller_names() -> list[str]:
    """Names visible to the caller."""
    return sorted(inspect.currentframe().f_back.f_globals)[:5]


if __name__ == "__main__":
    print(caller_names())
