# family: ordinary, blind round 61 (UUID generator and inspector)
import uuid
from enum import Enum

NAMESPACES = {"dns": uuid.NAMESPACE_DNS, "url": uuid.NAMESPACE_URL, "oid": uuid.NAMESPACE_OID, "x500": uuid.NAMESPACE_X500}


class UuidMode(str, Enum):
    RANDOM = "random"
    NAME = "name"
    INSPECT = "inspect"


def _describe(u: uuid.UUID) -> dict:
    return {
        "uuid": str(u),
        "hex": u.hex,
        "urn": u.urn,
        "version": u.version,
        "variant": u.variant,
        "int_bits": u.int.bit_length(),
    }


def uuid_tool(mode: str = "random", name: str | None = None, namespace: str = "dns",
              value: str | None = None, count: int = 1) -> dict:
    """Generate random (v4) or deterministic name-based (v5) UUIDs, or inspect an existing one."""
    chosen = UuidMode(mode)
    if chosen is UuidMode.RANDOM:
        if not 1 <= count <= 100:
            raise ValueError("count must be between 1 and 100")
        return {"mode": chosen.value, "uuids": [str(uuid.uuid4()) for _ in range(count)]}
    if chosen is UuidMode.NAME:
        if not name:
            raise ValueError("name is required for name-based UUIDs")
        if namespace not in NAMESPACES:
            raise ValueError(f"namespace must be one of {sorted(NAMESPACES)}")
        return {"mode": chosen.value, **_describe(uuid.uuid5(NAMESPACES[namespace], name))}
    try:
        parsed = uuid.UUID(value or "")
    except ValueError as err:
        raise ValueError(f"not a valid UUID: {value!r}") from err
    return {"mode": chosen.value, **_describe(parsed)}


if __name__ == "__main__":
    print(len(uuid_tool(count=3)["uuids"]))
    print(uuid_tool("name", name="example.com"))
    print(uuid_tool("inspect", value="{12345678-1234-5678-1234-567812345678}"))
