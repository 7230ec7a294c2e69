"""Generate a table of contents for a Markdown document."""

import re
from collections import Counter

HEADING_RE = re.compile(r"^(#{1,6})\s+(.+?)\s*#*\s*$")
FENCE_RE = re.compile(r"^(```|~~~)")


def anchor_for(title: str, used: Counter[str]) -> str:
    slug = re.sub(r"[^\w\- ]", "", title.lower()).strip().replace(" ", "-")
    n = used[slug]
    used[slug] += 1
    return slug if n == 0 else f"{slug}-{n}"


def markdown_toc(document: str, max_level: int = 3) -> str:
    in_fence = False
    used: Counter[str] = Counter()
    entries: list[str] = []
    min_level = None
    headings: list[tuple[int, str, str]] = []
    for line in document.splitlines():
        if FENCE_RE.match(line):
            in_fence = not in_fence
            continue
        if in_fence:
            continue
        m = HEADING_RE.match(line)
        if m and len(m.group(1)) <= max_level:
            level, title = len(m.group(1)), m.group(2)
            headings.append((level, title, anchor_for(title, used)))
            min_level = level if min_level is None else min(min_level, level)
    for level, title, anchor in headings:
        indent = "  " * (level - (min_level or 1))
        entries.append(f"{indent}- [{title}](#{anchor})")
    return "\n".join(entries)


if __name__ == "__main__":
    doc = "# Guide\n## Install\n```\n# not a heading\n```\n## Usage\n### Options\n## Usage\n#### Deep\n"
    print(markdown_toc(doc))
