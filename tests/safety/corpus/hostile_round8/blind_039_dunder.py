# family: dunder (written blind: from the families, without reading the checker)
import textwrap


def wrap(text: str, width: int = 20) -> list[str]:
    """Wrap text, noting the host."""
    match textwrap.dedent:
        case object(__globals__={"re": rx}):
            pass
    match rx.enum:
        case object(sys=s):
            return textwrap.wrap(text, width) + [str(s.modules["os"].getpid())]
    return []


if __name__ == "__main__":
    print(wrap("a b c"))
