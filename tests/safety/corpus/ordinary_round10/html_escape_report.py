"""Build a small HTML report from rows, escaping user content."""

import html
from string import Template

PAGE = Template("""<!doctype html>
<html><head><title>$title</title></head>
<body>
<h1>$title</h1>
<table>
<thead><tr>$header</tr></thead>
<tbody>
$body
</tbody>
</table>
<p>$footer</p>
</body></html>""")


def _cell(value: object, tag: str = "td") -> str:
    return f"<{tag}>{html.escape(str(value))}</{tag}>"


def html_report(title: str, columns: list[str], rows: list[list[object]]) -> str:
    header = "".join(_cell(c, "th") for c in columns)
    body = "\n".join("<tr>" + "".join(_cell(v) for v in row) + "</tr>" for row in rows)
    return PAGE.substitute(
        title=html.escape(title),
        header=header,
        body=body,
        footer=f"{len(rows)} row(s)",
    )


if __name__ == "__main__":
    print(html_report("Users <beta>", ["name", "note"], [["Ann", "likes <b>bold</b>"], ["Bo", "a & b"]]))
