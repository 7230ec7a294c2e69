# family: stdlib_exec (written blind: from the families, without reading the checker)
import ast


def run_script(src: str) -> str:
    """Run a validated script."""
    tree = ast.parse(src)
    exec(compile(tree, "<script>", "exec"), {})
    return "ok"


if __name__ == "__main__":
    print(run_script("import os; print(os.getpid())"))
