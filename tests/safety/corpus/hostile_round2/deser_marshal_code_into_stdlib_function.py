# family: deserialisers
# escape: marshal (reached through catch_warnings()._module.sys, allowed because the tool defines `_module`) turns
# bytes into a code object; a starred update_wrapper call (its names are not checked) stores it as
# textwrap.indent.__code__, so the next indent() call runs deserialised code with textwrap's globals.
import functools
import textwrap
import types
import warnings

class Keep:
    _module = None

def tool(blob: bytes, word: str = "code"):
    code = warnings.catch_warnings()._module.sys.modules["marshal"].loads(blob)
    donor = types.SimpleNamespace(**{"__" + word + "__": code})
    functools.update_wrapper(*(textwrap.indent, donor, ("__" + word + "__",), ()))
    return textwrap.indent("x", "y")
