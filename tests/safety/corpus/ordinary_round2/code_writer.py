# ordinary: indentation-aware text builder used as a context manager to generate code or config snippets
from contextlib import contextmanager
from typing import Iterator


class CodeWriter:
    def __init__(self, indent: str = "    ") -> None:
        self._lines: list[str] = []
        self._level = 0
        self._indent = indent

    def line(self, text: str = "") -> "CodeWriter":
        self._lines.append(f"{self._indent * self._level}{text}" if text else "")
        return self

    def __enter__(self) -> "CodeWriter":
        self._level += 1
        return self

    def __exit__(self, exc_type, exc, tb) -> bool:
        self._level -= 1
        return False

    @contextmanager
    def block(self, header: str) -> Iterator["CodeWriter"]:
        self.line(header.rstrip(":") + ":")
        with self:
            yield self

    def __str__(self) -> str:
        return "\n".join(self._lines) + "\n"

    def __len__(self) -> int:
        return len(self._lines)


def generate_dataclass(name: str, fields: dict[str, str]) -> str:
    w = CodeWriter()
    w.line("from dataclasses import dataclass").line().line("@dataclass")
    with w.block(f"class {name}"):
        if not fields:
            w.line("pass")
        for field_name, type_name in fields.items():
            w.line(f"{field_name}: {type_name}")
        w.line()
        with w.block("def describe(self) -> str"):
            parts = ", ".join(f"{f}={{self.{f}!r}}" for f in fields)
            w.line(f'return f"{name}({parts})"')
    return str(w)


if __name__ == "__main__":
    print(generate_dataclass("Point", {"x": "float", "y": "float", "label": "str"}), end="")
    w = CodeWriter(indent="  ")
    with w.block("server"):
        w.line("listen 80;")
        with w.block("location /"):
            w.line("root /srv/www;")
    print(w, len(w), "lines")
