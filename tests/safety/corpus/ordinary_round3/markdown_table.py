# ordinary: build a GitHub-flavoured Markdown table from dict records
def escape_cell(value):
    text = "" if value is None else str(value)
    return text.replace("|", "\\|").replace("\n", "<br>")


def markdown_table(records, columns=None, numeric_right=True):
    if not records:
        return ""
    columns = columns or list(dict.fromkeys(key for record in records for key in record))
    rows = [[escape_cell(record.get(col)) for col in columns] for record in records]
    widths = [max(3, len(col), *(len(row[i]) for row in rows)) for i, col in enumerate(columns)]
    numeric = [
        numeric_right and all(isinstance(r.get(col), (int, float)) for r in records if r.get(col) is not None)
        for col in columns
    ]

    def line(cells):
        padded = [c.rjust(w) if num else c.ljust(w) for c, w, num in zip(cells, widths, numeric)]
        return "| " + " | ".join(padded) + " |"

    rule = "| " + " | ".join(("-" * (w - 1) + ":") if num else "-" * w for w, num in zip(widths, numeric)) + " |"
    return "\n".join([line(columns), rule] + [line(row) for row in rows])


if __name__ == "__main__":
    people = [
        {"name": "Ada", "born": 1815, "field": "Mathematics"},
        {"name": "Grace | Hopper", "born": 1906, "field": "Computing"},
        {"name": "Alan", "born": 1912},
    ]
    print(markdown_table(people))
    print(markdown_table(people, columns=["field", "name"]))
