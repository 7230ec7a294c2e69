# family: ordinary, blind round 73 (dataclass-heavy typed tools)
"""Format paragraphs into boxed, wrapped text blocks."""
import textwrap
from dataclasses import dataclass, field, KW_ONLY
from enum import Enum
from typing import Literal


class Border(Enum):
    NONE = ("", "", "")
    ASCII = ("+", "-", "|")
    DOUBLE = ("#", "=", "#")

    @property
    def corner(self) -> str:
        return self.value[0]

    @property
    def horizontal(self) -> str:
        return self.value[1]

    @property
    def vertical(self) -> str:
        return self.value[2]


@dataclass
class BoxStyle:
    width: int = 40
    _: KW_ONLY
    border: Border = Border.ASCII
    align: Literal["left", "center", "right"] = "left"
    padding: int = 1

    def __post_init__(self) -> None:
        if self.width < 10:
            raise ValueError("width too small")


@dataclass
class TextBox:
    paragraphs: list[str] = field(default_factory=list)
    style: BoxStyle = field(default_factory=BoxStyle)
    title: str | None = None

    def _inner_width(self) -> int:
        return self.style.width - 2 * self.style.padding - (2 if self.style.border is not Border.NONE else 0)

    def _align(self, line: str, width: int) -> str:
        return {"left": line.ljust, "center": line.center, "right": line.rjust}[self.style.align](width)

    def render(self) -> str:
        w = self._inner_width()
        pad = " " * self.style.padding
        body: list[str] = []
        if self.title:
            body += [self.title.upper().center(w), ""]
        for i, para in enumerate(self.paragraphs):
            body += textwrap.wrap(textwrap.dedent(para).strip(), w) or [""]
            if i < len(self.paragraphs) - 1:
                body.append("")
        b = self.style.border
        lines = [f"{b.vertical}{pad}{self._align(l, w)}{pad}{b.vertical}" for l in body]
        if b is not Border.NONE:
            edge = b.corner + b.horizontal * (self.style.width - 2) + b.corner
            lines = [edge, *lines, edge]
        return "\n".join(lines)


if __name__ == "__main__":
    text = [
        "Dataclasses reduce boilerplate by generating __init__, __repr__ and comparison methods.",
        "Keyword-only fields keep constructor calls readable.",
    ]
    print(TextBox(text, title="notes").render())
    print(TextBox(text[:1], BoxStyle(30, border=Border.DOUBLE, align="center")).render())
