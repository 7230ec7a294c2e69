# ordinary: fully justify text to a fixed width (greedy line breaking, spread spaces evenly)
import textwrap
from typing import List


def justify_line(words: List[str], width: int) -> str:
    if len(words) == 1:
        return words[0].ljust(width)
    gaps = len(words) - 1
    spaces = width - sum(len(w) for w in words)
    even, extra = divmod(spaces, gaps)
    line = ""
    for i, word in enumerate(words[:-1]):
        line += word + " " * (even + (1 if i < extra else 0))
    return line + words[-1]


def full_justify(text: str, width: int = 40) -> List[str]:
    words = text.split()
    lines, current, length = [], [], 0
    for word in words:
        if len(word) > width:
            raise ValueError(f"word longer than width: {word!r}")
        if current and length + len(current) + len(word) > width:
            lines.append(justify_line(current, width))
            current, length = [], 0
        current.append(word)
        length += len(word)
    if current:
        lines.append(" ".join(current).ljust(width))
    return lines


def boxed(lines: List[str]) -> str:
    width = len(lines[0]) if lines else 0
    top = "+" + "-" * (width + 2) + "+"
    return "\n".join([top, *(f"| {line} |" for line in lines), top])


if __name__ == "__main__":
    sample = textwrap.dedent("""
        The quick brown fox jumps over the lazy dog. Pack my box with
        five dozen liquor jugs. How vexingly quick daft zebras jump!
    """)
    print(boxed(full_justify(sample, 32)))
