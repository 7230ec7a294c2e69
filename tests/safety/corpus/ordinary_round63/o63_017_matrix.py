# family: ordinary, blind round 63 (small matrix class with operator overloading)
from fractions import Fraction
from itertools import product


class Matrix:
    def __init__(self, rows):
        rows = [list(r) for r in rows]
        if not rows or any(len(r) != len(rows[0]) for r in rows):
            raise ValueError("matrix rows must be non-empty and equal length")
        self.rows = rows

    @classmethod
    def identity(cls, n):
        return cls([[1 if i == j else 0 for j in range(n)] for i in range(n)])

    @classmethod
    def zeros(cls, n, m):
        return cls([[0] * m for _ in range(n)])

    @property
    def shape(self):
        return len(self.rows), len(self.rows[0])

    def __getitem__(self, idx):
        i, j = idx
        return self.rows[i][j]

    def __add__(self, other):
        if self.shape != other.shape:
            raise ValueError(f"shape mismatch {self.shape} vs {other.shape}")
        return Matrix([[a + b for a, b in zip(r1, r2)] for r1, r2 in zip(self.rows, other.rows)])

    def __mul__(self, other):
        if isinstance(other, Matrix):
            n, k = self.shape
            k2, m = other.shape
            if k != k2:
                raise ValueError("inner dimensions do not agree")
            result = Matrix.zeros(n, m)
            for i, j in product(range(n), range(m)):
                result.rows[i][j] = sum(self[i, t] * other[t, j] for t in range(k))
            return result
        return Matrix([[x * other for x in r] for r in self.rows])

    __rmul__ = __mul__

    def transpose(self):
        return Matrix(zip(*self.rows))

    def __eq__(self, other):
        return isinstance(other, Matrix) and self.rows == other.rows

    def __hash__(self):
        return hash(tuple(map(tuple, self.rows)))

    def __iter__(self):
        return iter(self.rows)

    def __repr__(self):
        return f"Matrix({self.rows!r})"

    def __str__(self):
        width = max(len(str(x)) for r in self.rows for x in r)
        return "\n".join("[ " + "  ".join(f"{str(x):>{width}}" for x in r) + " ]" for r in self.rows)


if __name__ == "__main__":
    a = Matrix([[1, 2], [3, 4]])
    b = Matrix([[Fraction(1, 2), 0], [0, Fraction(1, 3)]])
    print(a * b)
    print(a + Matrix.identity(2), a * Matrix.identity(2) == a, sep="\n")
    print(repr(2 * a.transpose()), a.shape, len({a, Matrix([[1, 2], [3, 4]])}))
    try:
        a * Matrix([[1, 2, 3]])
    except ValueError as exc:
        print("error:", exc)
