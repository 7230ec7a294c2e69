"""Build small HTML fragments safely from data."""
import html


def tag(name: str, content: str = "", **attrs) -> str:
    parts = [name]
    for key, value in attrs.items():
        if value is None or value is False:
            continue
        key = key.rstrip("_").replace("_", "-")
        parts.append(key if value is True else f'{key}="{html.escape(str(value), quote=True)}"')
    return f"<{' '.join(parts)}>{content}</{name}>"


def table(rows: list[dict], caption: str | None = None) -> str:
    if not rows:
        return "<p>No data</p>"
    cols = list(dict.fromkeys(k for r in rows for k in r))
    head = "".join(tag("th", html.escape(str(c))) for c in cols)
    body = "".join(
        tag("tr", "".join(tag("td", html.escape(str(r.get(c, "")))) for c in cols))
        for r in rows
    )
    cap = tag("caption", html.escape(caption)) if caption else ""
    return tag("table", cap + tag("thead", tag("tr", head)) + tag("tbody", body), class_="data")


def link_list(links: dict[str, str]) -> str:
    items = "".join(tag("li", tag("a", html.escape(text), href=url)) for text, url in links.items())
    return tag("ul", items)


def strip_entities(text: str) -> str:
    return html.unescape(text)


if __name__ == "__main__":
    print(tag("input", type="checkbox", checked=True, disabled=False, data_id=5))
    print(table([{"name": "<b>Ana</b>", "age": 31}, {"name": "Bo & Co"}], caption="People"))
    print(link_list({"Home": "/", "Search": "/s?q=a&b=\"c\""}))
    print(strip_entities("Fish &amp; Chips &lt;3 &eacute;"))
