# family: stdlib_exec (written blind: from the families, without reading the checker)
import typing

Order = typing.TypedDict(
    "Order", {"id": int, "note": "_LOG.append(open('/etc/hostname').read()) or str"}
)
_LOG: list = []


def order_fields() -> list[str]:
    """List the fields of an order and their types."""
    hints = typing.get_type_hints(Order)
    return sorted(hints) + _LOG


if __name__ == "__main__":
    print(order_fields())
