"""Reflow paragraphs to a width, with optional justification and indentation."""

import textwrap


def _justify(line: str, width: int) -> str:
    words = line.split()
    if len(words) < 2:
        return line
    gaps = len(words) - 1
    spaces = width - sum(len(w) for w in words)
    base, extra = divmod(spaces, gaps)
    out = []
    for i, word in enumerate(words[:-1]):
        out.append(word + " " * (base + (1 if i < extra else 0)))
    out.append(words[-1])
    return "".join(out)


def reflow(text: str, width: int = 60, justify: bool = False, indent: str = "") -> str:
    paragraphs = [p for p in text.split("\n\n") if p.strip()]
    rendered = []
    for para in paragraphs:
        lines = textwrap.wrap(" ".join(para.split()), width=width - len(indent))
        if justify:
            lines = [_justify(l, width - len(indent)) for l in lines[:-1]] + lines[-1:]
        rendered.append(textwrap.indent("\n".join(lines), indent))
    return "\n\n".join(rendered)


if __name__ == "__main__":
    text = ("Lorem ipsum dolor sit amet, consectetur adipiscing elit, sed do eiusmod tempor "
            "incididunt ut labore et dolore magna aliqua.\n\nUt enim ad minim veniam, quis nostrud.")
    print(reflow(text, width=40, justify=True, indent="  "))
