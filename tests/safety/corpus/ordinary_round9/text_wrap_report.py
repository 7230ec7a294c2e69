"""Format paragraphs into a boxed report using textwrap."""
import textwrap
from dataclasses import dataclass, field
from typing import ClassVar


@dataclass
class Box:
    width: int = 40
    title: str = ""
    lines: list[str] = field(default_factory=list)

    TOP: ClassVar[str] = "+{rule}+"
    ROW: ClassVar[str] = "| {text:<{w}} |"
    HEAD: ClassVar[str] = "| {text:^{w}} |"

    @property
    def inner(self) -> int:
        return self.width - 4

    def add_paragraph(self, text: str, indent: str = "") -> None:
        wrapped = textwrap.wrap(text, width=self.inner, initial_indent=indent,
                                subsequent_indent=" " * len(indent)) or [""]
        self.lines.extend(wrapped)

    def render(self) -> str:
        rule = "-" * (self.width - 2)
        out = [self.TOP.format(rule=rule)]
        if self.title:
            out.append(self.HEAD.format(text=textwrap.shorten(self.title, self.inner), w=self.inner))
            out.append(self.TOP.format(rule=rule))
        for line in self.lines:
            out.append(self.ROW.format(text=line, w=self.inner))
        out.append(self.TOP.format(rule=rule))
        return "\n".join(out)


def boxed_report(title: str, paragraphs: list[str], width: int = 40, bullets: bool = False) -> str:
    """Entry point: produce a boxed, wrapped text report."""
    if width < 10:
        raise ValueError("width too small")
    box = Box(width=width, title=title)
    for i, para in enumerate(paragraphs):
        if i and not bullets:
            box.lines.append("")
        box.add_paragraph(textwrap.dedent(para).strip(), indent="* " if bullets else "")
    return box.render()
