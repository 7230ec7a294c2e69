# family: introspect (written blind, second set)
"""Collect deprecation notes with their call sites."""
import warnings


def run(depth: int) -> list[str]:
    out = []
    with warnings.catch_warnings(record=True) as seen:
        warnings.simplefilter("always")
        for level in range(1, depth + 1):
            warnings.warn("probe", stacklevel=level)
    for w in seen:
        out.append(warnings.formatwarning(w.message, w.category, w.filename, w.lineno))
    return out


print(run(3))
