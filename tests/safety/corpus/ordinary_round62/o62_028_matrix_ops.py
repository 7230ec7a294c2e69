# family: ordinary, blind round 62 (small matrix helpers with lists and fractions)
from fractions import Fraction
from itertools import product


def shape(m):
    return len(m), len(m[0]) if m else 0


def matmul(a, b):
    (n, k), (k2, p) = shape(a), shape(b)
    if k != k2:
        raise ValueError(f"shape mismatch {shape(a)} x {shape(b)}")
    return [[sum(a[i][t] * b[t][j] for t in range(k)) for j in range(p)] for i in range(n)]


def transpose(m):
    return [list(col) for col in zip(*m)]


def determinant(m):
    n = len(m)
    if n == 1:
        return m[0][0]
    if n == 2:
        return m[0][0] * m[1][1] - m[0][1] * m[1][0]
    return sum((-1) ** j * m[0][j] * determinant([row[:j] + row[j + 1:] for row in m[1:]])
               for j in range(n))


def inverse(m):
    n = len(m)
    aug = [[Fraction(x) for x in row] + [Fraction(int(i == j)) for j in range(n)] for i, row in enumerate(m)]
    for col in range(n):
        pivot = next((r for r in range(col, n) if aug[r][col] != 0), None)
        if pivot is None:
            raise ZeroDivisionError("matrix is singular")
        aug[col], aug[pivot] = aug[pivot], aug[col]
        pv = aug[col][col]
        aug[col] = [x / pv for x in aug[col]]
        for r, c in product(range(n), [col]):
            if r != c and aug[r][c] != 0:
                f = aug[r][c]
                aug[r] = [x - f * y for x, y in zip(aug[r], aug[col])]
    return [row[n:] for row in aug]


def show(m):
    return "\n".join("  ".join("%6s" % x for x in row) for row in m)


if __name__ == "__main__":
    A = [[2, 1, 0], [1, 3, 1], [0, 1, 4]]
    print("det:", determinant(A))
    inv = inverse(A)
    print(show(inv))
    print(show(matmul(A, inv)))
    print(transpose([[1, 2, 3], [4, 5, 6]]))
    for bad in ([[1, 2], [2, 4]],):
        try:
            inverse(bad)
        except ZeroDivisionError as e:
            print("error:", e)
    try:
        matmul(A, [[1, 2]])
    except ValueError as e:
        print("error:", e)
