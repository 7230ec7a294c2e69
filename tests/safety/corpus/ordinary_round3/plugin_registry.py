# ordinary: registry of exporter classes selected by format name
import csv
import io
import json


class Registry:
    def __init__(self, kind):
        self.kind = kind
        self._entries = {}

    def register(self, name):
        def decorator(cls):
            if name in self._entries:
                raise ValueError(f"{self.kind} {name!r} is already registered")
            self._entries[name] = cls
            return cls
        return decorator

    def create(self, name, *args, **kwargs):
        try:
            cls = self._entries[name]
        except KeyError:
            raise ValueError(f"unknown {self.kind} {name!r}; available: {', '.join(sorted(self._entries))}") from None
        return cls(*args, **kwargs)

    def names(self):
        return sorted(self._entries)


exporters = Registry("exporter")


@exporters.register("json")
class JsonExporter:
    def __init__(self, indent=None):
        self.indent = indent

    def export(self, rows):
        return json.dumps(rows, indent=self.indent)


@exporters.register("csv")
class CsvExporter:
    def export(self, rows):
        if not rows:
            return ""
        buffer = io.StringIO()
        writer = csv.DictWriter(buffer, fieldnames=list(rows[0]))
        writer.writeheader()
        writer.writerows(rows)
        return buffer.getvalue()


@exporters.register("text")
class TextExporter:
    def export(self, rows):
        return "\n".join(", ".join(f"{k}={v}" for k, v in row.items()) for row in rows)


if __name__ == "__main__":
    rows = [{"id": 1, "name": "Ada"}, {"id": 2, "name": "Linus"}]
    print(exporters.names())
    for fmt in exporters.names():
        print(f"--- {fmt}\n{exporters.create(fmt).export(rows)}")
    print(exporters.create("json", indent=2).export(rows[:1]))
    try:
        exporters.create("xml")
    except ValueError as exc:
        print(exc)
