# ordinary: exact determinant, inverse and linear solve with Fraction-based Gaussian elimination
from fractions import Fraction
from typing import List, Sequence

Matrix = List[List[Fraction]]


def to_matrix(rows: Sequence[Sequence[int | float | str]]) -> Matrix:
    return [[Fraction(v) for v in row] for row in rows]


def determinant(m: Matrix) -> Fraction:
    a = [row[:] for row in m]
    n = len(a)
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


def solve(m: Matrix, b: Sequence[int | float]) -> List[Fraction]:
    n = len(m)
    aug = [row[:] + [Fraction(rhs)] for row, rhs in zip(m, b)]
    for col in range(n):
        pivot = max(range(col, n), key=lambda r: abs(aug[r][col]))
        if aug[pivot][col] == 0:
            raise ValueError("matrix is singular")
        aug[col], aug[pivot] = aug[pivot], aug[col]
        lead = aug[col][col]
        aug[col] = [x / lead for x in aug[col]]
        for r in range(n):
            if r != col and aug[r][col] != 0:
                f = aug[r][col]
                aug[r] = [x - f * y for x, y in zip(aug[r], aug[col])]
    return [row[-1] for row in aug]


def pretty(values) -> str:
    return "[" + ", ".join(str(v) for v in values) + "]"


if __name__ == "__main__":
    A = to_matrix([[2, 1, -1], [-3, -1, 2], [-2, 1, 2]])
    print("det =", determinant(A))
    print("x =", pretty(solve(A, [8, -11, -3])))
    print("det(1/3 grid) =", determinant(to_matrix([["1/3", "1/2"], ["1/4", "1/5"]])))
