"""Format a sales report using textwrap, pprint and format specs."""
import textwrap
import pprint
from collections import Counter
from datetime import date


def format_report(title: str, rows: list[dict], notes: str = "", width: int = 60) -> str:
    lines = [title.center(width, "="), f"Generated {date(2024, 5, 1):%A %d %B %Y}".center(width), ""]
    header = f"{'Region':<12}{'Units':>10}{'Revenue':>16}{'Share':>10}"
    lines += [header, "-" * len(header)]
    total = sum(r["revenue"] for r in rows) or 1
    for r in sorted(rows, key=lambda r: -r["revenue"]):
        lines.append(f"{r['region']:<12}{r['units']:>10,}{r['revenue']:>16,.2f}{r['revenue'] / total:>10.1%}")
    lines.append("-" * len(header))
    lines.append(f"{'TOTAL':<12}{sum(r['units'] for r in rows):>10,}{total:>16,.2f}{1:>10.0%}")
    if notes:
        lines += ["", "Notes:"]
        lines += textwrap.wrap(notes, width=width - 4, initial_indent="  * ", subsequent_indent="    ")
    return "\n".join(lines)


def summarise_words(text: str, n: int = 3) -> str:
    counts = Counter(w.strip(".,").lower() for w in text.split() if len(w) > 4)
    return pprint.pformat(dict(counts.most_common(n)), width=40)


def shorten_all(items: list[str], width: int = 25) -> list[str]:
    return [textwrap.shorten(s, width=width, placeholder=" [...]") for s in items]


if __name__ == "__main__":
    data = [{"region": "North", "units": 1200, "revenue": 35210.5},
            {"region": "South", "units": 800, "revenue": 21044.0},
            {"region": "West", "units": 15320, "revenue": 402311.25}]
    notes = ("West region figures include the bulk order from the spring campaign, which will "
             "not repeat next quarter. South numbers are preliminary pending returns processing.")
    print(format_report("Q1 Sales", data, notes))
    print(summarise_words(notes))
    print(shorten_all([notes, "short one"]))
