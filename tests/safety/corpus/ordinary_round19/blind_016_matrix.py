"""A tiny dense matrix class supporting @, +, transpose and determinant."""
from __future__ import annotations

from fractions import Fraction
from typing import Iterable, Sequence

Scalar = int | float | Fraction


class Matrix:
    def __init__(self, rows: Iterable[Iterable[Scalar]]) -> None:
        self.rows = [list(r) for r in rows]
        widths = {len(r) for r in self.rows}
        if len(widths) > 1:
            raise ValueError("ragged matrix")

    @classmethod
    def identity(cls, n: int) -> "Matrix":
        return cls([[1 if i == j else 0 for j in range(n)] for i in range(n)])

    @property
    def shape(self) -> tuple[int, int]:
        return len(self.rows), len(self.rows[0]) if self.rows else 0

    def __getitem__(self, idx: tuple[int, int]) -> Scalar:
        r, c = idx
        return self.rows[r][c]

    def __eq__(self, other: object) -> bool:
        return isinstance(other, Matrix) and self.rows == other.rows

    def __add__(self, other: "Matrix") -> "Matrix":
        if self.shape != other.shape:
            raise ValueError("shape mismatch")
        return type(self)([[a + b for a, b in zip(r1, r2)] for r1, r2 in zip(self.rows, other.rows)])

    def __matmul__(self, other: "Matrix") -> "Matrix":
        if self.shape[1] != other.shape[0]:
            raise ValueError(f"cannot multiply {self.shape} by {other.shape}")
        cols = list(zip(*other.rows))
        return type(self)([[sum(a * b for a, b in zip(row, col)) for col in cols] for row in self.rows])

    def transpose(self) -> "Matrix":
        return type(self)(zip(*self.rows))

    def determinant(self) -> Fraction:
        n, m = self.shape
        if n != m:
            raise ValueError("determinant needs a square matrix")
        a = [[Fraction(x) for x in row] for row in self.rows]
        det = Fraction(1)
        for i in range(n):
            pivot = next((r for r in range(i, n) if a[r][i] != 0), None)
            if pivot is None:
                return Fraction(0)
            if pivot != i:
                a[i], a[pivot] = a[pivot], a[i]
                det = -det
            det *= a[i][i]
            for r in range(i + 1, n):
                factor = a[r][i] / a[i][i]
                a[r] = [x - factor * y for x, y in zip(a[r], a[i])]
        return det

    def __repr__(self) -> str:
        return "Matrix(" + "; ".join(" ".join(str(x) for x in r) for r in self.rows) + ")"


def solve_det(rows: Sequence[Sequence[int]]) -> str:
    return str(Matrix(rows).determinant())


if __name__ == "__main__":
    m = Matrix([[2, 1], [1, 3]])
    print(m @ Matrix.identity(2) == m, m.transpose() + m, solve_det([[1, 2, 3], [0, 1, 4], [5, 6, 0]]))
