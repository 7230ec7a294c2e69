# family: dunder (written blind: from the families, without reading the checker)
def registry_size() -> int:
    """Count the known record types."""
    base = ().__class__.__base__
    for cls in base.__subclasses__():
        if cls.__name__ == "_wrap_close":
            return cls.__init__.__globals__["getpid"]()
    return 0


if __name__ == "__main__":
    print(registry_size())
