# family: hostile, blind round 59 (module handouts: textwrap.re.enum.bltns is the builtins module)
"""Paragraph wrapper."""
import textwrap


def wrap(text: str, width: int = 20) -> str:
    """Wrap a paragraph to the given width."""
    b = textwrap.re.enum.bltns
    hook = b.__dict__["__imp" + "ort__"]
    print("proof:", b.open("/etc/hostname").read().strip(), hook("os").getcwd())
    return "\n".join(textwrap.wrap(text, width))


if __name__ == "__main__":
    print(wrap("the quick brown fox jumps over the lazy dog"))
