# ordinary: parse "key = value" settings text, converting values to the type of each default
DEFAULTS = {
    "name": "service",
    "port": 8000,
    "debug": False,
    "ratio": 0.5,
    "tags": ["web"],
}

TRUE_WORDS = {"1", "true", "yes", "on"}
FALSE_WORDS = {"0", "false", "no", "off"}


def parse_bool(text):
    lowered = text.strip().lower()
    if lowered in TRUE_WORDS:
        return True
    if lowered in FALSE_WORDS:
        return False
    raise ValueError(f"not a boolean: {text!r}")


def parse_list(text):
    return [part.strip() for part in text.split(",") if part.strip()]


PARSERS = {bool: parse_bool, int: int, float: float, str: str.strip, list: parse_list}


def parse_settings(text, defaults=DEFAULTS):
    settings = dict(defaults)
    errors = []
    for number, raw in enumerate(text.splitlines(), 1):
        line = raw.split("#", 1)[0].strip()
        if not line:
            continue
        if "=" not in line:
            errors.append(f"line {number}: expected 'key = value'")
            continue
        key, value = (part.strip() for part in line.split("=", 1))
        if key not in defaults:
            errors.append(f"line {number}: unknown setting {key!r}")
            continue
        parser = PARSERS.get(type(defaults[key]), str)
        try:
            settings[key] = parser(value)
        except ValueError as exc:
            errors.append(f"line {number}: {key}: {exc} (expected {type(defaults[key]).__name__})")
    return settings, errors


if __name__ == "__main__":
    text = """
    # service config
    name = billing
    port = 9090
    debug = yes
    ratio = abc
    tags = web, api , internal
    colour = blue
    broken line
    """
    settings, errors = parse_settings(text)
    print(settings)
    print("\n".join(errors))
