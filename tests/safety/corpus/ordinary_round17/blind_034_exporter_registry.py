"""Plugin-style registry of exporters selected by name."""
import csv
import io
import json

EXPORTERS = {}


def exporter(name: str):
    """Class decorator that registers an exporter under *name*."""
    def register(cls):
        cls.format_name = name
        EXPORTERS[name] = cls
        return cls
    return register


class BaseExporter:
    format_name = "base"

    def export(self, records: list[dict]) -> str:
        raise NotImplementedError


@exporter("json")
class JsonExporter(BaseExporter):
    def export(self, records):
        return json.dumps(records, indent=2, default=str)


@exporter("csv")
class CsvExporter(BaseExporter):
    def export(self, records):
        buf = io.StringIO()
        fields = sorted({k for r in records for k in r})
        writer = csv.DictWriter(buf, fieldnames=fields, lineterminator="\n")
        writer.writeheader()
        writer.writerows(records)
        return buf.getvalue()


@exporter("markdown")
class MarkdownExporter(BaseExporter):
    def export(self, records):
        fields = list(dict.fromkeys(k for r in records for k in r))
        lines = ["| " + " | ".join(fields) + " |", "|" + "---|" * len(fields)]
        for r in records:
            lines.append("| " + " | ".join(str(r.get(f, "")) for f in fields) + " |")
        return "\n".join(lines)


def export(records: list[dict], fmt: str) -> str:
    try:
        cls = EXPORTERS[fmt]
    except KeyError:
        raise ValueError(f"unknown format {fmt!r}; choose from {sorted(EXPORTERS)}") from None
    return cls().export(records)


if __name__ == "__main__":
    stock = [{"sku": "A1", "qty": 4, "bin": "X3"}, {"sku": "B7", "qty": 0}]
    for fmt in ("markdown", "csv", "json"):
        print(export(stock, fmt))
    try:
        export(stock, "xml")
    except ValueError as e:
        print(e)
