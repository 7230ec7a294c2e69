# ordinary: reflow and indent docstring-like text with textwrap (dedent, fill, indent, shorten)
import textwrap

RAW = """
    Compute the weighted average of a sequence of values.   The weights do not need to sum to one;
    they are normalised internally.

    Args:
        values: the numbers to average, which may be any real numbers including negatives and zero values
        weights: non-negative weights of the same length
    Raises:
        ValueError: if the lengths differ or all weights are zero
"""


def reflow(text: str, width: int = 72) -> str:
    """Dedent, then re-wrap each paragraph while keeping indented blocks' structure."""
    body = textwrap.dedent(text).strip("\n")
    out = []
    for para in body.split("\n\n"):
        lines = para.splitlines()
        if all(line.startswith((" ", "\t")) or line.rstrip().endswith(":") for line in lines[1:]) and len(lines) > 1:
            for line in lines:
                stripped = line.lstrip()
                indent = line[: len(line) - len(stripped)]
                out.append(textwrap.fill(stripped, width, initial_indent=indent, subsequent_indent=indent + "    "))
        else:
            out.append(textwrap.fill(" ".join(para.split()), width))
        out.append("")
    return "\n".join(out).rstrip() + "\n"


def as_comment(text: str, prefix: str = "# ") -> str:
    return textwrap.indent(text, prefix, lambda line: True)


def summary_line(text: str, width: int = 50) -> str:
    first = textwrap.dedent(text).strip().split("\n\n")[0]
    return textwrap.shorten(first, width=width, placeholder=" …")


if __name__ == "__main__":
    print(reflow(RAW, 60))
    print(as_comment(reflow(RAW, 40)))
    print(summary_line(RAW))
