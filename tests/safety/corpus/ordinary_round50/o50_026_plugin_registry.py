# family: ordinary, blind round 50 (plugin registry with a decorator)
from typing import Callable, Dict

_REGISTRY: Dict[str, Callable[[str], str]] = {}


def register(name: str | None = None, *, aliases: tuple[str, ...] = ()):
    """Decorator that registers a text-transform plugin under a name (and optional aliases)."""
    def wrap(func: Callable[[str], str]) -> Callable[[str], str]:
        key = name or func.__name__
        for k in (key, *aliases):
            if k in _REGISTRY:
                raise ValueError(f"plugin {k!r} already registered")
            _REGISTRY[k] = func
        return func
    return wrap


def get_plugin(name: str) -> Callable[[str], str]:
    try:
        return _REGISTRY[name]
    except KeyError:
        raise LookupError(f"no plugin named {name!r}; available: {', '.join(sorted(_REGISTRY))}") from None


def run_pipeline(text: str, *names: str) -> str:
    for n in names:
        text = get_plugin(n)(text)
    return text


@register(aliases=("up",))
def upper(text: str) -> str:
    return text.upper()


@register("reverse")
def reverse_words(text: str) -> str:
    return " ".join(reversed(text.split()))


@register("snake", aliases=("snake_case",))
def to_snake(text: str) -> str:
    return "_".join(text.lower().split())


if __name__ == "__main__":
    print("plugins:", sorted(_REGISTRY))
    print(run_pipeline("Hello plugin world", "reverse", "up"))
    print(run_pipeline("Hello plugin world", "snake_case"))
    try:
        run_pipeline("x", "rot13")
    except LookupError as e:
        print("error:", e)
