import textwrap
from itertools import zip_longest


def render_table(rows: list[list[str]], widths: list[int], header: bool = True) -> str:
    """Render rows as a text table, wrapping long cells to the given column widths."""
    if any(len(r) != len(widths) for r in rows):
        raise ValueError("every row needs one cell per column")
    border = "+" + "+".join("-" * (w + 2) for w in widths) + "+"
    out = [border]
    for index, row in enumerate(rows):
        wrapped = [textwrap.wrap(str(cell), width) or [""] for cell, width in zip(row, widths)]
        for parts in zip_longest(*wrapped, fillvalue=""):
            cells = " | ".join(part.ljust(width) for part, width in zip(parts, widths))
            out.append(f"| {cells} |")
        if header and index == 0:
            out.append(border.replace("-", "="))
    out.append(border)
    return "\n".join(out)


def shorten_all(texts: list[str], width: int = 40) -> list[str]:
    return [textwrap.shorten(t, width=width, placeholder="...") for t in texts]


def indent_block(text: str, prefix: str = "    ") -> str:
    return textwrap.indent(textwrap.dedent(text).strip(), prefix)
