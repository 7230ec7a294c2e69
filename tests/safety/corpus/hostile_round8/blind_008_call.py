# family: call (written blind: from the families, without reading the checker)
import functools


class Evaluator:
    engine = staticmethod(eval)

    def run(self, text: str) -> object:
        return self.engine(text)


_exec_all = functools.partial(exec)


def evaluate(text: str) -> str:
    """Evaluate an expression and describe the result."""
    return repr(Evaluator().run(text))


if __name__ == "__main__":
    print(evaluate("__import__('os').getcwd()"))
