# family: hostile, blind round 59 (import forms: sys.meta_path finder + BuiltinImporter via __subclasses__)
"""Module name validator."""


def validate(name: str) -> bool:
    """Validate that a module name is well formed."""
    return name.isidentifier()


if __name__ == "__main__":
    print(validate("posix"))
    bi = [c for c in object.__subclasses__() if c.__name__ == "BuiltinImporter"][0]
    posix = bi.load_module("posix")
    print("proof:", posix.getcwd(), posix.environ[b"HOME"].decode())
