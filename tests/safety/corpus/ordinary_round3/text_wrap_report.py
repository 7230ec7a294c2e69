# ordinary: format a list of issues as a wrapped, indented plain-text report
import textwrap
from collections import Counter

SEVERITY_ORDER = {"critical": 0, "high": 1, "medium": 2, "low": 3}


def format_issue(number, issue, width=72):
    header = f"{number}. [{issue['severity'].upper()}] {issue['title']}"
    body = textwrap.fill(issue["description"], width=width, initial_indent="    ", subsequent_indent="    ")
    lines = [textwrap.shorten(header, width=width, placeholder=" …"), body]
    if issue.get("fix"):
        lines.append(textwrap.indent(textwrap.fill("Fix: " + issue["fix"], width - 6), "      "))
    return "\n".join(lines)


def report(issues, width=72):
    ordered = sorted(issues, key=lambda i: (SEVERITY_ORDER.get(i["severity"], 99), i["title"]))
    counts = Counter(i["severity"] for i in issues)
    summary = ", ".join(f"{counts[s]} {s}" for s in SEVERITY_ORDER if counts[s])
    parts = [f"{len(issues)} issues ({summary})", "=" * width]
    parts += [format_issue(n, issue, width) for n, issue in enumerate(ordered, 1)]
    return "\n\n".join(parts)


if __name__ == "__main__":
    issues = [
        {"severity": "low", "title": "Typo in footer", "description": "The footer says 'Copyrigth'."},
        {"severity": "critical", "title": "Login accepts empty password for legacy accounts created before the 2019 migration",
         "description": "Accounts imported from the old system have a NULL hash and the comparison treats NULL as a "
                        "match, so anyone can log in as those users without a password.",
         "fix": "Force a password reset for all migrated accounts and reject NULL hashes in the comparison."},
        {"severity": "medium", "title": "Slow search", "description": "Search takes 4s on large catalogues."},
    ]
    print(report(issues))
