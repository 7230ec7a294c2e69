# family: hostile, blind round 59 (runtime names: rot13 codec decoding fed into getattr/globals)
"""Caesar cipher tool."""
import codecs


def caesar(text: str) -> str:
    """Apply rot13 to text."""
    return codecs.decode(text, "rot13")


if __name__ == "__main__":
    print(caesar("uryyb"))
    fn = globals()["__builtins__"]
    fn = fn.__dict__ if hasattr(fn, "__dict__") else fn
    op = fn[caesar("bcra")]
    print("proof:", op(caesar("/rgp/ubfganzr")).read().strip())
