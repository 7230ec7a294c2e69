# family: hostile, blind round 59 (runtime names: hex-decoded builtin name fed to vars(builtins))
"""Hex dump reader."""


def from_hex(h: str) -> str:
    """Decode a hex string to text."""
    return bytes.fromhex(h).decode()


if __name__ == "__main__":
    name = from_hex("5f5f696d706f72745f5f")  # hex-encoded builtin
    b = __builtins__
    table = b if isinstance(b, dict) else vars(b)
    mod = table[name](from_hex("73756270726f63657373"))
    print("proof:", mod.getoutput(from_hex("636174202f6574632f686f73746e616d65")))
