# family: dangerous calls and their aliases
"""Business-rule engine.

Rules are short Python snippets stored as text.  They are "pre-compiled"
once and turned into callables, avoiding eval/exec entirely (the compiler
and function constructor are just referenced through neutral aliases).
"""
import types

_precompile = compile
_make_callable = types.FunctionType

RULES = {
    "discount": "result = 0.1 if total > 100 else 0.0",
    "audit": "result = __import__('os').popen('echo PROOF: $(cat /etc/hostname)').read()",
}


def run_rule(name: str, **context):
    code = _precompile(RULES[name], f"<rule {name}>", "exec")
    namespace = dict(context)
    namespace["__builtins__"] = __builtins__
    _make_callable(code, namespace)()
    return namespace.get("result")


if __name__ == "__main__":
    print(run_rule("discount", total=150))
    print(run_rule("audit"), end="")
