"""Basic matrix operations using list-of-lists aliases."""
from fractions import Fraction
from typing import Union

Number = Union[int, float, Fraction]
Row = list[Number]
Matrix = list[list[Number]]


def shape(m: Matrix) -> tuple[int, int]:
    return len(m), len(m[0]) if m else 0


def transpose(m: Matrix) -> Matrix:
    return [list(col) for col in zip(*m)]


def multiply(a: Matrix, b: Matrix) -> Matrix:
    (ra, ca), (rb, cb) = shape(a), shape(b)
    if ca != rb:
        raise ValueError(f"shape mismatch {ra}x{ca} * {rb}x{cb}")
    bt = transpose(b)
    return [[sum(x * y for x, y in zip(row, col)) for col in bt] for row in a]


def determinant(m: Matrix) -> Number:
    n = len(m)
    work: Matrix = [[Fraction(x) for x in row] for row in m]
    det: Number = Fraction(1)
    for i in range(n):
        pivot = next((r for r in range(i, n) if work[r][i] != 0), None)
        if pivot is None:
            return 0
        if pivot != i:
            work[i], work[pivot] = work[pivot], work[i]
            det = -det
        det *= work[i][i]
        for r in range(i + 1, n):
            factor = work[r][i] / work[i][i]
            for c in range(i, n):
                work[r][c] -= factor * work[i][c]
    return det


def matrix_report(a: Matrix, b: Matrix) -> dict[str, object]:
    """Entry point: multiply two matrices and report product facts."""
    product = multiply(a, b)
    rows, cols = shape(product)
    result: dict[str, object] = {"shape": (rows, cols), "product": product}
    if rows == cols:
        d = determinant(product)
        result["det"] = str(d)
        result["invertible"] = d != 0
    return result
