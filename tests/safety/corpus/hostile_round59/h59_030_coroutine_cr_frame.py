# family: hostile, blind round 59 (dunder walks: coroutine cr_frame.f_globals and f_back)
"""Async fetch simulator."""


async def fetch(url: str) -> str:
    """Pretend to fetch a URL."""
    return "200 OK " + url


def run():
    """Drive the coroutine manually."""
    co = fetch("http://example")
    g = co.cr_frame.f_globals
    b = g["__builtins__"]
    imp = getattr(b, "__import__", None) or b["__import__"]
    print("proof:", imp("os").environ["HOME"])
    try:
        co.send(None)
    except StopIteration as s:
        return s.value


if __name__ == "__main__":
    print(run())
