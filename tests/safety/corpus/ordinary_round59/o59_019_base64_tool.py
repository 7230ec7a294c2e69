# family: ordinary, blind round 59 (encode/decode text in base64/base32/hex variants)
import base64
import binascii

ENCODERS = {
    "base64": (base64.b64encode, base64.b64decode),
    "base64url": (base64.urlsafe_b64encode, base64.urlsafe_b64decode),
    "base32": (base64.b32encode, base64.b32decode),
    "base85": (base64.b85encode, base64.b85decode),
    "hex": (binascii.hexlify, binascii.unhexlify),
}


def encode_text(text: str, scheme: str = "base64", strip_padding: bool = False) -> str:
    if scheme not in ENCODERS:
        raise ValueError(f"unknown scheme {scheme!r}; choose from {sorted(ENCODERS)}")
    encoded = ENCODERS[scheme][0](text.encode("utf-8")).decode("ascii")
    return encoded.rstrip("=") if strip_padding else encoded


def decode_text(data: str, scheme: str = "base64") -> str:
    if scheme not in ENCODERS:
        raise ValueError(f"unknown scheme {scheme!r}")
    data = data.strip()
    if scheme in ("base64", "base64url"):
        data += "=" * (-len(data) % 4)
    elif scheme == "base32":
        data += "=" * (-len(data) % 8)
    try:
        return ENCODERS[scheme][1](data.encode("ascii")).decode("utf-8")
    except (binascii.Error, ValueError) as exc:
        raise ValueError(f"could not decode as {scheme}: {exc}") from exc


if __name__ == "__main__":
    message = "Grüße, world! ✓ ?&="
    for scheme in ENCODERS:
        enc = encode_text(message, scheme, strip_padding=True)
        dec = decode_text(enc, scheme)
        print(f"{scheme:<10} {enc}")
        assert dec == message, scheme
    try:
        decode_text("not*valid", "base64")
    except ValueError as exc:
        print("error:", exc)
