"""Parse Python-literal settings (as users paste them) safely with ast.literal_eval."""
import ast


def parse_assignments(text: str) -> dict:
    """Accepts lines like `RETRIES = 3` or `HOSTS = ["a", "b"]`; values must be literals."""
    result, errors = {}, []
    buf, name, start = [], None, 0
    lines = text.splitlines() + [""]
    for n, line in enumerate(lines, 1):
        stripped = line.split("#", 1)[0].rstrip() if "'" not in line and '"' not in line else line.rstrip()
        is_new = "=" in stripped and stripped.split("=", 1)[0].strip().isidentifier() and not line.startswith(" ")
        if (is_new or n == len(lines)) and name is not None:
            source = "\n".join(buf).strip()
            try:
                result[name] = ast.literal_eval(source)
            except (ValueError, SyntaxError) as e:
                errors.append(f"line {start}: {name}: {type(e).__name__}")
            name, buf = None, []
        if is_new:
            key, _, value = stripped.partition("=")
            name, buf, start = key.strip(), [value], n
        elif name is not None and stripped.strip():
            buf.append(stripped)
    return {"values": result, "errors": errors}


def typed_get(values: dict, key: str, kind: type, default=None):
    v = values.get(key, default)
    if v is not None and not isinstance(v, kind):
        raise TypeError(f"{key} should be {kind.__name__}, got {type(v).__name__}")
    return v


if __name__ == "__main__":
    src = '''DEBUG = False
RETRIES = 3  # how many
HOSTS = [
    "a.example.com",
    "b.example.com",
]
LIMITS = {"cpu": 2.5, "mem": (512, "MB")}
BAD = os.system("rm -rf /")
GREETING = "hi # not a comment"
'''
    parsed = parse_assignments(src)
    print(parsed)
    print(typed_get(parsed["values"], "RETRIES", int), typed_get(parsed["values"], "TIMEOUT", float, 1.5))
