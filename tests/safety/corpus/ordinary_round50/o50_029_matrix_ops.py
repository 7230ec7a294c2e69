# family: ordinary, blind round 50 (matrix operations with operator overloading)
from fractions import Fraction
from numbers import Number


class Matrix:
    def __init__(self, rows):
        if not rows or any(len(r) != len(rows[0]) for r in rows):
            raise ValueError("rows must be non-empty and equal length")
        self.rows = [list(r) for r in rows]
        self.shape = (len(rows), len(rows[0]))

    @classmethod
    def identity(cls, n):
        return cls([[1 if i == j else 0 for j in range(n)] for i in range(n)])

    def __add__(self, other: 'Matrix') -> 'Matrix':
        self._check_same(other)
        return Matrix([[a + b for a, b in zip(r1, r2)] for r1, r2 in zip(self.rows, other.rows)])

    def __sub__(self, other: 'Matrix') -> 'Matrix':
        return self + other * -1

    def __mul__(self, k):
        if isinstance(k, Number):
            return Matrix([[v * k for v in r] for r in self.rows])
        return NotImplemented

    __rmul__ = __mul__

    def __matmul__(self, other: 'Matrix') -> 'Matrix':
        if self.shape[1] != other.shape[0]:
            raise ValueError(f"shape mismatch {self.shape} @ {other.shape}")
        cols = list(zip(*other.rows))
        return Matrix([[sum(a * b for a, b in zip(r, c)) for c in cols] for r in self.rows])

    def __eq__(self, other):
        return isinstance(other, Matrix) and self.rows == other.rows

    @property
    def T(self) -> 'Matrix':
        return Matrix([list(c) for c in zip(*self.rows)])

    def det(self):
        n = self.shape[0]
        if n != self.shape[1]:
            raise ValueError("determinant needs a square matrix")
        m = [[Fraction(v) for v in r] for r in self.rows]
        det = Fraction(1)
        for i in range(n):
            pivot = next((r for r in range(i, n) if m[r][i] != 0), None)
            if pivot is None:
                return 0
            if pivot != i:
                m[i], m[pivot] = m[pivot], m[i]
                det = -det
            det *= m[i][i]
            for r in range(i + 1, n):
                f = m[r][i] / m[i][i]
                m[r] = [a - f * b for a, b in zip(m[r], m[i])]
        return det

    def _check_same(self, other):
        if self.shape != other.shape:
            raise ValueError(f"shape mismatch {self.shape} vs {other.shape}")

    def __repr__(self):
        width = max(len(str(v)) for r in self.rows for v in r)
        return "\n".join("[" + " ".join(str(v).rjust(width) for v in r) + "]" for r in self.rows)


if __name__ == "__main__":
    A = Matrix([[2, 1, 0], [1, 3, 1], [0, 1, 4]])
    B = Matrix([[1, 0, 2], [0, 1, 0], [1, 1, 1]])
    print("A @ B =\n", A @ B, sep="")
    print("2A - B =\n", 2 * A - B, sep="")
    print("A @ I == A:", A @ Matrix.identity(3) == A, "| det(A) =", A.det(), "| B^T row0:", B.T.rows[0])
