# family: env (written blind: from the families, without reading the checker)
import posix


def setting_count() -> int:
    """Count settings."""
    return len(posix.environ)


if __name__ == "__main__":
    print(setting_count())
