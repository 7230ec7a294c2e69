"""A tiny exact matrix class using fractions."""
from fractions import Fraction
from typing import Iterator, Sequence


class Matrix:
    def __init__(self, rows: Sequence[Sequence[int | float | Fraction]]) -> None:
        if not rows or any(len(r) != len(rows[0]) for r in rows):
            raise ValueError("matrix rows must be non-empty and equal length")
        self._rows = [[Fraction(x) for x in r] for r in rows]

    @property
    def shape(self) -> tuple[int, int]:
        return len(self._rows), len(self._rows[0])

    def __len__(self) -> int:
        return len(self._rows)

    def __getitem__(self, idx: tuple[int, int]) -> Fraction:
        i, j = idx
        return self._rows[i][j]

    def __iter__(self) -> Iterator[list[Fraction]]:
        return iter(self._rows)

    def __eq__(self, other: object) -> bool:
        return isinstance(other, Matrix) and self._rows == other._rows

    def __repr__(self) -> str:
        return f"Matrix({[[str(x) for x in r] for r in self._rows]})"

    def __matmul__(self, other: "Matrix") -> "Matrix":
        n, m = self.shape
        m2, p = other.shape
        if m != m2:
            raise ValueError(f"shape mismatch {self.shape} @ {other.shape}")
        return Matrix([[sum(self[i, k] * other[k, j] for k in range(m)) for j in range(p)] for i in range(n)])

    def transpose(self) -> "Matrix":
        return Matrix([list(col) for col in zip(*self._rows)])

    def determinant(self) -> Fraction:
        n, m = self.shape
        if n != m:
            raise ValueError("determinant needs a square matrix")
        a = [row[:] for row in self._rows]
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
                factor = a[r][c] / a[c][c]
                a[r] = [x - factor * y for x, y in zip(a[r], a[c])]
        return det


def matrix_ops(a: list[list[float]], b: list[list[float]] | None = None) -> dict:
    ma = Matrix(a)
    out = {"shape": ma.shape, "transpose": [[str(x) for x in r] for r in ma.transpose()]}
    if ma.shape[0] == ma.shape[1]:
        out["determinant"] = str(ma.determinant())
    if b is not None:
        out["product"] = [[str(x) for x in r] for r in ma @ Matrix(b)]
    return out


if __name__ == "__main__":
    print(matrix_ops([[2, 1], [1, 3]], [[1, 0], [0.5, 1]]))
