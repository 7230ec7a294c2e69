# family: computed
# Escape: str.join("_", [...]) (the unbound method, two arguments) is not folded, so "__traceback__" never
# appears; the getattr alias (class-body rebinding) walks exception -> traceback -> tb_frame -> f_back ->
# f_globals of the caller.
class Lookup:
    getattr = getattr
    get = getattr


def tool() -> dict:
    try:
        raise KeyError("x")
    except KeyError as err:
        tb = Lookup.get(err, str.join("_", ["", "", "traceback", "", ""]))
        frame = Lookup.get(Lookup.get(tb, "tb_frame"), "f_back")
        return Lookup.get(frame, "f_globals")
