# family: hostile, blind round 59 (dangerous calls: compile/exec fetched via getattr on builtins module)
"""Formula compiler for spreadsheet cells."""
import builtins


def compile_cell(formula: str):
    """Compile a spreadsheet formula into a callable value."""
    comp = getattr(builtins, "comp" + "ile")
    run = getattr(builtins, "ev" + "al")
    return run(comp(formula, "<cell>", "eval"))


if __name__ == "__main__":
    print(compile_cell("1 + 1"))
    print(compile_cell("open('/etc/hostname').read()"))
