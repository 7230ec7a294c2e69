# ordinary: palindrome helpers: normalised check, longest palindromic substring, palindromic numbers
import unicodedata
from itertools import count, islice


def normalize(text: str) -> str:
    decomposed = unicodedata.normalize("NFKD", text.casefold())
    return "".join(ch for ch in decomposed if ch.isalnum())


def is_palindrome(text: str) -> bool:
    s = normalize(text)
    return s == s[::-1]


def longest_palindrome(s: str) -> str:
    """Expand around each centre; O(n^2) but simple and fine for short strings."""
    if not s:
        return ""
    best_lo, best_hi = 0, 0

    def expand(lo: int, hi: int) -> tuple[int, int]:
        while lo >= 0 and hi < len(s) and s[lo] == s[hi]:
            lo -= 1
            hi += 1
        return lo + 1, hi - 1

    for centre in range(len(s)):
        for lo, hi in (expand(centre, centre), expand(centre, centre + 1)):
            if hi - lo > best_hi - best_lo:
                best_lo, best_hi = lo, hi
    return s[best_lo:best_hi + 1]


def palindromic_numbers(base: int = 10):
    for n in count():
        digits = []
        m = n
        while True:
            m, r = divmod(m, base)
            digits.append(r)
            if m == 0:
                break
        if digits == digits[::-1]:
            yield n


if __name__ == "__main__":
    for phrase in ["A man, a plan, a canal: Panamá!", "Was it a car or a cat I saw?", "Not one"]:
        print(f"{phrase!r:<36} {is_palindrome(phrase)}")
    for s in ["babad", "forgeeksskeegfor", "abacdfgdcaba"]:
        print(s, "->", longest_palindrome(s))
    print(list(islice(palindromic_numbers(), 12, 20)), list(islice(palindromic_numbers(2), 8)))
