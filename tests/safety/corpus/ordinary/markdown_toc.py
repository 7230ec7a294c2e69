import re
import unicodedata

HEADING = re.compile(r"^(#{1,6})\s+(.+?)\s*#*\s*$")


def slugify(title: str) -> str:
    normal = unicodedata.normalize("NFKD", title)
    ascii_only = normal.encode("ascii", "ignore").decode("ascii")
    slug = re.sub(r"[^\w\s-]", "", ascii_only).strip().lower()
    return re.sub(r"[\s_-]+", "-", slug)


def table_of_contents(markdown: str, max_level: int = 3) -> str:
    """Build a nested bullet list of links to the headings of a Markdown document."""
    lines = []
    seen: dict[str, int] = {}
    in_code = False
    for line in markdown.splitlines():
        if line.strip().startswith("```"):
            in_code = not in_code
            continue
        if in_code:
            continue
        match = HEADING.match(line)
        if not match:
            continue
        level = len(match.group(1))
        if level > max_level:
            continue
        title = match.group(2)
        slug = slugify(title)
        count = seen.get(slug, 0)
        seen[slug] = count + 1
        if count:
            slug = f"{slug}-{count}"
        indent = "  " * (level - 1)
        lines.append(f"{indent}- [{title}](#{slug})")
    return "\n".join(lines)
