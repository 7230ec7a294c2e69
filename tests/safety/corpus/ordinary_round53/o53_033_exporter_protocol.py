# family: ordinary, blind round 53 (typing.Protocol structural exporters)

import json
from typing import Iterable, Protocol, runtime_checkable


@runtime_checkable
class Exporter(Protocol):
    extension: str

    def export(self, rows: list[dict]) -> str: ...


class JsonExporter:
    extension = "json"

    def export(self, rows: list[dict]) -> str:
        return json.dumps(rows, separators=(",", ":"))


class MarkdownExporter:
    extension = "md"

    def export(self, rows: list[dict]) -> str:
        if not rows:
            return ""
        cols = list(rows[0])
        lines = ["| " + " | ".join(cols) + " |", "|" + "---|" * len(cols)]
        lines += ["| " + " | ".join(str(r[c]) for c in cols) + " |" for r in rows]
        return "\n".join(lines)


class TsvExporter:
    extension = "tsv"

    def export(self, rows):
        cols = list(rows[0]) if rows else []
        return "\n".join(["\t".join(cols)] + ["\t".join(str(r[c]) for c in cols) for r in rows])


class NotAnExporter:
    def save(self, rows):
        return None


def export_all(exporters: Iterable[Exporter], rows: list[dict]) -> dict[str, str]:
    return {f"report.{e.extension}": e.export(rows) for e in exporters}


if __name__ == "__main__":
    data = [{"city": "Oslo", "temp": -3}, {"city": "Lima", "temp": 19}]
    candidates = [JsonExporter(), MarkdownExporter(), TsvExporter(), NotAnExporter()]
    valid = [c for c in candidates if isinstance(c, Exporter)]
    print("accepted:", [type(c).__name__ for c in valid])
    for name, body in export_all(valid, data).items():
        print(f"--- {name}\n{body}")
