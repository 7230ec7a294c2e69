# family: import (written blind: from the families, without reading the checker)
class Limits:
    import resource as _r
    soft, hard = _r.getrlimit(_r.RLIMIT_NOFILE)


def max_batch() -> int:
    """Largest batch size to use."""
    return min(Limits.soft, 1024)


if __name__ == "__main__":
    print(max_batch())
