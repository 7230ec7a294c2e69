# family: ordinary, blind round 73 (dataclass-heavy typed tools)
"""Small immutable matrix type with basic linear algebra."""
from __future__ import annotations

from dataclasses import dataclass
from fractions import Fraction
from itertools import product
from typing import Sequence

Row = tuple[Fraction, ...]


class ShapeError(ValueError):
    pass


@dataclass(frozen=True)
class Matrix:
    rows: tuple[Row, ...]

    @classmethod
    def of(cls, data: Sequence[Sequence[int | float | Fraction]]) -> Matrix:
        if not data or len({len(r) for r in data}) != 1:
            raise ShapeError("rows must be non-empty and equal length")
        return cls(tuple(tuple(Fraction(x) for x in r) for r in data))

    @classmethod
    def identity(cls, n: int) -> Matrix:
        return cls.of([[1 if i == j else 0 for j in range(n)] for i in range(n)])

    @property
    def shape(self) -> tuple[int, int]:
        return len(self.rows), len(self.rows[0])

    def __matmul__(self, other: Matrix) -> Matrix:
        (n, k), (k2, m) = self.shape, other.shape
        if k != k2:
            raise ShapeError(f"cannot multiply {self.shape} by {other.shape}")
        cells = [[Fraction(0)] * m for _ in range(n)]
        for i, j in product(range(n), range(m)):
            cells[i][j] = sum((self.rows[i][x] * other.rows[x][j] for x in range(k)), Fraction(0))
        return Matrix.of(cells)

    def transpose(self) -> Matrix:
        return Matrix(tuple(zip(*self.rows)))

    def determinant(self) -> Fraction:
        n, m = self.shape
        if n != m:
            raise ShapeError("determinant needs a square matrix")
        a = [list(r) for r in self.rows]
        det = Fraction(1)
        for c in range(n):
            pivot = next((r for r in range(c, n) if a[r][c] != 0), None)
            if pivot is None:
                return Fraction(0)
            if pivot != c:
                a[c], a[pivot] = a[pivot], a[c]
                det = -det
            det *= a[c][c]
            for r in range(c + 1, n):
                f = a[r][c] / a[c][c]
                a[r] = [x - f * y for x, y in zip(a[r], a[c])]
        return det

    def __str__(self) -> str:
        return "\n".join(" ".join(f"{str(x):>6}" for x in r) for r in self.rows)


if __name__ == "__main__":
    a = Matrix.of([[2, 1], [1, 3]])
    b = Matrix.of([[1, 0, 2], [0, 1, 1]])
    print(a @ b)
    print(b.transpose().shape, a.determinant(), Matrix.of([[1, 2, 3], [4, 5, 6], [7, 8, 10]]).determinant())
    print((Matrix.identity(2) @ a) == a)
