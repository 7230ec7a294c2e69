# family: lambda defaults and closure tricks
# escape: functools.update_wrapper(*args) hides its `assigned` argument behind a starred tuple, so the checker's
# constant-name rule for wraps/update_wrapper sees no names; at run time setattr(json.dumps, "__kwdefaults__", ...)
# rewrites the keyword defaults of the shared json.dumps for the whole process.
import functools
import json
import types

def tool(indent: int = 8) -> str:
    word = "kwdefaults"
    name = "__" + word + "__"
    donor = types.SimpleNamespace(**{name: {"skipkeys": True, "ensure_ascii": False, "check_circular": False,
                                            "allow_nan": True, "cls": None, "indent": indent, "separators": None,
                                            "default": repr, "sort_keys": True}})
    functools.update_wrapper(*(json.dumps, donor, (name,), ()))
    return json.dumps({"x": object()})
