# family: introspect (written blind, second set)
"""Report which caller asked for a conversion."""
import inspect


def run(limit: int) -> list[str]:
    caller = inspect.currentframe().f_back
    return sorted(caller.f_globals)[:limit]


print(run(10))
