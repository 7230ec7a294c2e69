"""Sparse vector type storing only non-zero entries; compares equal to dense lists."""
import math


class SparseVector:
    def __init__(self, size, entries=None):
        self.size = size
        self._d = {}
        for i, v in (entries or {}).items():
            self[i] = v

    @classmethod
    def from_dense(cls, values):
        return cls(len(values), {i: v for i, v in enumerate(values) if v})

    def __getitem__(self, i):
        if not 0 <= i < self.size:
            raise IndexError(i)
        return self._d.get(i, 0)

    def __setitem__(self, i, v):
        if not 0 <= i < self.size:
            raise IndexError(i)
        if v:
            self._d[i] = v
        else:
            self._d.pop(i, None)

    def __len__(self):
        return self.size

    def __iter__(self):
        return (self[i] for i in range(self.size))

    def nnz(self):
        return len(self._d)

    def dot(self, other):
        small, big = sorted((self, other), key=lambda v: v.nnz())
        return sum(v * big[i] for i, v in small._d.items())

    def norm(self):
        return math.sqrt(sum(v * v for v in self._d.values()))

    def cosine(self, other):
        n = self.norm() * other.norm()
        return self.dot(other) / n if n else 0.0

    def __eq__(self, other):
        if isinstance(other, SparseVector):
            return self.size == other.size and self._d == other._d
        if isinstance(other, (list, tuple)):
            return len(other) == self.size and all(a == b for a, b in zip(self, other))
        return NotImplemented

    def __repr__(self):
        return f"{type(self).__name__}({self.size}, {dict(sorted(self._d.items()))})"


def similar_docs(docs: list, query: str) -> list:
    vocab = sorted({w for d in docs + [query] for w in d.lower().split()})
    index = {w: i for i, w in enumerate(vocab)}

    def vec(text):
        v = SparseVector(len(vocab))
        for w in text.lower().split():
            v[index[w]] += 1
        return v

    q = vec(query)
    return sorted(((round(q.cosine(vec(d)), 3), d) for d in docs), reverse=True)


if __name__ == "__main__":
    print(similar_docs(["the cat sat", "the dog ran far", "a cat and a dog"], "cat dog"))
    print(SparseVector.from_dense([0, 2, 0, 3]) == [0, 2, 0, 3], SparseVector(3, {1: 5}))
