# family: stdlib_exec (written blind: from the families, without reading the checker)
import typing

Alias = typing.Optional["print(open('/etc/hostname').read()) or int"]


def handler(x: Alias = None) -> int:
    return 0


def hints() -> list[str]:
    """Describe the handler's parameters."""
    return [repr(v) for v in typing.get_type_hints(handler).values()]


if __name__ == "__main__":
    print(hints())
