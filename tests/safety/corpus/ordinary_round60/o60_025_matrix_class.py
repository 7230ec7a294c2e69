# family: ordinary, blind round 60 (small immutable matrix class with operator overloads)
from fractions import Fraction
from itertools import product
from functools import reduce
import operator


class Matrix:
    __slots__ = ("_rows", "shape")

    def __init__(self, rows):
        rows = tuple(tuple(Fraction(x) for x in r) for r in rows)
        if not rows or len({len(r) for r in rows}) != 1:
            raise ValueError("matrix rows must be non-empty and equal length")
        self._rows = rows
        self.shape = (len(rows), len(rows[0]))

    @classmethod
    def identity(cls, n: int) -> "Matrix":
        return cls([[int(i == j) for j in range(n)] for i in range(n)])

    @classmethod
    def from_string(cls, text: str) -> "Matrix":
        return cls([line.split() for line in text.strip().split(";")])

    def __getitem__(self, idx):
        i, j = idx
        return self._rows[i][j]

    def __add__(self, other: "Matrix") -> "Matrix":
        if self.shape != other.shape:
            raise ValueError("shape mismatch")
        return Matrix([[a + b for a, b in zip(r1, r2)] for r1, r2 in zip(self._rows, other._rows)])

    def __matmul__(self, other: "Matrix") -> "Matrix":
        n, m = self.shape
        m2, p = other.shape
        if m != m2:
            raise ValueError(f"cannot multiply {self.shape} by {other.shape}")
        cells = {(i, j): sum(self[i, k] * other[k, j] for k in range(m)) for i, j in product(range(n), range(p))}
        return Matrix([[cells[i, j] for j in range(p)] for i in range(n)])

    def __pow__(self, k: int) -> "Matrix":
        return reduce(operator.matmul, [self] * k, Matrix.identity(self.shape[0]))

    def transpose(self) -> "Matrix":
        return Matrix(zip(*self._rows))

    def __eq__(self, other):
        return isinstance(other, Matrix) and self._rows == other._rows

    def __repr__(self):
        width = max(len(str(x)) for r in self._rows for x in r)
        return "\n".join("[" + " ".join(str(x).rjust(width) for x in r) + "]" for r in self._rows)


if __name__ == "__main__":
    a = Matrix.from_string("1 2; 3 4")
    b = Matrix([[Fraction(1, 2), 0], [0, 2]])
    print("a @ b =\n", a @ b, sep="")
    print("a + b =\n", a + b, sep="")
    fib = Matrix([[1, 1], [1, 0]]) ** 10
    print("fib(10) =", fib[0, 1])
    print("transpose twice equal:", a.transpose().transpose() == a)
    try:
        a @ Matrix([[1, 2, 3]])
    except ValueError as e:
        print("error:", e)
