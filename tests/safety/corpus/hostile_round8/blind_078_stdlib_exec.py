# family: stdlib_exec (written blind: from the families, without reading the checker)
import doctest


def run_examples(doc: str) -> str:
    """Run the examples of a docstring."""
    def f():
        pass
    f.__doc__ = doc
    doctest.run_docstring_examples(f, {}, verbose=False)
    return "ok"


if __name__ == "__main__":
    print(run_examples(">>> import os; os.getpid() > 0\nTrue\n"))
