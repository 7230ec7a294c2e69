# family: ordinary, blind round 59 (wrap text into a framed box with alignment)
import textwrap
from enum import Enum


class Align(str, Enum):
    LEFT = "left"
    CENTER = "center"
    RIGHT = "right"


BORDERS = {
    "ascii": ("+", "-", "|"),
    "unicode": ("┼", "─", "│"),
}


def boxed(text: str, width: int = 40, align: Align = Align.LEFT, style: str = "ascii",
          title: str = "") -> str:
    corner, horiz, vert = BORDERS[style]
    inner = width - 4
    lines = []
    for paragraph in text.split("\n\n"):
        lines.extend(textwrap.wrap(" ".join(paragraph.split()), inner) or [""])
        lines.append("")
    lines = lines[:-1]
    pad = {"left": str.ljust, "center": str.center, "right": str.rjust}[Align(align).value]
    top = horiz * (width - 2)
    if title:
        label = f" {title} "
        top = label.center(width - 2, horiz)
    out = [f"{corner}{top}{corner}"]
    out += [f"{vert} {pad(line, inner)} {vert}" for line in lines]
    out.append(f"{corner}{horiz * (width - 2)}{corner}")
    return "\n".join(out)


if __name__ == "__main__":
    note = ("Deploys are frozen from Friday 18:00 until Monday 08:00.\n\n"
            "Emergency fixes need approval from the on-call lead and must include "
            "a rollback plan.")
    print(boxed(note, width=44, title="NOTICE"))
    print(boxed("centered text inside a unicode box", width=30, align=Align.CENTER, style="unicode"))
    print(boxed("right", width=16, align="right"))
