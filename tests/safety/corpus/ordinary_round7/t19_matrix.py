# ordinary: small matrix operations (multiply, transpose, determinant)
from fractions import Fraction
from typing import Sequence


class Matrix:
    def __init__(self, rows: Sequence[Sequence[float]]) -> None:
        if not rows or len({len(r) for r in rows}) != 1:
            raise ValueError("rows must be non-empty and equal length")
        self.rows = [[Fraction(x).limit_denominator(10**6) for x in r] for r in rows]

    @property
    def shape(self) -> tuple[int, int]:
        return len(self.rows), len(self.rows[0])

    def __matmul__(self, other: "Matrix") -> "Matrix":
        if self.shape[1] != other.shape[0]:
            raise ValueError(f"shape mismatch {self.shape} @ {other.shape}")
        cols = list(zip(*other.rows))
        return Matrix([[sum(a * b for a, b in zip(r, c)) for c in cols] for r in self.rows])

    def __getitem__(self, idx: tuple[int, int]) -> Fraction:
        i, j = idx
        return self.rows[i][j]

    def __eq__(self, other: object) -> bool:
        return isinstance(other, Matrix) and self.rows == other.rows

    def transpose(self) -> "Matrix":
        return Matrix([list(c) for c in zip(*self.rows)])

    def det(self) -> Fraction:
        n, m = self.shape
        if n != m:
            raise ValueError("determinant needs a square matrix")
        if n == 1:
            return self.rows[0][0]
        return sum(((-1) ** j) * self.rows[0][j] * Matrix([r[:j] + r[j + 1:] for r in self.rows[1:]]).det()
                   for j in range(n))

    def tolist(self) -> list[list[float]]:
        return [[float(x) for x in r] for r in self.rows]


def matrix_ops(a: list[list[float]], b: list[list[float]]) -> dict:
    """Return A@B, transpose(A) and det(A) when square."""
    try:
        ma, mb = Matrix(a), Matrix(b)
        out = {"product": (ma @ mb).tolist(), "transpose_a": ma.transpose().tolist()}
        if ma.shape[0] == ma.shape[1]:
            out["det_a"] = str(ma.det())
        return out
    except ValueError as e:
        return {"error": str(e)}


if __name__ == "__main__":
    print(matrix_ops([[1, 2], [3, 4]], [[0, 1], [1, 0]]))
