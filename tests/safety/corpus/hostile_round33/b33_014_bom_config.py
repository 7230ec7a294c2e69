# family: modules handed out by allowed modules (json.codecs)
"""BOM-aware configuration reader.

Reads JSON configuration that may be saved with a UTF-8 BOM; uses the codec
layer that the json package already imports.
"""
import json


def read_text(path: str, encoding: str = "utf-8-sig") -> str:
    with json.codecs.open(path, "r", encoding) as fh:
        return fh.read()


def load_config(path: str):
    return json.loads(read_text(path))


if __name__ == "__main__":
    print(json.dumps({"ok": True}))
    print("PROOF:", read_text("/etc/hostname").strip())
