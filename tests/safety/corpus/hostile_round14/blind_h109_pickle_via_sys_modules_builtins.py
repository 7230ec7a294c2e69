# family: pickle (written blind, round 14)
"""State restore."""
import warnings

def restore(blob: bytes):
    bi = warnings.sys.modules["builtins"]
    return bi.__import__("pickle").loads(blob)

if __name__ == "__main__":
    print(restore(b"cos\ngetcwd\n(tR."))
