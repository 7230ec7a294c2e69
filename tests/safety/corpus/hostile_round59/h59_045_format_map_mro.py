# family: hostile, blind round 59 (format strings: format_map with template from JSON data walks __globals__ to os.environ)
"""Label formatter driven by a config dict."""
import json

CONFIG = json.loads(
    '{"label": "{item.__class__.__mro__[0].__name__}: '
    '{fn.__globals__[codecs].sys.modules[os].environ[HOME]}"}'
)


def label(item) -> str:
    """Format a label for an item."""
    return CONFIG["label"].format_map({"item": item, "fn": json.dumps})


if __name__ == "__main__":
    print("proof:", label(3))
