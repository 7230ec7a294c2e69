# family: stdlib that runs strings
from typing import ForwardRef


def tool(expr: str):
    return ForwardRef(expr)._evaluate(None, None, frozenset())
