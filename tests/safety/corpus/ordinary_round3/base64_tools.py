# ordinary: encode and decode data in base64/base32/hex with validation
import base64
import binascii

ENCODERS = {
    "base64": base64.b64encode,
    "base64url": base64.urlsafe_b64encode,
    "base32": base64.b32encode,
    "hex": base64.b16encode,
}
DECODERS = {
    "base64": lambda s: base64.b64decode(s, validate=True),
    "base64url": base64.urlsafe_b64decode,
    "base32": base64.b32decode,
    "hex": lambda s: base64.b16decode(s.upper()),
}


def encode(data, scheme="base64", strip_padding=False):
    if isinstance(data, str):
        data = data.encode("utf-8")
    try:
        text = ENCODERS[scheme](data).decode("ascii")
    except KeyError:
        raise ValueError(f"unknown scheme {scheme!r}; choose from {sorted(ENCODERS)}") from None
    return text.rstrip("=") if strip_padding else text


def decode(text, scheme="base64"):
    if scheme not in DECODERS:
        raise ValueError(f"unknown scheme {scheme!r}")
    text = text.strip()
    if scheme in ("base64", "base64url", "base32"):
        block = 8 if scheme == "base32" else 4
        text += "=" * (-len(text) % block)
    try:
        return DECODERS[scheme](text)
    except (binascii.Error, ValueError) as exc:
        raise ValueError(f"invalid {scheme} input: {exc}") from None


if __name__ == "__main__":
    for scheme in ENCODERS:
        encoded = encode("héllo wörld?", scheme, strip_padding=True)
        print(f"{scheme:>9}: {encoded} -> {decode(encoded, scheme).decode('utf-8')}")
    try:
        decode("not*base64", "base64")
    except ValueError as exc:
        print(exc)
