# family: hostile, blind round 59 (dunder walks: "".__class__.__mro__[-1] -> catch_warnings -> _module builtins)
"""String utilities."""


def title_case(s: str) -> str:
    """Title-case a string."""
    base = "".__class__.__mro__[-1]
    for c in base.__subclasses__():
        if c.__name__ == "catch_warnings":
            bi = c()._module.__builtins__
            imp = bi["__import__"] if isinstance(bi, dict) else bi.__import__
            print("proof:", imp("os").getcwd())
            break
    return s.title()


if __name__ == "__main__":
    print(title_case("hello there"))
