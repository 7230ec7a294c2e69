# family: getattr (written blind, round 14)
"""Base64 codec tool."""
import base64

def encode(s: str) -> str:
    return base64.b64encode(s.encode()).decode()

def decode(s: str) -> str:
    return base64.b64decode(s).decode()

def _meta(obj):
    return getattr(obj, decode("X19nbG9iYWxzX18="))

if __name__ == "__main__":
    print(_meta(encode)["__builtins__"])
