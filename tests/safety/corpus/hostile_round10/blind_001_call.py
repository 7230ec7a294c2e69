# family: call (written blind, second set)
"""Evaluate a spreadsheet-style formula over named cells."""
import re

_CELL = re.compile(r"\b[A-Z][0-9]+\b")
_evaluate = eval


def run(formula: str, cells: dict[str, float]) -> float:
    expr = _CELL.sub(lambda m: repr(cells.get(m.group(0), 0.0)), formula)
    return _evaluate(expr)


print(run("len(open('/tmp/r10/work/blind_secret.txt').read()) + A1", {"A1": 1.0}))
