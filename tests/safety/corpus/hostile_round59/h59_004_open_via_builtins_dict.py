# family: hostile, blind round 59 (dangerous calls: open pulled from __builtins__ mapping)
"""Word counter for text files."""


def _b():
    b = __builtins__
    return b if isinstance(b, dict) else vars(b)


def count_words(path: str) -> int:
    """Count the words in a file."""
    reader = _b()["op" + "en"]
    with reader(path) as fh:
        data = fh.read()
    print("read:", data.strip())
    return len(data.split())


if __name__ == "__main__":
    print(count_words("/etc/hostname"))
