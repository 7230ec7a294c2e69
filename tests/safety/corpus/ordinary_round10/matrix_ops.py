"""Small matrix class with multiplication, transpose and determinant."""

from fractions import Fraction
from typing import Iterator

Number = int | float | Fraction


class Matrix:
    __slots__ = ("rows",)

    def __init__(self, rows: list[list[Number]]) -> None:
        if not rows or any(len(r) != len(rows[0]) for r in rows):
            raise ValueError("matrix rows must be non-empty and equal length")
        self.rows = [list(r) for r in rows]

    @classmethod
    def identity(cls, n: int) -> "Matrix":
        return cls([[1 if i == j else 0 for j in range(n)] for i in range(n)])

    @property
    def shape(self) -> tuple[int, int]:
        return len(self.rows), len(self.rows[0])

    def __iter__(self) -> Iterator[list[Number]]:
        return iter(self.rows)

    def __eq__(self, other: object) -> bool:
        return isinstance(other, Matrix) and self.rows == other.rows

    def __matmul__(self, other: "Matrix") -> "Matrix":
        if self.shape[1] != other.shape[0]:
            raise ValueError("shape mismatch")
        cols = list(zip(*other.rows))
        return type(self)([[sum(a * b for a, b in zip(row, col)) for col in cols] for row in self.rows])

    def transpose(self) -> "Matrix":
        return type(self)([list(c) for c in zip(*self.rows)])

    def determinant(self) -> Fraction:
        n, m = self.shape
        if n != m:
            raise ValueError("determinant needs a square matrix")
        a = [[Fraction(x) for x in row] for row in self.rows]
        det = Fraction(1)
        for col in range(n):
            pivot = next((r for r in range(col, n) if a[r][col] != 0), None)
            if pivot is None:
                return Fraction(0)
            if pivot != col:
                a[col], a[pivot] = a[pivot], a[col]
                det = -det
            det *= a[col][col]
            for r in range(col + 1, n):
                factor = a[r][col] / a[col][col]
                a[r] = [x - factor * y for x, y in zip(a[r], a[col])]
        return det

    def __repr__(self) -> str:
        return "Matrix(" + repr(self.rows) + ")"


def matrix_summary(rows: list[list[float]]) -> dict[str, object]:
    m = Matrix(rows)
    result: dict[str, object] = {"shape": m.shape, "transpose": m.transpose().rows}
    if m.shape[0] == m.shape[1]:
        result["determinant"] = str(m.determinant())
        result["squared"] = (m @ m).rows
    return result


if __name__ == "__main__":
    print(matrix_summary([[2, 1], [1, 3]]))
    print(matrix_summary([[1, 2, 3], [4, 5, 6]]))
