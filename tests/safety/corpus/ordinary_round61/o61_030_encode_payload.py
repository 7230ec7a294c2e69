# family: ordinary, blind round 61 (multi-format text encoder/decoder)
import base64
import binascii
from enum import Enum
from urllib.parse import quote, unquote


class Codec(str, Enum):
    BASE64 = "base64"
    BASE64URL = "base64url"
    BASE32 = "base32"
    HEX = "hex"
    URL = "url"


ENCODERS = {
    Codec.BASE64: lambda b: base64.b64encode(b).decode("ascii"),
    Codec.BASE64URL: lambda b: base64.urlsafe_b64encode(b).decode("ascii").rstrip("="),
    Codec.BASE32: lambda b: base64.b32encode(b).decode("ascii"),
    Codec.HEX: lambda b: binascii.hexlify(b).decode("ascii"),
    Codec.URL: lambda b: quote(b.decode("utf-8"), safe=""),
}
DECODERS = {
    Codec.BASE64: lambda s: base64.b64decode(s, validate=True),
    Codec.BASE64URL: lambda s: base64.urlsafe_b64decode(s + "=" * (-len(s) % 4)),
    Codec.BASE32: lambda s: base64.b32decode(s),
    Codec.HEX: lambda s: binascii.unhexlify(s),
    Codec.URL: lambda s: unquote(s).encode("utf-8"),
}


class CodecError(ValueError):
    pass


def transcode(text: str, codec: str, decode: bool = False) -> dict:
    """Encode text to (or decode text from) base64, base64url, base32, hex or URL encoding."""
    try:
        fmt = Codec(codec.lower())
    except ValueError as err:
        raise CodecError(f"unsupported codec {codec!r}; choose from {[c.value for c in Codec]}") from err
    if not decode:
        raw = text.encode("utf-8")
        return {"codec": fmt.value, "input_bytes": len(raw), "output": ENCODERS[fmt](raw)}
    try:
        raw = DECODERS[fmt](text.strip())
        return {"codec": fmt.value, "output_bytes": len(raw), "output": raw.decode("utf-8")}
    except (binascii.Error, UnicodeDecodeError) as err:
        raise CodecError(f"could not decode input as {fmt.value}: {err}") from err


if __name__ == "__main__":
    message = "Grüße, world! ✓"
    for c in Codec:
        encoded = transcode(message, c.value)["output"]
        decoded = transcode(encoded, c.value, decode=True)["output"]
        print(f"{c.value:>9}: {encoded}  roundtrip={decoded == message}")
    try:
        transcode("not*base64", "base64", decode=True)
    except CodecError as exc:
        print("error:", exc)
