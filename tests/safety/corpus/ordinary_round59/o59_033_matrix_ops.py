# family: ordinary, blind round 59 (small exact matrix class with Fraction determinant/inverse)
from fractions import Fraction
from typing import List, Sequence


class Matrix:
    def __init__(self, rows: Sequence[Sequence]):
        self.rows = [[Fraction(v) for v in row] for row in rows]
        if len({len(r) for r in self.rows}) != 1:
            raise ValueError("ragged matrix")
        self.n, self.m = len(self.rows), len(self.rows[0])

    def __matmul__(self, other: "Matrix") -> "Matrix":
        if self.m != other.n:
            raise ValueError("shape mismatch")
        cols = list(zip(*other.rows))
        return Matrix([[sum(a * b for a, b in zip(r, c)) for c in cols] for r in self.rows])

    def __eq__(self, other: object) -> bool:
        return isinstance(other, Matrix) and self.rows == other.rows

    def __repr__(self) -> str:
        body = "\n ".join(" ".join(f"{str(v):>6}" for v in r) for r in self.rows)
        return f"[{body}]"

    @classmethod
    def identity(cls, n: int) -> "Matrix":
        return cls([[int(i == j) for j in range(n)] for i in range(n)])

    def _eliminate(self):
        """Gauss-Jordan on [A | I]; returns (determinant, inverse rows or None)."""
        n = self.n
        aug: List[List[Fraction]] = [r[:] + [Fraction(int(i == j)) for j in range(n)]
                                     for i, r in enumerate(self.rows)]
        det = Fraction(1)
        for col in range(n):
            pivot = next((r for r in range(col, n) if aug[r][col] != 0), None)
            if pivot is None:
                return Fraction(0), None
            if pivot != col:
                aug[col], aug[pivot] = aug[pivot], aug[col]
                det = -det
            p = aug[col][col]
            det *= p
            aug[col] = [v / p for v in aug[col]]
            for r in range(n):
                if r != col and aug[r][col] != 0:
                    f = aug[r][col]
                    aug[r] = [a - f * b for a, b in zip(aug[r], aug[col])]
        return det, [row[n:] for row in aug]

    def determinant(self) -> Fraction:
        return self._eliminate()[0]

    def inverse(self) -> "Matrix":
        det, inv = self._eliminate()
        if inv is None:
            raise ZeroDivisionError("matrix is singular")
        return Matrix(inv)


if __name__ == "__main__":
    a = Matrix([[2, 1, 1], [1, 3, 2], [1, 0, 0]])
    print("det =", a.determinant())
    inv = a.inverse()
    print("inverse =\n", inv)
    print("A @ A^-1 == I:", a @ inv == Matrix.identity(3))
    try:
        Matrix([[1, 2], [2, 4]]).inverse()
    except ZeroDivisionError as exc:
        print("singular:", exc)
