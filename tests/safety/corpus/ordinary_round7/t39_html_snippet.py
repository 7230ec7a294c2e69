# ordinary: turn a tiny markdown subset into safe HTML
import html
import re
from typing import Callable

INLINE: list[tuple[re.Pattern[str], Callable[[re.Match[str]], str]]] = [
    (re.compile(r"\*\*(.+?)\*\*"), lambda m: f"<strong>{m.group(1)}</strong>"),
    (re.compile(r"\*(.+?)\*"), lambda m: f"<em>{m.group(1)}</em>"),
    (re.compile(r"`(.+?)`"), lambda m: "<code>{}</code>".format(m.group(1))),
    (re.compile(r"\[(.+?)\]\((https?://[^\s)]+)\)"), lambda m: '<a href="{1}">{0}</a>'.format(m.group(1), m.group(2))),
]


def _inline(text: str) -> str:
    text = html.escape(text, quote=False)
    for pattern, repl in INLINE:
        text = pattern.sub(repl, text)
    return text


def markdown_to_html(markdown: str) -> dict[str, str | int]:
    """Headings, bullet lists, paragraphs, bold/italic/code/links; everything else is escaped."""
    out: list[str] = []
    in_list = False
    for raw in markdown.splitlines():
        line = raw.rstrip()
        if (m := re.match(r"^(#{1,6})\s+(.*)", line)):
            level = len(m.group(1))
            out.append(f"<h{level}>{_inline(m.group(2))}</h{level}>")
        elif line.startswith(("- ", "* ")):
            if not in_list:
                out.append("<ul>")
                in_list = True
            out.append(f"  <li>{_inline(line[2:])}</li>")
            continue
        elif line:
            out.append(f"<p>{_inline(line)}</p>")
        if in_list:
            out.insert(len(out) - (1 if line else 0), "</ul>")
            in_list = False
    if in_list:
        out.append("</ul>")
    result = "\n".join(out)
    return {"html": result, "text": html.unescape(re.sub(r"<[^>]+>", "", result)), "tags": result.count("<") // 2}


if __name__ == "__main__":
    print(markdown_to_html("# Title\nSome **bold** & <raw> text\n- one\n- [link](https://x.y)\n\nend")["html"])
