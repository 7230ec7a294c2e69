# family: ordinary, blind round 59 (render records as an escaped HTML table with column filters)
import fnmatch
import html
from typing import Any, Dict, List, Optional, Sequence


def _cell(value: Any) -> str:
    if value is None:
        return '<td class="empty"></td>'
    if isinstance(value, bool):
        return f"<td>{'yes' if value else 'no'}</td>"
    if isinstance(value, (int, float)):
        return f'<td class="num">{value:,}</td>'
    return f"<td>{html.escape(str(value))}</td>"


def records_to_html(records: Sequence[Dict[str, Any]], include: Optional[List[str]] = None,
                    sort_by: Optional[str] = None, caption: str = "") -> str:
    columns: List[str] = []
    for rec in records:
        for key in rec:
            if key not in columns:
                columns.append(key)
    if include:
        columns = [c for c in columns if any(fnmatch.fnmatch(c, pat) for pat in include)]
    rows = list(records)
    if sort_by:
        rows.sort(key=lambda r: (r.get(sort_by) is None, r.get(sort_by)))
    parts = ["<table>"]
    if caption:
        parts.append(f"  <caption>{html.escape(caption)}</caption>")
    parts.append("  <tr>" + "".join(f"<th>{html.escape(c)}</th>" for c in columns) + "</tr>")
    for rec in rows:
        parts.append("  <tr>" + "".join(_cell(rec.get(c)) for c in columns) + "</tr>")
    parts.append("</table>")
    return "\n".join(parts)


if __name__ == "__main__":
    data = [
        {"name": "Widget <Pro>", "price_usd": 1299.5, "in_stock": True, "note": "Tom & Jerry's pick"},
        {"name": "Gadget", "price_usd": 49, "in_stock": False, "price_eur": 45},
        {"name": "Doohickey", "price_usd": None, "in_stock": True, "note": '"quoted"'},
    ]
    print(records_to_html(data, include=["name", "price_*", "in_stock"], sort_by="price_usd",
                          caption="Catalog <Q3>"))
