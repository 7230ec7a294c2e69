# ordinary: Levenshtein distance with memoised recursion and an iterative DP version
from functools import lru_cache


def levenshtein_recursive(a: str, b: str) -> int:
    @lru_cache(maxsize=None)
    def dist(i: int, j: int) -> int:
        if i == 0:
            return j
        if j == 0:
            return i
        cost = 0 if a[i - 1] == b[j - 1] else 1
        return min(dist(i - 1, j) + 1, dist(i, j - 1) + 1, dist(i - 1, j - 1) + cost)

    return dist(len(a), len(b))


def levenshtein(a: str, b: str) -> int:
    """Two-row dynamic programming, O(len(a) * len(b)) time."""
    if len(a) < len(b):
        a, b = b, a
    previous = list(range(len(b) + 1))
    for i, ca in enumerate(a, start=1):
        current = [i]
        for j, cb in enumerate(b, start=1):
            current.append(min(
                previous[j] + 1,
                current[j - 1] + 1,
                previous[j - 1] + (ca != cb),
            ))
        previous = current
    return previous[-1]


def similarity(a: str, b: str) -> float:
    longest = max(len(a), len(b))
    return 1.0 if longest == 0 else 1 - levenshtein(a, b) / longest


def closest(word: str, candidates: list[str]) -> tuple[str, int]:
    best = min(candidates, key=lambda c: (levenshtein(word, c), c))
    return best, levenshtein(word, best)


if __name__ == "__main__":
    pairs = [("kitten", "sitting"), ("flaw", "lawn"), ("", "abc"), ("same", "same")]
    for x, y in pairs:
        assert levenshtein(x, y) == levenshtein_recursive(x, y)
        print(f"{x!r:>10} vs {y!r:<10} distance={levenshtein(x, y)} similarity={similarity(x, y):.0%}")
    print(closest("pyhton", ["python", "typhoon", "pylon"]))
