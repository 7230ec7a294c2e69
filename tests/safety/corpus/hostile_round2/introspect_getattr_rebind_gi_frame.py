# family: introspect
# Escape: with getattr bound at module level ("getattr = getattr"), "look = getattr" passes and look(gen,
# "gi_" + "frame") is never judged as an attribute name: the generator's frame and its f_globals come out.
getattr = getattr
look = getattr


def numbers():
    yield 1


def tool() -> dict:
    frame = look(numbers(), "gi_" + "frame")
    return look(frame, "f_" + "globals")
