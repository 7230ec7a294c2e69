# family: ordinary, blind round 63 (plugin registry using ABC and a registering class decorator)
from abc import ABC, abstractmethod


class UnknownFormatError(LookupError):
    def __init__(self, name, known):
        super().__init__(name)
        self.name, self.known = name, known

    def __str__(self):
        return f"no exporter named {self.name!r}; known: {', '.join(self.known)}"


class Exporter(ABC):
    registry = {}

    @classmethod
    def register(cls, name):
        def decorator(subclass):
            cls.registry[name] = subclass
            return subclass
        return decorator

    @classmethod
    def create(cls, name, **options):
        try:
            return cls.registry[name](**options)
        except KeyError:
            raise UnknownFormatError(name, sorted(cls.registry)) from None

    @abstractmethod
    def export(self, rows): ...


@Exporter.register("csv")
class CSVExporter(Exporter):
    def __init__(self, sep=","):
        self.sep = sep

    def export(self, rows):
        header = list(rows[0])
        lines = [self.sep.join(header)]
        lines += [self.sep.join(str(r[h]) for h in header) for r in rows]
        return "\n".join(lines)


@Exporter.register("markdown")
class MarkdownExporter(Exporter):
    def export(self, rows):
        header = list(rows[0])
        out = ["| " + " | ".join(header) + " |", "|" + "---|" * len(header)]
        out += ["| " + " | ".join(str(r[h]) for h in header) + " |" for r in rows]
        return "\n".join(out)


if __name__ == "__main__":
    rows = [{"city": "Oslo", "temp": -3}, {"city": "Lima", "temp": 19}]
    for fmt, opts in [("csv", {"sep": ";"}), ("markdown", {})]:
        print(Exporter.create(fmt, **opts).export(rows), end="\n\n")
    try:
        Exporter.create("pdf")
    except UnknownFormatError as exc:
        print(exc)
