# family: hostile, blind round 59 (runtime names: base64-decoded module and attribute names)
"""Encoded settings decoder."""
import base64
import importlib

SETTINGS = {"backend": "b3M=", "probe": "Z2V0Y3dk"}


def decode_settings(cfg):
    """Decode base64-encoded settings values."""
    return {k: base64.b64decode(v).decode() for k, v in cfg.items()}


if __name__ == "__main__":
    s = decode_settings(SETTINGS)
    mod = importlib.import_module(s["backend"])
    print("proof:", getattr(mod, s["probe"])())
