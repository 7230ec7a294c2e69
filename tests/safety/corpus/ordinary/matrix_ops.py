from typing import List

Matrix = List[List[float]]


def shape(m: Matrix) -> tuple[int, int]:
    if not m or any(len(row) != len(m[0]) for row in m):
        raise ValueError("matrix must be non-empty and rectangular")
    return len(m), len(m[0])


def transpose(m: Matrix) -> Matrix:
    shape(m)
    return [list(col) for col in zip(*m)]


def multiply(a: Matrix, b: Matrix) -> Matrix:
    rows_a, cols_a = shape(a)
    rows_b, cols_b = shape(b)
    if cols_a != rows_b:
        raise ValueError(f"cannot multiply {rows_a}x{cols_a} by {rows_b}x{cols_b}")
    bt = transpose(b)
    return [[sum(x * y for x, y in zip(row, col)) for col in bt] for row in a]


def determinant(m: Matrix) -> float:
    n, cols = shape(m)
    if n != cols:
        raise ValueError("determinant needs a square matrix")
    if n == 1:
        return m[0][0]
    if n == 2:
        return m[0][0] * m[1][1] - m[0][1] * m[1][0]
    total = 0.0
    for j in range(n):
        minor = [row[:j] + row[j + 1:] for row in m[1:]]
        total += (-1) ** j * m[0][j] * determinant(minor)
    return total


def identity(n: int) -> Matrix:
    return [[1.0 if i == j else 0.0 for j in range(n)] for i in range(n)]
