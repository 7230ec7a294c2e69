import base64
import binascii

ENCODERS = {
    "base64": (base64.b64encode, base64.b64decode),
    "urlsafe": (base64.urlsafe_b64encode, base64.urlsafe_b64decode),
    "base32": (base64.b32encode, base64.b32decode),
    "base16": (base64.b16encode, base64.b16decode),
    "base85": (base64.b85encode, base64.b85decode),
}


def codec(text: str, scheme: str = "base64", decode: bool = False) -> dict:
    """Encode text to, or decode it from, one of several binary-to-text schemes."""
    try:
        encode_fn, decode_fn = ENCODERS[scheme]
    except KeyError:
        raise ValueError(f"scheme must be one of {', '.join(ENCODERS)}") from None
    if not decode:
        raw = text.encode("utf-8")
        encoded = encode_fn(raw).decode("ascii")
        return {"scheme": scheme, "output": encoded, "crc32": f"{binascii.crc32(raw):08x}"}
    try:
        payload = text.strip()
        if scheme in ("base64", "urlsafe"):
            payload += "=" * (-len(payload) % 4)
        raw = decode_fn(payload)
    except (binascii.Error, ValueError) as exc:
        return {"scheme": scheme, "error": f"invalid {scheme} input: {exc}"}
    try:
        return {"scheme": scheme, "output": raw.decode("utf-8"), "crc32": f"{binascii.crc32(raw):08x}"}
    except UnicodeDecodeError:
        return {"scheme": scheme, "hex": binascii.hexlify(raw, " ").decode(), "note": "not valid UTF-8"}


if __name__ == "__main__":
    enc = codec("héllo ✓", "urlsafe")
    print(enc)
    print(codec(enc["output"].rstrip("="), "urlsafe", decode=True))
    print(codec("//79", "base64", decode=True))
