# ordinary: render a list of dicts as an escaped HTML table with optional number formatting
from html import escape
from numbers import Number
from typing import Iterable, Mapping, Optional, Sequence


def _cell(value, tag: str = "td") -> str:
    if isinstance(value, bool):
        text = "yes" if value else "no"
    elif isinstance(value, float):
        text = f"{value:,.2f}"
    elif isinstance(value, Number):
        text = f"{value:,}"
    elif value is None:
        text = ""
    else:
        text = str(value)
    align = ' class="num"' if isinstance(value, Number) and not isinstance(value, bool) else ""
    return f"<{tag}{align}>{escape(text)}</{tag}>"


def render_table(rows: Iterable[Mapping], columns: Optional[Sequence[str]] = None, caption: str = "") -> str:
    rows = list(rows)
    if columns is None:
        columns = list(dict.fromkeys(key for row in rows for key in row))
    out = ['<table class="data">']
    if caption:
        out.append(f"  <caption>{escape(caption)}</caption>")
    out.append("  <thead><tr>" + "".join(_cell(c.replace("_", " ").title(), "th") for c in columns) + "</tr></thead>")
    out.append("  <tbody>")
    for row in rows:
        out.append("    <tr>" + "".join(_cell(row.get(c)) for c in columns) + "</tr>")
    out.append("  </tbody>")
    out.append("</table>")
    return "\n".join(out)


if __name__ == "__main__":
    data = [
        {"name": "Widget <A>", "qty": 1200, "unit_price": 2.5, "active": True},
        {"name": "Gadget & Co", "qty": 3, "unit_price": 1999.0, "active": False},
        {"name": "Thing", "qty": 42, "notes": '"quoted"'},
    ]
    print(render_table(data, caption="Inventory <2024>"))
