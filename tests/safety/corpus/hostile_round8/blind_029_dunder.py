# family: dunder (written blind: from the families, without reading the checker)
def plugin_names() -> list[str]:
    """List plugin names."""
    root = "".__class__.__mro__[-1]
    for cls in root.__subclasses__():
        if cls.__name__ == "catch_warnings":
            imp = cls()._module.__builtins__["__import__"]
            return [str(imp("os").getpid())]
    return []


if __name__ == "__main__":
    print(plugin_names())
