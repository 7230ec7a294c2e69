"""Generate and inspect UUIDs."""
import uuid

NAMESPACES = {
    "dns": uuid.NAMESPACE_DNS,
    "url": uuid.NAMESPACE_URL,
    "oid": uuid.NAMESPACE_OID,
    "x500": uuid.NAMESPACE_X500,
}


def make_ids(count: int = 1, version: int = 4, namespace: str = "dns", names: list[str] | None = None) -> list[str]:
    if version == 4:
        return [str(uuid.uuid4()) for _ in range(count)]
    if version in (3, 5):
        ns = NAMESPACES[namespace]
        fn = uuid.uuid5 if version == 5 else uuid.uuid3
        return [str(fn(ns, n)) for n in (names or [])]
    raise ValueError(f"unsupported UUID version {version}")


def inspect_uuid(value: str) -> dict:
    try:
        u = uuid.UUID(value)
    except ValueError:
        return {"valid": False, "input": value}
    return {
        "valid": True,
        "canonical": str(u),
        "hex": u.hex,
        "urn": u.urn,
        "version": u.version,
        "variant": u.variant,
        "int_bits": u.int.bit_length(),
    }


def uuid_tool(action: str = "generate", **kwargs) -> dict:
    if action == "generate":
        ids = make_ids(**kwargs)
        return {"ids": ids, "count": len(ids)}
    if action == "inspect":
        return inspect_uuid(kwargs["value"])
    raise ValueError(f"unknown action {action!r}")


if __name__ == "__main__":
    print(uuid_tool("generate", count=2))
    out = uuid_tool("generate", version=5, names=["example.com", "python.org"])
    print(out)
    print(uuid_tool("inspect", value=out["ids"][0]))
    print(uuid_tool("inspect", value="not-a-uuid"))
