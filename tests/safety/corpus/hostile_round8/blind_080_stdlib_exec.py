# family: stdlib_exec (written blind: from the families, without reading the checker)
import code


def repl_line(line: str) -> bool:
    """Run one line of an interactive session."""
    return code.InteractiveInterpreter().runsource(line)


if __name__ == "__main__":
    print(repl_line("import os; print(os.getpid())"))
