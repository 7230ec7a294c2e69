"""Build a table of contents from Markdown headings."""
import re
from collections import Counter

HEADING_RE = re.compile(r"^(#{1,6})\s+(.+?)\s*#*\s*$")
FENCE_RE = re.compile(r"^(```|~~~)")


def anchor_for(title: str) -> str:
    text = re.sub(r"[`*_\[\]()]", "", title).strip().lower()
    text = re.sub(r"[^\w\- ]", "", text)
    return re.sub(r"\s+", "-", text)


def extract_headings(markdown: str) -> list[dict]:
    headings = []
    in_fence = False
    used: Counter = Counter()
    for line_no, line in enumerate(markdown.splitlines(), 1):
        if FENCE_RE.match(line.strip()):
            in_fence = not in_fence
            continue
        if in_fence:
            continue
        m = HEADING_RE.match(line)
        if not m:
            continue
        title = m.group(2)
        anchor = anchor_for(title)
        if used[anchor]:
            unique = f"{anchor}-{used[anchor]}"
        else:
            unique = anchor
        used[anchor] += 1
        headings.append({"level": len(m.group(1)), "title": title, "anchor": unique, "line": line_no})
    return headings


def build_toc(markdown: str, max_level: int = 3, bullet: str = "-") -> str:
    headings = [h for h in extract_headings(markdown) if h["level"] <= max_level]
    if not headings:
        return ""
    base = min(h["level"] for h in headings)
    lines = [
        f"{'  ' * (h['level'] - base)}{bullet} [{h['title']}](#{h['anchor']})"
        for h in headings
    ]
    return "\n".join(lines)


if __name__ == "__main__":
    md = """# Project
Intro text.
## Install
```bash
# not a heading
```
## Usage
### Options ###
### Options
#### Deep
## FAQ & Notes
"""
    print(build_toc(md))
