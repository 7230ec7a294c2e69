"""Build small, safely-escaped HTML fragments from data."""
import html
from typing import Iterable


def tag(name: str, content: str = "", /, **attrs) -> str:
    parts = [name]
    for key, value in attrs.items():
        key = key.rstrip("_").replace("_", "-")
        if value is True:
            parts.append(key)
        elif value not in (None, False):
            parts.append(f'{key}="{html.escape(str(value), quote=True)}"')
    return f"<{' '.join(parts)}>{content}</{name}>"


def table(rows: Iterable[dict], columns: list[str], caption: str | None = None, css_class: str = "data") -> str:
    head = "".join(tag("th", html.escape(c.title()), scope="col") for c in columns)
    body = []
    for row in rows:
        cells = "".join(tag("td", html.escape(str(row.get(c, "")))) for c in columns)
        body.append(tag("tr", cells))
    cap = tag("caption", html.escape(caption)) if caption else ""
    return tag("table", cap + tag("thead", tag("tr", head)) + tag("tbody", "".join(body)), class_=css_class)


def link_list(links: list[tuple[str, str]], ordered: bool = False) -> str:
    items = "".join(tag("li", tag("a", html.escape(text), href=url, rel="noopener")) for text, url in links)
    return tag("ol" if ordered else "ul", items)


def strip_tags(fragment: str) -> str:
    out, inside = [], False
    for ch in fragment:
        if ch == "<":
            inside = True
        elif ch == ">":
            inside = False
        elif not inside:
            out.append(ch)
    return html.unescape("".join(out))


if __name__ == "__main__":
    t = table([{"name": "<script>alert(1)</script>", "score": 9}, {"name": "O'Neil & Co", "score": 7}],
              ["name", "score"], caption="Scores > 5")
    print(t)
    print(link_list([("Home", "/"), ('Search "x"', "/s?q=x&y=1")], ordered=True))
    print(tag("input", type="checkbox", checked=True, disabled=False, data_id=5))
    print(strip_tags(t))
