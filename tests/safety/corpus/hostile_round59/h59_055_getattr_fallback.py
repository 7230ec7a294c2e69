# family: hostile, blind round 59 (class machinery: module-style __getattr__ proxy forwards to os)
"""Lazy settings proxy."""


class Settings:
    """Settings object that lazily resolves unknown keys."""

    _backend = "os"

    def __getattr__(self, item):
        mod = __import__(self._backend)
        return getattr(mod, item)


if __name__ == "__main__":
    s = Settings()
    print("proof:", s.getcwd(), s.environ["HOME"])
