# ordinary: reflow text into columns, bullet lists or a boxed note
import textwrap
from typing import Literal

Mode = Literal["wrap", "bullets", "box"]


def _boxed(lines: list[str], width: int) -> str:
    top = "+" + "-" * (width + 2) + "+"
    body = ["| {:<{w}} |".format(line, w=width) for line in lines]
    return "\n".join([top, *body, top])


def reflow(text: str, width: int = 40, mode: Mode = "wrap", indent: int = 0) -> dict[str, str | int]:
    """Wrap text to width, as bullets, or inside an ASCII box."""
    width = max(10, min(width, 200))
    text = textwrap.dedent(text).strip()
    if mode == "bullets":
        items = [p.strip() for p in text.split("\n") if p.strip()]
        wrapper = textwrap.TextWrapper(width=width, initial_indent="• ", subsequent_indent="  ")
        result = "\n".join(wrapper.fill(i) for i in items)
    elif mode == "box":
        result = _boxed(textwrap.wrap(text, width - 4), width - 4)
    else:
        result = textwrap.fill(text, width=width)
    if indent:
        result = textwrap.indent(result, " " * indent)
    return {"text": result, "lines": result.count("\n") + 1, "preview": textwrap.shorten(text, 30, placeholder="…")}


if __name__ == "__main__":
    print(reflow("first point is here\nsecond point is quite a bit longer than the first one", 24, "box")["text"])
