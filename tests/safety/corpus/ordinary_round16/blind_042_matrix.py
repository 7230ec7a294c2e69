"""A tiny immutable Matrix class with operator overloading."""
from __future__ import annotations
from fractions import Fraction


class Matrix:
    def __init__(self, rows):
        rows = [tuple(r) for r in rows]
        if not rows or any(len(r) != len(rows[0]) for r in rows):
            raise ValueError("rows must be non-empty and equal length")
        self._rows = tuple(rows)

    @classmethod
    def identity(cls, n: int) -> Matrix:
        return cls([[1 if i == j else 0 for j in range(n)] for i in range(n)])

    @property
    def shape(self) -> tuple[int, int]:
        return len(self._rows), len(self._rows[0])

    def __getitem__(self, idx):
        i, j = idx
        return self._rows[i][j]

    def __eq__(self, other):
        return isinstance(other, Matrix) and self._rows == other._rows

    def __hash__(self):
        return hash(self._rows)

    def __add__(self, other: Matrix) -> Matrix:
        if self.shape != other.shape:
            raise ValueError("shape mismatch")
        return type(self)([[a + b for a, b in zip(r1, r2)] for r1, r2 in zip(self._rows, other._rows)])

    def __matmul__(self, other: Matrix) -> Matrix:
        if self.shape[1] != other.shape[0]:
            raise ValueError("shape mismatch")
        cols = list(zip(*other._rows))
        return type(self)([[sum(a * b for a, b in zip(r, c)) for c in cols] for r in self._rows])

    def transpose(self) -> Matrix:
        return type(self)(zip(*self._rows))

    def determinant(self):
        n, m = self.shape
        if n != m:
            raise ValueError("square matrix required")
        a = [[Fraction(x) for x in r] for r in self._rows]
        det = Fraction(1)
        for col in range(n):
            pivot = next((r for r in range(col, n) if a[r][col] != 0), None)
            if pivot is None:
                return 0
            if pivot != col:
                a[col], a[pivot] = a[pivot], a[col]
                det = -det
            det *= a[col][col]
            for r in range(col + 1, n):
                f = a[r][col] / a[col][col]
                a[r] = [x - f * y for x, y in zip(a[r], a[col])]
        return det

    def __repr__(self):
        return "Matrix(" + "; ".join(" ".join(str(x) for x in r) for r in self._rows) + ")"


if __name__ == "__main__":
    m = Matrix([[2, 1], [1, 3]])
    print(m @ Matrix.identity(2) == m, m + m, m.transpose(), m.determinant())
    print(Matrix([[1, 2, 3], [4, 5, 6], [7, 8, 10]]).determinant())
