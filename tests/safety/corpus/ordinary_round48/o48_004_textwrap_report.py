# family: ordinary, blind round 48 (textwrap report)
import textwrap

WIDTH = 60

tickets = [
    {"id": "BUG-101", "title": "Login page crashes when password contains unicode",
     "body": "Users on Safari report that entering a password with emoji characters causes the "
             "login form to throw an uncaught exception and the page goes blank. Reproducible "
             "on 16.4 and later."},
    {"id": "BUG-117", "title": "Export CSV includes trailing comma",
     "body": "The export feature writes an extra comma at the end of every row which breaks "
             "some spreadsheet importers."},
    {"id": "FEAT-9", "title": "Dark mode",
     "body": "Many requests for a dark theme. Should respect the OS preference by default."},
]


def section(ticket):
    header = f"[{ticket['id']}] {ticket['title']}"
    header = textwrap.shorten(header, width=WIDTH, placeholder=" ...")
    body = textwrap.fill(ticket["body"], width=WIDTH - 4,
                         initial_indent="    ", subsequent_indent="    ")
    return f"{header}\n{body}"


def build_report(items):
    rule = "=" * WIDTH
    title = "Weekly Ticket Digest".center(WIDTH)
    parts = [rule, title, rule]
    for t in items:
        parts.append(section(t))
        parts.append("-" * WIDTH)
    summary = textwrap.dedent(f"""\
        Total tickets: {len(items)}
        Bugs:          {sum(1 for t in items if t['id'].startswith('BUG'))}
        Features:      {sum(1 for t in items if t['id'].startswith('FEAT'))}""")
    parts.append(textwrap.indent(summary, "  "))
    return "\n".join(parts)


if __name__ == "__main__":
    print(build_report(tickets))
