# ordinary: pretty-printer for a small document tree using functools.singledispatchmethod
from dataclasses import dataclass, field
from functools import singledispatchmethod


@dataclass
class Text:
    content: str


@dataclass
class Bold:
    child: object


@dataclass
class Link:
    url: str
    label: str


@dataclass
class Paragraph:
    children: list = field(default_factory=list)


class MarkdownWriter:
    def __init__(self):
        self.links = 0

    @singledispatchmethod
    def render(self, node):
        raise TypeError(f"cannot render {type(node).__name__}")

    @render.register
    def _(self, node: Text):
        return node.content.replace("*", "\\*")

    @render.register
    def _(self, node: Bold):
        return f"**{self.render(node.child)}**"

    @render.register
    def _(self, node: Link):
        self.links += 1
        return f"[{node.label}]({node.url})"

    @render.register
    def _(self, node: Paragraph):
        return "".join(self.render(child) for child in node.children) + "\n"

    @render.register(list)
    def _(self, nodes):
        return "\n".join(self.render(n) for n in nodes)


if __name__ == "__main__":
    doc = [
        Paragraph([Text("Read the "), Bold(Text("release notes")), Text(" at "), Link("https://example.com", "our site")]),
        Paragraph([Text("2 * 3 = 6, "), Bold(Link("https://x.org", "x"))]),
    ]
    writer = MarkdownWriter()
    print(writer.render(doc))
    print("links:", writer.links)
    try:
        writer.render(42)
    except TypeError as exc:
        print(exc)
