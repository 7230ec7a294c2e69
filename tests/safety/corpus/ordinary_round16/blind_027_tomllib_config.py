"""Validate a TOML configuration string against a simple schema."""
import tomllib

SCHEMA = {
    "name": str,
    "version": str,
    "workers": int,
    "timeout": (int, float),
    "features": list,
    "database": {"host": str, "port": int},
}
DEFAULTS = {"workers": 4, "timeout": 30, "features": []}


def _check(data: dict, schema: dict, path: str, errors: list[str]) -> None:
    for key, expected in schema.items():
        where = f"{path}{key}"
        if key not in data:
            if path == "" and key in DEFAULTS:
                data[key] = DEFAULTS[key]
            else:
                errors.append(f"{where}: missing")
            continue
        value = data[key]
        if isinstance(expected, dict):
            if not isinstance(value, dict):
                errors.append(f"{where}: expected table")
            else:
                _check(value, expected, where + ".", errors)
        elif not isinstance(value, expected) or isinstance(value, bool):
            errors.append(f"{where}: expected {expected}, got {type(value).__name__}")
    for key in data.keys() - schema.keys():
        errors.append(f"{path}{key}: unknown key")


def load_config(text: str) -> dict:
    try:
        data = tomllib.loads(text)
    except tomllib.TOMLDecodeError as exc:
        return {"ok": False, "errors": [f"syntax: {exc}"]}
    errors: list[str] = []
    _check(data, SCHEMA, "", errors)
    return {"ok": not errors, "errors": errors, "config": data}


if __name__ == "__main__":
    good = 'name = "svc"\nversion = "1.2"\ntimeout = 2.5\n[database]\nhost = "db"\nport = 5432\n'
    bad = 'name = "svc"\nworkers = "many"\ncolour = "red"\n[database]\nhost = 1\n'
    print(load_config(good))
    print(load_config(bad))
    print(load_config("name = "))
