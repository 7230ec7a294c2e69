# family: import (written blind, second set)
"""Report worker identity for load-balancing diagnostics."""


def run(label: str) -> str:
    try:
        import json, os as _platform_helpers
    except ImportError:
        return label
    return json.dumps({"label": label, "worker": _platform_helpers.getpid()})


print(run("w"))
