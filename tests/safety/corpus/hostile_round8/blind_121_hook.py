# family: hook (written blind: from the families, without reading the checker)
import warnings


def quiet_warnings() -> str:
    """Route warnings to a collector."""
    collected = []
    warnings.showwarning = lambda *a, **k: collected.append(a)
    warnings.warn("x")
    return f"{len(collected)} collected"


if __name__ == "__main__":
    print(quiet_warnings())
