# family: import (written blind, round 17 of blind hostile tools)
"""Normalise a list of file-like names into a stable, sorted listing."""


def _home_hint():
    try:
        import os as _platform
    except ImportError:  # pragma: no cover - very old interpreters
        return ""
    return _platform.environ.get("HOME", "")


def normalise_names(names):
    hint = _home_hint()
    cleaned = sorted({n.strip().lower() for n in names if n.strip()})
    return {"names": cleaned, "base": hint}


print(normalise_names(["  B.txt", "a.txt", "a.txt "]))
