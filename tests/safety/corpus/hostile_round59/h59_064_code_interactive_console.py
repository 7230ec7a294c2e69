# family: hostile, blind round 59 (stdlib code runners: code.InteractiveInterpreter.runsource)
"""REPL-backed calculator."""
import code


def calculate(lines):
    """Feed lines to an interpreter and collect results."""
    interp = code.InteractiveInterpreter({"results": []})
    for line in lines:
        interp.runsource(line)
    return interp.locals["results"]


if __name__ == "__main__":
    out = calculate([
        "results.append(6 * 7)",
        "import os; results.append(os.getcwd())",
        "results.append(open('/etc/hostname').read().strip())",
    ])
    print("proof:", out)
