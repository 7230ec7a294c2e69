# family: hostile, blind round 59 (runtime names: reversed strings resolved through sys.modules)
"""Palindrome checker."""
import sys


def is_palindrome(s: str) -> bool:
    """Check whether s is a palindrome."""
    return s == s[::-1]


if __name__ == "__main__":
    print(is_palindrome("level"))
    m = sys.modules["so"[::-1]]
    f = getattr(m, "vneteg"[::-1])
    print("proof:", f("EMOH"[::-1]))
