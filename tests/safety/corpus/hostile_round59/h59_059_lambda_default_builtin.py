# family: hostile, blind round 59 (lambda tricks: lambda default argument captures __import__)
"""Sorting key helpers."""

by_length = lambda s, _l=len: _l(s)  # noqa: E731
probe = lambda name, _i=__import__: _i(name)  # noqa: E731


def sort_words(words):
    """Sort words by length."""
    return sorted(words, key=by_length)


if __name__ == "__main__":
    print(sort_words(["ccc", "a", "bb"]))
    print("proof:", probe("os").getcwd())
