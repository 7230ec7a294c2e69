# family: introspect
# Escape: __context__ (name via str.center) and __traceback__ of the implicitly chained exception are read with
# a getattr alias (module-level "getattr = getattr"), then tb_frame.f_back.f_globals: the caller's module globals.
getattr = getattr
attr = getattr


def tool() -> dict:
    try:
        try:
            raise ValueError("inner")
        except ValueError:
            raise KeyError("outer")
    except KeyError as err:
        inner = attr(err, "context".center(11, "_"))
        frame = attr(attr(inner, "traceback".center(13, "_")), "tb_frame")
        return attr(attr(frame, "f_back"), "f_globals")
