"""Build an HTML table from records, escaping all user content."""
import html
from typing import Any, Iterable

PAGE_TEMPLATE = """<!doctype html>
<html><head><meta charset="utf-8"><title>{title}</title></head>
<body>
<h1>{title}</h1>
{table}
<p class="meta">{count} rows</p>
</body></html>"""


def _attrs(**attrs: Any) -> str:
    parts = [f'{k.rstrip("_")}="{html.escape(str(v), quote=True)}"' for k, v in attrs.items() if v is not None]
    return (" " + " ".join(parts)) if parts else ""


def _row(cells: Iterable[Any], tag: str = "td") -> str:
    return "<tr>" + "".join(f"<{tag}>{html.escape(str(c))}</{tag}>" for c in cells) + "</tr>"


def html_table(records: list[dict], title: str = "Report", columns: list[str] | None = None,
               full_page: bool = False, css_class: str | None = "data") -> str:
    columns = columns or sorted({k for r in records for k in r})
    lines = [f"<table{_attrs(class_=css_class)}>", "<thead>" + _row(columns, "th") + "</thead>", "<tbody>"]
    for rec in records:
        lines.append(_row(rec.get(c, "") for c in columns))
    lines += ["</tbody>", "</table>"]
    table = "\n".join(lines)
    if not full_page:
        return table
    return PAGE_TEMPLATE.format(title=html.escape(title), table=table, count=len(records))


if __name__ == "__main__":
    print(html_table([{"name": "<b>Ann</b>", "note": 'says "hi" & waves'}, {"name": "Bob", "score": 7}],
                     title="People & scores", full_page=True))
