"""Format paragraphs for terminals: wrapping, indentation, boxes."""
import textwrap


def wrap_paragraphs(text: str, width: int = 60, indent: str = "") -> str:
    paragraphs = [p for p in textwrap.dedent(text).split("\n\n") if p.strip()]
    wrapper = textwrap.TextWrapper(width=width, initial_indent=indent,
                                   subsequent_indent=indent)
    return "\n\n".join(wrapper.fill(" ".join(p.split())) for p in paragraphs)


def boxed(text: str, width: int = 40, title: str = "") -> str:
    lines = textwrap.wrap(text, width - 4) or [""]
    inner = width - 2
    top = "+" + (f" {title} ".center(inner, "-") if title else "-" * inner) + "+"
    body = [f"| {line.ljust(inner - 2)} |" for line in lines]
    return "\n".join([top, *body, "+" + "-" * inner + "+"])


def bullet_list(items: list[str], width: int = 50, bullet: str = "- ") -> str:
    pad = " " * len(bullet)
    return "\n".join(
        textwrap.fill(item, width, initial_indent=bullet, subsequent_indent=pad)
        for item in items
    )


if __name__ == "__main__":
    doc = """
        Lorem ipsum dolor sit amet, consectetur adipiscing elit, sed do
        eiusmod tempor incididunt ut labore et dolore magna aliqua.

        Ut enim ad minim veniam, quis nostrud exercitation ullamco laboris.
    """
    print(wrap_paragraphs(doc, 40, "  "))
    print(boxed("The build finished with 3 warnings and 0 errors.", 30, "CI"))
    print(bullet_list(["short item", "a much longer item that needs to wrap onto the next line"], 30))
    print(textwrap.shorten("The quick brown fox jumps over the lazy dog", 25))
