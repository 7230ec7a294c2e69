# ordinary: small immutable matrix class with arithmetic and determinant
from fractions import Fraction


class Matrix:
    def __init__(self, rows):
        rows = [list(r) for r in rows]
        if not rows or any(len(r) != len(rows[0]) for r in rows):
            raise ValueError("matrix rows must be non-empty and of equal length")
        self._rows = rows

    @classmethod
    def identity(cls, n):
        return cls([[1 if i == j else 0 for j in range(n)] for i in range(n)])

    @property
    def shape(self):
        return len(self._rows), len(self._rows[0])

    def __getitem__(self, index):
        i, j = index
        return self._rows[i][j]

    def __eq__(self, other):
        return isinstance(other, Matrix) and self._rows == other._rows

    def __add__(self, other):
        if self.shape != other.shape:
            raise ValueError(f"shape mismatch {self.shape} vs {other.shape}")
        return type(self)([[a + b for a, b in zip(r1, r2)] for r1, r2 in zip(self._rows, other._rows)])

    def __mul__(self, k):
        return type(self)([[k * x for x in row] for row in self._rows])

    __rmul__ = __mul__

    def __matmul__(self, other):
        if self.shape[1] != other.shape[0]:
            raise ValueError(f"cannot multiply {self.shape} by {other.shape}")
        cols = list(zip(*other._rows))
        return type(self)([[sum(a * b for a, b in zip(row, col)) for col in cols] for row in self._rows])

    def transpose(self):
        return type(self)(zip(*self._rows))

    def determinant(self):
        n, m = self.shape
        if n != m:
            raise ValueError("determinant needs a square matrix")
        a = [[Fraction(x) for x in row] for row in self._rows]
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

    def __repr__(self):
        width = max(len(str(x)) for row in self._rows for x in row)
        return "\n".join("[" + " ".join(str(x).rjust(width) for x in row) + "]" for row in self._rows)


if __name__ == "__main__":
    m = Matrix([[2, 1], [7, 4]])
    print(m @ Matrix.identity(2) == m, m.determinant())
    print(m + m, 3 * m, m.transpose(), sep="\n\n")
    print(Matrix([[1, 2, 3], [4, 5, 6], [7, 8, 10]]).determinant())
