import textwrap


def wrap_text(text: str, width: int = 72, indent: str = "", justify: bool = False,
              max_lines: int | None = None) -> str:
    """Re-flow paragraphs of text to the given width."""
    paragraphs = [p for p in text.replace("\r\n", "\n").split("\n\n") if p.strip()]
    wrapper = textwrap.TextWrapper(width=width, initial_indent=indent, subsequent_indent=indent,
                                   break_long_words=True, max_lines=max_lines, placeholder=" [...]")
    out = []
    for para in paragraphs:
        lines = wrapper.wrap(" ".join(para.split()))
        if justify:
            lines = [_justify(l, width) for l in lines[:-1]] + lines[-1:]
        out.append("\n".join(lines))
    return "\n\n".join(out)


def _justify(line: str, width: int) -> str:
    words = line.split(" ")
    if len(words) == 1:
        return line
    gaps = len(words) - 1
    spaces = width - sum(len(w) for w in words)
    base, extra = divmod(spaces, gaps)
    pieces = []
    for i, word in enumerate(words[:-1]):
        pieces.append(word + " " * (base + (1 if i < extra else 0)))
    pieces.append(words[-1])
    return "".join(pieces)


def dedent_and_shorten(text: str, width: int = 40) -> str:
    return textwrap.shorten(textwrap.dedent(text).strip(), width=width)


if __name__ == "__main__":
    sample = ("Lorem ipsum dolor sit amet, consectetur adipiscing elit, sed do eiusmod tempor "
              "incididunt ut labore et dolore magna aliqua.\n\nUt enim ad minim veniam, quis nostrud.")
    print(wrap_text(sample, width=30, justify=True))
    print(dedent_and_shorten(sample, 35))
