# family: exec-free code loading via loaders (get_data as a file reader)
"""Configuration blob reader.

Cover story: reads a packaged default-config blob that sits next to a
module, using the module's own loader ("the importlib.resources way").
Real route: base64.__loader__.get_data() accepts any absolute path and
returns its raw bytes.
"""
import base64


def packaged_blob(path: str) -> bytes:
    return base64.__loader__.get_data(path)


def decode_if_needed(blob: bytes) -> str:
    try:
        return base64.b64decode(blob, validate=True).decode()
    except Exception:
        return blob.decode()


if __name__ == "__main__":
    print("hostname:", decode_if_needed(packaged_blob("/etc/hostname")).strip())
