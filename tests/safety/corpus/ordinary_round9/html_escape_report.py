"""Render rows into a small HTML table, escaping everything."""
import html
from string import Template
from typing import Any, Mapping

PAGE = Template("<table class=\"$css\">\n<thead><tr>$head</tr></thead>\n<tbody>\n$body\n</tbody>\n</table>")
ROW = Template("<tr>$cells</tr>")


class Cell:
    TEMPLATE = "<td{attrs}>{text}</td>"

    def __init__(self, value: Any, numeric: bool = False) -> None:
        self.value = value
        self.numeric = numeric

    @classmethod
    def of(cls, value: Any) -> "Cell":
        return cls(value, isinstance(value, (int, float)) and not isinstance(value, bool))

    def __str__(self) -> str:
        attrs = ' class="num"' if self.numeric else ""
        return self.TEMPLATE.format(attrs=attrs, text=html.escape(str(self.value)))


def html_table(rows: list[Mapping[str, Any]], css: str = "report") -> str:
    """Entry point: build an HTML table string from dict rows."""
    columns: list[str] = []
    for row in rows:
        columns.extend(k for k in row if k not in columns)
    head = "".join(f"<th>{html.escape(c)}</th>" for c in columns)
    body_rows = []
    for row in rows:
        cells = "".join(str(Cell.of(row.get(c, ""))) for c in columns)
        body_rows.append(ROW.substitute(cells=cells))
    return PAGE.substitute(css=html.escape(css, quote=True), head=head, body="\n".join(body_rows))


def strip_tags_preview(markup: str, limit: int = 60) -> str:
    out, depth = [], 0
    for ch in markup:
        if ch == "<":
            depth += 1
        elif ch == ">":
            depth -= 1
        elif depth == 0:
            out.append(ch)
    return html.unescape("".join(out))[:limit]
