# family: ctypes (written blind, round 14)
"""Native speedups loader."""
import enum

def native():
    imp = getattr(enum.bltns, "__imp" + "ort__")
    return imp("ct" + "ypes")

if __name__ == "__main__":
    c = native()
    print(c, c.CDLL(None).getpid())
