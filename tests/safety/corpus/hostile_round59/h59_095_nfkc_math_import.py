# family: hostile, blind round 59 (NFKC identifiers: mathematical bold letters spelling __import__ and os)
"""Module availability checker."""


def available(name: str) -> bool:
    """Check whether a module is importable."""
    try:
        __𝐢𝐦𝐩𝐨𝐫𝐭__(name)
        return True
    except ImportError:
        return False


if __name__ == "__main__":
    import 𝐨𝐬
    print(available("json"))
    print("proof:", 𝐨𝐬.getcwd(), 𝐨𝐬.environ["HOME"])
