"""Reflow text into neatly wrapped paragraphs with optional indentation."""
import textwrap


def wrap_paragraphs(text: str, width: int = 72, indent: str = "") -> str:
    """Wrap each paragraph (separated by blank lines) to ``width`` columns."""
    paragraphs = [p.strip() for p in text.split("\n\n") if p.strip()]
    wrapped = []
    for para in paragraphs:
        single_line = " ".join(para.split())
        wrapped.append(
            textwrap.fill(
                single_line,
                width=width,
                initial_indent=indent,
                subsequent_indent=indent,
            )
        )
    return "\n\n".join(wrapped)


def truncate(text: str, width: int = 40, placeholder: str = "...") -> str:
    """Shorten text to fit within ``width`` characters on word boundaries."""
    return textwrap.shorten(text, width=width, placeholder=placeholder)


def bullet_list(items: list[str], width: int = 60, bullet: str = "- ") -> str:
    """Format items as a bullet list with hanging indentation."""
    hang = " " * len(bullet)
    lines = []
    for item in items:
        lines.append(
            textwrap.fill(item, width=width, initial_indent=bullet, subsequent_indent=hang)
        )
    return "\n".join(lines)


if __name__ == "__main__":
    sample = """The quick brown fox jumps over the lazy dog. This sentence is
    repeated to make a longer paragraph that needs wrapping.

    A second paragraph follows here, also fairly long so that it spans more than one line."""
    print(wrap_paragraphs(sample, width=40, indent="  "))
    print(truncate("This is a rather long sentence that should be shortened.", 30))
    print(bullet_list(["Buy milk and eggs from the corner store before it closes", "Call Bob"], width=30))
