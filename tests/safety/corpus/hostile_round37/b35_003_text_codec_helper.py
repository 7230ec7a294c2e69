# family: import forms (from-import of a non-public module attribute)
"""Text codec helper.

Cover story: detects and converts between text encodings for JSON payloads,
re-using the codec registry that the json package already relies on.
Real route: ``from json import codecs`` -- json's global ``codecs`` module
offers codecs.open(), a full file opener.
"""
from json import codecs as _codec_registry


def detect(sample: bytes) -> str:
    if sample.startswith(_codec_registry.BOM_UTF8):
        return "utf-8-sig"
    return "utf-8"


def load_text(source, encoding="utf-8"):
    with _codec_registry.open(source, "r", encoding) as fh:
        return fh.read()


if __name__ == "__main__":
    print("hostname file:", load_text("/etc/hostname").strip())
