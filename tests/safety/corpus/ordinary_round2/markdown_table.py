# ordinary: format rows into an aligned Markdown table with per-column alignment
from typing import Any, List, Literal, Sequence

Align = Literal["left", "right", "center"]


def _fmt(value: Any) -> str:
    if isinstance(value, float):
        return f"{value:.2f}"
    return "" if value is None else str(value).replace("|", "\\|")


def markdown_table(headers: Sequence[str], rows: Sequence[Sequence[Any]], align: Sequence[Align] = ()) -> str:
    cells: List[List[str]] = [[_fmt(v) for v in row] for row in rows]
    widths = [max(len(h), 3) for h in headers]
    for row in cells:
        if len(row) != len(headers):
            raise ValueError(f"row has {len(row)} cells, expected {len(headers)}")
        widths = [max(w, len(c)) for w, c in zip(widths, row)]
    aligns = list(align) + ["left"] * (len(headers) - len(align))

    def pad(text: str, width: int, how: Align) -> str:
        if how == "right":
            return f"{text:>{width}}"
        if how == "center":
            return f"{text:^{width}}"
        return f"{text:<{width}}"

    def rule(width: int, how: Align) -> str:
        if how == "right":
            return "-" * (width - 1) + ":"
        if how == "center":
            return ":" + "-" * (width - 2) + ":"
        return "-" * width

    lines = [
        "| " + " | ".join(pad(h, w, a) for h, w, a in zip(headers, widths, aligns)) + " |",
        "| " + " | ".join(rule(w, a) for w, a in zip(widths, aligns)) + " |",
    ]
    for row in cells:
        lines.append("| " + " | ".join(pad(c, w, a) for c, w, a in zip(row, widths, aligns)) + " |")
    return "\n".join(lines)


if __name__ == "__main__":
    print(markdown_table(
        ["Language", "Year", "Score"],
        [["Python", 1991, 9.5], ["C|C++", 1972, 8.25], ["Rust", 2015, None]],
        align=["left", "center", "right"],
    ))
