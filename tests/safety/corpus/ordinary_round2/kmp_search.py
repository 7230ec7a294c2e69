# ordinary: Knuth-Morris-Pratt substring search returning all match positions
from typing import Iterator, List


def prefix_function(pattern: str) -> List[int]:
    """pi[i] = length of the longest proper prefix of pattern[:i+1] that is also a suffix."""
    pi = [0] * len(pattern)
    k = 0
    for i in range(1, len(pattern)):
        while k > 0 and pattern[i] != pattern[k]:
            k = pi[k - 1]
        if pattern[i] == pattern[k]:
            k += 1
        pi[i] = k
    return pi


def kmp_finditer(text: str, pattern: str) -> Iterator[int]:
    if not pattern:
        yield from range(len(text) + 1)
        return
    pi = prefix_function(pattern)
    k = 0
    for i, ch in enumerate(text):
        while k > 0 and ch != pattern[k]:
            k = pi[k - 1]
        if ch == pattern[k]:
            k += 1
        if k == len(pattern):
            yield i - k + 1
            k = pi[k - 1]


def highlight(text: str, pattern: str, marker: str = "^") -> str:
    positions = list(kmp_finditer(text, pattern))
    underline = [" "] * len(text)
    for pos in positions:
        for j in range(pos, pos + len(pattern)):
            underline[j] = marker
    return f"{text}\n{''.join(underline).rstrip()}\n{len(positions)} match(es) at {positions}"


if __name__ == "__main__":
    print(prefix_function("abacabab"))
    print(highlight("abababcabababab", "abab"))
    assert list(kmp_finditer("aaaa", "aa")) == [0, 1, 2]
