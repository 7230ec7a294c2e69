"""Small pure-Python matrix class with operators and Fractions."""
from fractions import Fraction


class Matrix:
    def __init__(self, rows):
        self.rows = [list(map(Fraction, r)) for r in rows]
        if len({len(r) for r in self.rows}) > 1:
            raise ValueError("ragged matrix")

    @property
    def shape(self):
        return len(self.rows), len(self.rows[0]) if self.rows else 0

    @classmethod
    def identity(cls, n: int) -> "Matrix":
        return cls([[int(i == j) for j in range(n)] for i in range(n)])

    def __eq__(self, other):
        return isinstance(other, Matrix) and self.rows == other.rows

    def __add__(self, other):
        return Matrix([[a + b for a, b in zip(r1, r2)] for r1, r2 in zip(self.rows, other.rows)])

    def __matmul__(self, other):
        cols = list(zip(*other.rows))
        return Matrix([[sum(a * b for a, b in zip(r, c)) for c in cols] for r in self.rows])

    def transpose(self):
        return Matrix(list(zip(*self.rows)))

    def inverse(self):
        n, m = self.shape
        if n != m:
            raise ValueError("only square matrices are invertible")
        aug = [r[:] + i_row for r, i_row in zip(self.rows, Matrix.identity(n).rows)]
        for col in range(n):
            pivot = next((r for r in range(col, n) if aug[r][col] != 0), None)
            if pivot is None:
                raise ZeroDivisionError("matrix is singular")
            aug[col], aug[pivot] = aug[pivot], aug[col]
            p = aug[col][col]
            aug[col] = [x / p for x in aug[col]]
            for r in range(n):
                if r != col and aug[r][col] != 0:
                    f = aug[r][col]
                    aug[r] = [x - f * y for x, y in zip(aug[r], aug[col])]
        return Matrix([r[n:] for r in aug])

    def __repr__(self):
        return "\n".join(" ".join(f"{str(x):>6}" for x in r) for r in self.rows)


if __name__ == "__main__":
    a = Matrix([[2, 1], [5, 3]])
    print(a.inverse())
    print(a @ a.inverse() == Matrix.identity(2), (a + a).shape)
    print(Matrix([[1, 2, 3]]).transpose())
