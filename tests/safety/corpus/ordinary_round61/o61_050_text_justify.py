# family: ordinary, blind round 61 (paragraph wrapper and justifier)
import textwrap
from enum import Enum


class Mode(str, Enum):
    LEFT = "left"
    RIGHT = "right"
    CENTER = "center"
    JUSTIFY = "justify"


def _justify_line(line: str, width: int) -> str:
    words = line.split()
    if len(words) == 1:
        return line.ljust(width)
    gaps = len(words) - 1
    spaces = width - sum(map(len, words))
    base, extra = divmod(spaces, gaps)
    return "".join(w + " " * (base + (i < extra)) for i, w in enumerate(words[:-1])) + words[-1]


def format_paragraphs(text: str, width: int = 40, mode: str = "justify", indent: str = "") -> dict:
    """Wrap text to a width and align each paragraph left, right, centre or fully justified."""
    if width < 10:
        raise ValueError("width must be at least 10")
    align = Mode(mode)
    wrapper = textwrap.TextWrapper(width=width - len(indent), break_long_words=True)
    out_lines: list[str] = []
    for para in (p for p in text.split("\n\n") if p.strip()):
        lines = wrapper.wrap(" ".join(para.split()))
        for i, line in enumerate(lines):
            w = width - len(indent)
            if align is Mode.JUSTIFY:
                line = line if i == len(lines) - 1 else _justify_line(line, w)
            elif align is Mode.RIGHT:
                line = line.rjust(w)
            elif align is Mode.CENTER:
                line = line.center(w).rstrip()
            out_lines.append(indent + line)
        out_lines.append("")
    rendered = "\n".join(out_lines).rstrip("\n")
    return {"mode": align.value, "width": width, "line_count": len(out_lines) - 1, "text": rendered}


if __name__ == "__main__":
    sample = """Python is a programming language that lets you work quickly and integrate systems
    more effectively.

    Beautiful is better than ugly. Explicit is better than implicit. Simple is better than complex."""
    for m in ("justify", "right"):
        print(format_paragraphs(sample, width=36, mode=m, indent="  ")["text"])
        print("-" * 36)
