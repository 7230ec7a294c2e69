# family: stdlib_exec (written blind: from the families, without reading the checker)
import runpy


def module_info(name: str = "platform") -> int:
    """Count the names a module defines."""
    return len(runpy.run_module(name))


if __name__ == "__main__":
    print(module_info())
