"""Convert a small subset of Markdown to HTML."""
import html
import re

INLINE_RULES = [
    (re.compile(r"`([^`]+)`"), r"<code>\1</code>"),
    (re.compile(r"\*\*(.+?)\*\*"), r"<strong>\1</strong>"),
    (re.compile(r"(?<!\*)\*(?!\*)(.+?)\*"), r"<em>\1</em>"),
    (re.compile(r"\[([^\]]+)\]\((https?://[^)\s]+)\)"), r'<a href="\2">\1</a>'),
]
HEADING = re.compile(r"^(#{1,6})\s+(.*)$")
LIST_ITEM = re.compile(r"^\s*[-*+]\s+(.*)$")


def inline(text: str) -> str:
    text = html.escape(text, quote=False)
    for pattern, repl in INLINE_RULES:
        text = pattern.sub(repl, text)
    return text


def markdown_to_html(source: str) -> str:
    out: list[str] = []
    para: list[str] = []
    in_list = False

    def flush_para() -> None:
        if para:
            out.append(f"<p>{inline(' '.join(para))}</p>")
            para.clear()

    for line in source.splitlines():
        if not line.strip():
            flush_para()
            if in_list:
                out.append("</ul>")
                in_list = False
            continue
        if m := HEADING.match(line):
            flush_para()
            level = len(m.group(1))
            out.append(f"<h{level}>{inline(m.group(2).strip())}</h{level}>")
        elif m := LIST_ITEM.match(line):
            flush_para()
            if not in_list:
                out.append("<ul>")
                in_list = True
            out.append(f"  <li>{inline(m.group(1))}</li>")
        else:
            para.append(line.strip())
    flush_para()
    if in_list:
        out.append("</ul>")
    return "\n".join(out)


if __name__ == "__main__":
    md = "# Title\n\nSome *emphasis* and **bold** text with `code <x>`.\n\n- one\n- [two](https://example.com)\n\nEnd & bye."
    print(markdown_to_html(md))
