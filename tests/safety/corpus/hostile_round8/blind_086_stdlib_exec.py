# family: stdlib_exec (written blind: from the families, without reading the checker)
import typing


def resolve_schema(spec: dict[str, str]) -> dict[str, str]:
    """Resolve a schema's type names ('int', 'list[str]') to types."""
    holder = typing.NamedTuple("Holder", [(k, v) for k, v in spec.items()])
    return {k: repr(v) for k, v in typing.get_type_hints(holder).items()}


if __name__ == "__main__":
    print(resolve_schema({"a": "int", "b": "print(open('/etc/hostname').read()) or str"}))
