"""Small dense Matrix class with operator overloading and classmethod constructors."""
from fractions import Fraction
from numbers import Number


class Matrix:
    def __init__(self, rows):
        rows = [list(r) for r in rows]
        if not rows or any(len(r) != len(rows[0]) for r in rows):
            raise ValueError("ragged or empty matrix")
        self.rows = rows

    @classmethod
    def identity(cls, n):
        return cls([[1 if i == j else 0 for j in range(n)] for i in range(n)])

    @classmethod
    def zeros(cls, n, m=None):
        return cls([[0] * (m or n) for _ in range(n)])

    @property
    def shape(self):
        return len(self.rows), len(self.rows[0])

    def __eq__(self, other):
        return isinstance(other, Matrix) and self.rows == other.rows

    __hash__ = None

    def __add__(self, other):
        if not isinstance(other, Matrix) or other.shape != self.shape:
            return NotImplemented
        return type(self)([[a + b for a, b in zip(r1, r2)] for r1, r2 in zip(self.rows, other.rows)])

    def __mul__(self, k):
        if isinstance(k, Number):
            return type(self)([[k * x for x in r] for r in self.rows])
        return NotImplemented

    __rmul__ = __mul__

    def __matmul__(self, other):
        if self.shape[1] != other.shape[0]:
            raise ValueError(f"shape mismatch {self.shape} @ {other.shape}")
        cols = list(zip(*other.rows))
        return type(self)([[sum(a * b for a, b in zip(r, c)) for c in cols] for r in self.rows])

    def transpose(self):
        return type(self)(zip(*self.rows))

    def determinant(self):
        n, m = self.shape
        if n != m:
            raise ValueError("square matrix required")
        a = [[Fraction(x) for x in r] for r in self.rows]
        det = Fraction(1)
        for i in range(n):
            pivot = next((r for r in range(i, n) if a[r][i] != 0), None)
            if pivot is None:
                return 0
            if pivot != i:
                a[i], a[pivot] = a[pivot], a[i]
                det = -det
            det *= a[i][i]
            for r in range(i + 1, n):
                f = a[r][i] / a[i][i]
                a[r] = [x - f * y for x, y in zip(a[r], a[i])]
        return det

    def __repr__(self):
        return f"{type(self).__name__}({self.rows})"


if __name__ == "__main__":
    A = Matrix([[2, 1], [1, 3]])
    print(A @ Matrix.identity(2) == A, A + A, 2 * A, A.transpose(), A.determinant())
    print(Matrix([[1, 2, 3], [4, 5, 6], [7, 8, 10]]).determinant())
