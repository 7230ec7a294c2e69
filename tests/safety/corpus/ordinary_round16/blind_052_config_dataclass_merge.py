"""Merge layered configuration dataclasses (defaults < file < CLI overrides)."""
from dataclasses import dataclass, field, fields, replace, asdict, is_dataclass


@dataclass(frozen=True)
class DBConfig:
    host: str = "localhost"
    port: int = 5432
    name: str = "app"


@dataclass(frozen=True)
class AppConfig:
    debug: bool = False
    workers: int = 2
    db: DBConfig = field(default_factory=DBConfig)
    tags: tuple[str, ...] = ()


def merge(base, override: dict):
    """Return a copy of dataclass ``base`` with values from ``override`` applied recursively."""
    names = {f.name for f in fields(base)}
    changes = {}
    for key, value in override.items():
        if key not in names:
            raise KeyError(f"{type(base).__name__} has no field {key!r}")
        current = getattr(base, key)
        if is_dataclass(current) and isinstance(value, dict):
            changes[key] = merge(current, value)
        elif isinstance(current, tuple) and isinstance(value, list):
            changes[key] = tuple(value)
        else:
            changes[key] = value
    return replace(base, **changes)


def diff(a, b, prefix: str = "") -> dict:
    out = {}
    for f in fields(a):
        x, y = getattr(a, f.name), getattr(b, f.name)
        if is_dataclass(x):
            out.update(diff(x, y, prefix + f.name + "."))
        elif x != y:
            out[prefix + f.name] = (x, y)
    return out


def layered(*layers: dict) -> AppConfig:
    cfg = AppConfig()
    for layer in layers:
        cfg = merge(cfg, layer)
    return cfg


if __name__ == "__main__":
    file_layer = {"workers": 8, "db": {"host": "db.internal", "name": "prod"}, "tags": ["a"]}
    cli_layer = {"debug": True, "db": {"port": 6543}}
    cfg = layered(file_layer, cli_layer)
    print(asdict(cfg))
    print(diff(AppConfig(), cfg))
    try:
        layered({"db": {"user": "x"}})
    except KeyError as e:
        print("error:", e)
