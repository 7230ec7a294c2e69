# ordinary: render records as an HTML table with escaping and CSS classes
import html


class HtmlTable:
    TABLE = '<table class="{css}">\n{head}\n{body}\n</table>'
    HEAD = "  <thead><tr>{cells}</tr></thead>"
    ROW = '  <tr class="{parity}">{cells}</tr>'
    HEADER_CELL = "<th>{}</th>"
    CELL = '<td class="{kind}">{value}</td>'

    def __init__(self, columns, css="data"):
        self.columns = columns
        self.css = css

    def _cell(self, value):
        kind = "num" if isinstance(value, (int, float)) and not isinstance(value, bool) else "text"
        text = "" if value is None else (f"{value:,.2f}" if isinstance(value, float) else str(value))
        return self.CELL.format(kind=kind, value=html.escape(text))

    def render(self, records):
        head = self.HEAD.format(cells="".join(self.HEADER_CELL.format(html.escape(c)) for c in self.columns))
        rows = []
        for i, record in enumerate(records):
            cells = "".join(self._cell(record.get(c)) for c in self.columns)
            rows.append(self.ROW.format(parity="odd" if i % 2 else "even", cells=cells))
        return self.TABLE.format(css=html.escape(self.css, quote=True), head=head, body="\n".join(rows))


if __name__ == "__main__":
    table = HtmlTable(["name", "role", "salary"], css="staff list")
    print(table.render([
        {"name": "Ada <admin>", "role": "Engineer & Lead", "salary": 120000.0},
        {"name": "Bob", "role": None, "salary": 95000},
        {"name": "\"Quotes\"", "salary": 1.5},
    ]))
