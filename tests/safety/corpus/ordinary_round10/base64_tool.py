"""Encode/decode text in several binary-to-text encodings."""

import base64
import binascii
from collections.abc import Callable

ENCODERS: dict[str, Callable[[bytes], bytes]] = {
    "base64": base64.b64encode,
    "urlsafe": base64.urlsafe_b64encode,
    "base32": base64.b32encode,
    "base16": base64.b16encode,
    "a85": base64.a85encode,
}
DECODERS: dict[str, Callable[[bytes], bytes]] = {
    "base64": base64.b64decode,
    "urlsafe": base64.urlsafe_b64decode,
    "base32": base64.b32decode,
    "base16": base64.b16decode,
    "a85": base64.a85decode,
}


def transcode(text: str, scheme: str = "base64", decode: bool = False) -> str:
    scheme = scheme.lower()
    table = DECODERS if decode else ENCODERS
    if scheme not in table:
        raise ValueError(f"unsupported scheme {scheme!r}; options: {', '.join(sorted(table))}")
    try:
        if decode:
            return table[scheme](text.encode("ascii")).decode("utf-8")
        return table[scheme](text.encode("utf-8")).decode("ascii")
    except (binascii.Error, ValueError, UnicodeDecodeError) as exc:
        raise ValueError(f"could not {'decode' if decode else 'encode'}: {exc}") from exc


def hexdump(text: str, width: int = 8) -> str:
    data = text.encode("utf-8")
    lines = []
    for offset in range(0, len(data), width):
        chunk = data[offset:offset + width]
        hex_part = binascii.hexlify(chunk, " ").decode()
        ascii_part = "".join(chr(b) if 32 <= b < 127 else "." for b in chunk)
        lines.append(f"{offset:08x}  {hex_part:<{width * 3}} {ascii_part}")
    return "\n".join(lines)


if __name__ == "__main__":
    enc = transcode("héllo wörld", "base32")
    print(enc, "->", transcode(enc, "base32", decode=True))
    print(hexdump("Hello, binary\n"))
