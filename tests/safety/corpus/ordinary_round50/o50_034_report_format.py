# family: ordinary, blind round 50 (report formatting with f-strings and format specs)
from datetime import date

SALES = [
    ("North", "Q1", 125_430.5, 0.082),
    ("North", "Q2", 141_002.0, 0.124),
    ("South", "Q1", 98_211.75, -0.031),
    ("South", "Q2", 102_980.1, 0.049),
    ("West", "Q1", 7_450.0, 1.35),
    ("West", "Q2", 0.0, -1.0),
]


def format_report(rows, title="Quarterly Sales", width=52):
    out = [f"{title:=^{width}}", f"{'Generated ' + date(2024, 7, 2).strftime('%d %b %Y'):>{width}}"]
    out.append(f"{'Region':<8}{'Qtr':^5}{'Revenue':>16}{'Growth':>10}{'Bar':>13}")
    out.append("-" * width)
    peak = max(r[2] for r in rows) or 1
    for region, qtr, revenue, growth in rows:
        bar = "#" * round(revenue / peak * 10)
        out.append(f"{region:<8}{qtr:^5}{revenue:>16,.2f}{growth:>+10.1%} {bar:<12}")
    total = sum(r[2] for r in rows)
    out.append("-" * width)
    out.append(f"{'TOTAL':<13}{total:>16,.2f}")
    out.append(f"{'Average':<13}{total / len(rows):>16,.0f}")
    out.append(f"{'In hex (int)':<13}{int(total):>#16x}")
    out.append(f"{'Sci':<13}{total:>16.3e}")
    return "\n".join(out)


if __name__ == "__main__":
    print(format_report(SALES))
