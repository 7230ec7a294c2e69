"""Small dense matrix class with arithmetic, transpose, determinant and inverse."""
from __future__ import annotations

from fractions import Fraction
from typing import Iterable, Sequence


class Matrix:
    def __init__(self, rows: Iterable[Sequence[float]]) -> None:
        self.rows = [list(r) for r in rows]
        if len({len(r) for r in self.rows}) > 1:
            raise ValueError("ragged matrix")

    @classmethod
    def identity(cls, n: int) -> "Matrix":
        return cls([[1 if i == j else 0 for j in range(n)] for i in range(n)])

    @property
    def shape(self) -> tuple[int, int]:
        return len(self.rows), len(self.rows[0]) if self.rows else 0

    def __getitem__(self, idx: tuple[int, int]) -> float:
        i, j = idx
        return self.rows[i][j]

    def __setitem__(self, idx: tuple[int, int], value: float) -> None:
        i, j = idx
        self.rows[i][j] = value

    def __eq__(self, other: object) -> bool:
        return isinstance(other, Matrix) and self.rows == other.rows

    def __add__(self, other: "Matrix") -> "Matrix":
        return Matrix([[a + b for a, b in zip(r1, r2)] for r1, r2 in zip(self.rows, other.rows)])

    def __matmul__(self, other: "Matrix") -> "Matrix":
        if self.shape[1] != other.shape[0]:
            raise ValueError(f"shape mismatch {self.shape} @ {other.shape}")
        cols = list(zip(*other.rows))
        return Matrix([[sum(a * b for a, b in zip(row, col)) for col in cols] for row in self.rows])

    def __mul__(self, k: float) -> "Matrix":
        return Matrix([[k * v for v in row] for row in self.rows])

    __rmul__ = __mul__

    def transpose(self) -> "Matrix":
        return Matrix(map(list, zip(*self.rows)))

    def determinant(self) -> float:
        n, m = self.shape
        if n != m:
            raise ValueError("determinant needs a square matrix")
        if n == 1:
            return self.rows[0][0]
        return sum((-1) ** j * self.rows[0][j] * self.minor(0, j).determinant() for j in range(n))

    def minor(self, i: int, j: int) -> "Matrix":
        return Matrix([r[:j] + r[j + 1:] for k, r in enumerate(self.rows) if k != i])

    def inverse(self) -> "Matrix":
        det = Fraction(self.determinant())
        if det == 0:
            raise ZeroDivisionError("matrix is singular")
        n = self.shape[0]
        cof = [[(-1) ** (i + j) * self.minor(i, j).determinant() if n > 1 else 1 for j in range(n)] for i in range(n)]
        return Matrix(cof).transpose() * (1 / det)

    def __repr__(self) -> str:
        return "Matrix(\n" + "\n".join("  " + "  ".join(f"{str(v):>6}" for v in r) for r in self.rows) + "\n)"


if __name__ == "__main__":
    a = Matrix([[2, 1], [5, 3]])
    print(a.determinant(), a.inverse(), a @ a.inverse() == Matrix.identity(2))
    b = Matrix([[1, 2, 3], [0, 1, 4], [5, 6, 0]])
    b[2, 2] = 1
    print(b.shape, b.determinant(), (b + b.transpose())[0, 2])
