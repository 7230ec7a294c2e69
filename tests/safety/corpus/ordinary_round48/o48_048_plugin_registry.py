# family: ordinary, blind round 48 (decorator-based plugin registry)
from typing import Callable, Dict
import base64
import zlib
import hashlib

_TRANSFORMS: Dict[str, Callable[[bytes], bytes]] = {}
_META: Dict[str, dict] = {}


def transform(name: str, *, reversible: bool = False, aliases=()):
    """Register a bytes -> bytes function under *name* (and any aliases)."""
    def decorator(func):
        for key in (name, *aliases):
            if key in _TRANSFORMS:
                raise KeyError(f"transform {key!r} already registered")
            _TRANSFORMS[key] = func
        _META[name] = {"reversible": reversible, "doc": (func.__doc__ or "").strip()}
        return func
    return decorator


@transform("upper")
def _upper(data: bytes) -> bytes:
    """ASCII upper-case."""
    return data.upper()


@transform("b64", reversible=True, aliases=("base64",))
def _b64(data: bytes) -> bytes:
    """Base64 encode."""
    return base64.b64encode(data)


@transform("deflate", reversible=True)
def _deflate(data: bytes) -> bytes:
    """zlib compress at level 9."""
    return zlib.compress(data, 9)


@transform("sha1")
def _sha1(data: bytes) -> bytes:
    """Hex SHA-1 digest."""
    return hashlib.sha1(data).hexdigest().encode()


def run_pipeline(spec: str, data: bytes) -> bytes:
    for step in filter(None, (s.strip() for s in spec.split("|"))):
        try:
            data = _TRANSFORMS[step](data)
        except KeyError:
            raise ValueError(f"unknown transform {step!r}; have {sorted(_TRANSFORMS)}") from None
    return data


if __name__ == "__main__":
    for name, meta in _META.items():
        print(f"{name:<8} reversible={meta['reversible']!s:<5} {meta['doc']}")
    payload = b"hello plugin world " * 3
    print(run_pipeline("upper | base64", b"hi there"))
    print(run_pipeline("deflate|b64", payload))
    print(run_pipeline("sha1", payload).decode())
    try:
        run_pipeline("upper|rot13", payload)
    except ValueError as e:
        print("error:", e)
