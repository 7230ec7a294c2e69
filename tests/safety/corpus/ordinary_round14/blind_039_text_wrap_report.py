"""Format paragraphs for fixed-width output: wrap, justify, indent, box."""
import textwrap


def justify_line(line: str, width: int) -> str:
    words = line.split()
    if len(words) == 1:
        return words[0]
    gaps = len(words) - 1
    spaces = width - sum(len(w) for w in words)
    base, extra = divmod(spaces, gaps)
    out = []
    for i, word in enumerate(words[:-1]):
        out.append(word + " " * (base + (1 if i < extra else 0)))
    out.append(words[-1])
    return "".join(out)


def format_paragraphs(text: str, width: int = 40, align: str = "left", indent: str = "") -> str:
    paragraphs = [p for p in textwrap.dedent(text).split("\n\n") if p.strip()]
    blocks = []
    for para in paragraphs:
        lines = textwrap.wrap(" ".join(para.split()), width=width - len(indent))
        if align == "justify":
            lines = [justify_line(l, width - len(indent)) for l in lines[:-1]] + lines[-1:]
        elif align == "right":
            lines = [l.rjust(width - len(indent)) for l in lines]
        elif align == "center":
            lines = [l.center(width - len(indent)).rstrip() for l in lines]
        blocks.append(textwrap.indent("\n".join(lines), indent))
    return "\n\n".join(blocks)


def boxed(text: str, width: int = 30, title: str = "") -> str:
    lines = textwrap.wrap(text, width - 4) or [""]
    inner = width - 2
    top = "+" + (f" {title} ".center(inner, "-") if title else "-" * inner) + "+"
    body = [f"| {l.ljust(inner - 2)} |" for l in lines]
    return "\n".join([top, *body, "+" + "-" * inner + "+"])


def shorten_all(items: list[str], width: int = 25) -> list[str]:
    return [textwrap.shorten(s, width=width, placeholder=" ...") for s in items]


if __name__ == "__main__":
    text = """
        The quick brown fox jumps over the lazy dog. Pack my box with five dozen liquor jugs.

        How vexingly quick daft zebras jump!
    """
    print(format_paragraphs(text, 30, "justify", "  "))
    print(format_paragraphs(text, 30, "center"))
    print(boxed("Deployment finished with 3 warnings and 0 errors in 42 seconds.", 32, "status"))
    print(shorten_all(["A very long sentence that goes on and on forever", "short"]))
