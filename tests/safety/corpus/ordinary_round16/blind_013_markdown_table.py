"""Render a list of dicts as a Markdown table, and parse one back."""


def to_markdown_table(rows: list[dict], columns: list[str] | None = None, align: dict | None = None) -> str:
    if not rows:
        return ""
    columns = columns or list(dict.fromkeys(k for r in rows for k in r))
    align = align or {}
    cells = [[str(r.get(c, "")) for c in columns] for r in rows]
    widths = [max(len(c), *(len(row[i]) for row in cells)) for i, c in enumerate(columns)]

    def fmt(values):
        return "| " + " | ".join(v.ljust(w) for v, w in zip(values, widths)) + " |"

    seps = []
    for c, w in zip(columns, widths):
        a = align.get(c, "left")
        dash = "-" * max(w, 3)
        if a == "right":
            dash = dash[:-1] + ":"
        elif a == "center":
            dash = ":" + dash[1:-1] + ":"
        seps.append(dash)
    lines = [fmt(columns), "| " + " | ".join(seps) + " |"]
    lines += [fmt(row) for row in cells]
    return "\n".join(lines)


def parse_markdown_table(text: str) -> list[dict]:
    lines = [ln.strip() for ln in text.strip().splitlines() if ln.strip()]
    if len(lines) < 2:
        return []
    split = lambda ln: [c.strip() for c in ln.strip("|").split("|")]
    header = split(lines[0])
    return [dict(zip(header, split(ln))) for ln in lines[2:]]


if __name__ == "__main__":
    data = [{"name": "apple", "qty": 3, "price": 1.2}, {"name": "kiwi", "qty": 12}]
    md = to_markdown_table(data, align={"qty": "right", "price": "center"})
    print(md)
    print(parse_markdown_table(md))
