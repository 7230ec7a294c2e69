# family: ordinary, blind round 63 (exception hierarchy with chaining for config parsing)
import json


class ConfigError(Exception):
    """Base class for configuration problems."""


class ConfigSyntaxError(ConfigError):
    def __init__(self, line, message):
        super().__init__(line, message)
        self.line = line
        self.message = message

    def __str__(self):
        return f"syntax error on line {self.line}: {self.message}"


class ConfigValueError(ConfigError):
    def __init__(self, key, value, expected):
        super().__init__(key, value, expected)
        self.key, self.value, self.expected = key, value, expected

    def __str__(self):
        return f"{self.key}={self.value!r} is invalid (expected {self.expected})"


def load_config(text):
    try:
        data = json.loads(text)
    except json.JSONDecodeError as exc:
        raise ConfigSyntaxError(exc.lineno, exc.msg) from exc
    port = data.get("port", 80)
    try:
        port = int(port)
    except (TypeError, ValueError) as exc:
        raise ConfigValueError("port", port, "an integer") from exc
    if not 0 < port < 65536:
        raise ConfigValueError("port", port, "1-65535")
    return {**data, "port": port}


if __name__ == "__main__":
    samples = [
        '{"host": "example.com", "port": "8443"}',
        '{"host": "example.com",\n "port": }',
        '{"port": "http"}',
        '{"port": 70000}',
    ]
    for sample in samples:
        try:
            print("ok:", load_config(sample))
        except ConfigError as err:
            print(f"{err} [caused by: {err.__cause__!r}]")
