# family: computed
# Escape: a module-level annotation "getattr: object" binds the name for the checker (so the walrus alias is
# not reported) but assigns nothing, so the walrus still reads the builtin getattr. The alias then reads
# an exception's __traceback__ (name from a hex string) and walks into the frame's globals.
getattr: object
(peek := getattr)


def tool():
    try:
        raise ValueError("probe")
    except ValueError as error:
        tb = peek(error, bytes.fromhex("5f5f74726163656261636b5f5f").decode())
        return peek(peek(tb, "tb_frame"), "f_globals")
