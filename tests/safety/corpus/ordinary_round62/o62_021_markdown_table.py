# family: ordinary, blind round 62 (render rows as a markdown table with alignment)
from operator import itemgetter

ALIGN = {"l": lambda w: ":" + "-" * (w + 1), "r": lambda w: "-" * (w + 1) + ":",
         "c": lambda w: ":" + "-" * w + ":"}
ROWS = [
    {"city": "Lisbon", "country": "PT", "pop": 545_000, "area": 100.05},
    {"city": "Oslo", "country": "NO", "pop": 709_000, "area": 454.0},
    {"city": "Zürich", "country": "CH", "pop": 421_000, "area": 87.88},
    {"city": "Ghent", "country": "BE", "pop": 265_000, "area": 156.18},
]
FORMATTERS = {
    "pop": lambda v: "{:,}".format(v),
    "area": lambda v: "%.1f" % v,
}


def cell(col, value):
    fmt = FORMATTERS.get(col, str)
    return fmt(value)


def md_table(rows, cols=None, align="", sort_by=None, reverse=False):
    if not rows:
        return ""
    cols = cols or list(rows[0])
    if sort_by:
        rows = sorted(rows, key=itemgetter(sort_by), reverse=reverse)
    body = [[cell(c, r[c]) for c in cols] for r in rows]
    widths = [max(len(c), *(len(b[i]) for b in body)) for i, c in enumerate(cols)]
    align = align.ljust(len(cols), "l")

    def line(vals):
        return "| " + " | ".join(v.rjust(w) if a == "r" else v.ljust(w)
                                 for v, w, a in zip(vals, widths, align)) + " |"

    sep = "|" + "|".join(ALIGN[a](w) for a, w in zip(align, widths)) + "|"
    return "\n".join([line(cols), sep] + [line(b) for b in body])


if __name__ == "__main__":
    print(md_table(ROWS, align="lcrr", sort_by="pop", reverse=True))
    print()
    print(md_table(ROWS, cols=["country", "city"], sort_by="country"))
