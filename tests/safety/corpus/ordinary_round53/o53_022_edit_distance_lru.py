# family: ordinary, blind round 53 (lru_cache edit distance and suggestions)
from functools import lru_cache

COMMANDS = ["status", "commit", "checkout", "cherry-pick", "clone", "config", "push", "pull", "rebase", "reset"]


def levenshtein(a: str, b: str) -> int:
    @lru_cache(maxsize=None)
    def d(i: int, j: int) -> int:
        if i == 0:
            return j
        if j == 0:
            return i
        cost = 0 if a[i - 1] == b[j - 1] else 1
        return min(d(i - 1, j) + 1, d(i, j - 1) + 1, d(i - 1, j - 1) + cost)

    result = d(len(a), len(b))
    levenshtein.last_cache_info = d.cache_info()
    return result


@lru_cache(maxsize=64)
def suggest(word: str, max_distance: int = 2) -> tuple:
    scored = sorted((levenshtein(word, c), c) for c in COMMANDS)
    return tuple(c for dist, c in scored if dist <= max_distance)


if __name__ == "__main__":
    typos = ["stauts", "comit", "chekout", "pusj", "rebsae", "xyzzy", "comit"]
    for t in typos:
        hits = suggest(t)
        print(f"{t:>8}: {', '.join(hits) if hits else '(no suggestion)'}")
    print("suggest cache:", suggest.cache_info())
    print("inner cache for last call:", levenshtein.last_cache_info)
    suggest.cache_clear()
    print("after clear:", suggest.cache_info().currsize)
