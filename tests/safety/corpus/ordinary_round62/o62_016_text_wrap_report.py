# family: ordinary, blind round 62 (report formatting with textwrap and string.Template)
import textwrap
from string import Template

HEADER = Template("== $title ($count items) ==")
ENTRY = Template("* $name [$status] owner=$owner")
WIDTH = 48
ISSUES = [
    {"name": "Login fails on Safari", "status": "open", "owner": "kim",
     "body": "When the user clicks login on Safari 16, the page reloads and nothing happens. Console shows a CORS error."},
    {"name": "Typo in footer", "status": "closed",
     "body": "Footer says 'Copyrigth'."},
    {"name": "Slow export", "status": "open", "owner": "raj",
     "body": "CSV export of 50k rows takes over two minutes; probably building the whole string in memory."},
]


def render_issue(issue, indent="    "):
    head = ENTRY.safe_substitute(issue)
    body = textwrap.fill(issue.get("body", ""), width=WIDTH, initial_indent=indent,
                         subsequent_indent=indent)
    return head + "\n" + body


def render(issues, title="Issues", only=None):
    chosen = [i for i in issues if only is None or i["status"] == only]
    parts = [HEADER.substitute(title=title, count=len(chosen))]
    parts.extend(render_issue(i) for i in chosen)
    return "\n".join(parts)


if __name__ == "__main__":
    print(render(ISSUES))
    print()
    print(render(ISSUES, "Open", only="open"))
    print(textwrap.shorten(ISSUES[0]["body"], width=40, placeholder=" ..."))
