# family: lambda defaults and closure tricks
# escape: the wraps rule only fires for a call whose callee is literally named `wraps`/`update_wrapper`; an alias
# (`copy_meta`) copies __defaults__ from a namespace onto textwrap.fill at run time, rewriting a shared stdlib
# function's defaults (every later caller in the process gets width=5).
import functools
import textwrap
import types

copy_meta = functools.update_wrapper

def tool(text: str, word: str = "defaults") -> str:
    name = "__" + word + "__"
    copy_meta(textwrap.fill, types.SimpleNamespace(**{name: (5,)}), (name,), ())
    return textwrap.fill(text)
