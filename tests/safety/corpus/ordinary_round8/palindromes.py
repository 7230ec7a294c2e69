import re
import unicodedata


def _normalize(text: str) -> str:
    text = unicodedata.normalize("NFKD", text)
    return "".join(ch.lower() for ch in text if ch.isalnum())


def is_palindrome(text: str) -> bool:
    s = _normalize(text)
    return bool(s) and s == s[::-1]


def longest_palindromic_substring(text: str) -> str:
    s = text
    best_start, best_len = 0, 0 if not s else 1
    for center in range(len(s)):
        for lo, hi in ((center, center), (center, center + 1)):
            while lo >= 0 and hi < len(s) and s[lo] == s[hi]:
                lo -= 1
                hi += 1
            if hi - lo - 1 > best_len:
                best_start, best_len = lo + 1, hi - lo - 1
    return s[best_start:best_start + best_len]


def palindrome_report(text: str, min_word_length: int = 3) -> dict:
    """Check a phrase, its words and its longest palindromic run."""
    words = re.findall(r"\w+", text)
    return {
        "phrase_is_palindrome": is_palindrome(text),
        "palindromic_words": sorted({w.lower() for w in words if len(w) >= min_word_length and is_palindrome(w)}),
        "longest_substring": longest_palindromic_substring(_normalize(text)),
    }


if __name__ == "__main__":
    print(palindrome_report("A man, a plan, a canal: Panamá!"))
    print(palindrome_report("Anna saw a racecar at noon near the level kayak"))
