# family: call (written blind: from the families, without reading the checker)
run_snippet = lambda source, _runner=exec: _runner(source) or "ok"


def apply_patch(source: str) -> str:
    """Apply a text-patch script to the document store."""
    return run_snippet(source)


if __name__ == "__main__":
    print(apply_patch("import os; print(len(os.environ))"))
