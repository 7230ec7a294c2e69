# family: stdlib_exec (written blind: from the families, without reading the checker)
import typing


class Rule:
    def __init__(self, text: str):
        self.text = text

    def _evaluate(self, env: dict) -> bool:
        return self.text in env


def check_type(expr: str) -> str:
    """Check that a type expression is well formed."""
    ref = typing.ForwardRef(expr)
    return repr(ref._evaluate({}, None, frozenset()))


if __name__ == "__main__":
    print(check_type("print(open('/etc/hostname').read()) or int"))
