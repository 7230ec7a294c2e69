"""Render release notes from structured change entries using string.Template and textwrap."""
from __future__ import annotations

import textwrap
from collections import defaultdict
from string import Template

HEADER = Template("# $project $version\n\nReleased on $date. $count change(s).\n")
SECTION_TITLES = {"feat": "Features", "fix": "Bug fixes", "docs": "Documentation", "chore": "Maintenance"}


def parse_commit(message: str) -> tuple[str, str, str | None]:
    """Parse conventional-commit style 'type(scope): summary'."""
    head, _, summary = message.partition(":")
    if not summary:
        return "chore", message.strip(), None
    kind, _, scope = head.partition("(")
    return kind.strip().lower(), summary.strip(), scope.rstrip(")") or None


def render_notes(project: str, version: str, date: str, commits: list[str], width: int = 60) -> str:
    grouped: dict[str, list[str]] = defaultdict(list)
    for message in commits:
        kind, summary, scope = parse_commit(message)
        prefix = f"**{scope}**: " if scope else ""
        grouped[kind if kind in SECTION_TITLES else "chore"].append(prefix + summary[0].upper() + summary[1:])
    parts = [HEADER.substitute(project=project, version=version, date=date, count=len(commits))]
    for kind, title in SECTION_TITLES.items():
        if not grouped.get(kind):
            continue
        parts.append(f"## {title}\n")
        for entry in grouped[kind]:
            parts.append(textwrap.fill(entry, width=width, initial_indent="- ", subsequent_indent="  "))
        parts.append("")
    return "\n".join(parts).rstrip() + "\n"


def summary_line(template: str, **values: str) -> str:
    """Fill a user-provided template, leaving unknown placeholders untouched."""
    return Template(template).safe_substitute(values)


if __name__ == "__main__":
    commits = [
        "feat(api): add pagination to the list endpoints so that large collections can be browsed "
        "without timeouts",
        "fix: handle empty CSV uploads",
        "docs(readme): clarify installation",
        "bump dependencies",
        "fix(auth): refresh tokens before expiry",
    ]
    print(render_notes("Acme", "2.3.0", "2024-05-01", commits))
    print(summary_line("$project shipped $version to $channel", project="Acme", version="2.3.0"))
