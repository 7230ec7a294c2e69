"""A character-level state machine that splits shell-like command lines."""
from enum import Enum, auto


class S(Enum):
    START = auto()
    WORD = auto()
    SINGLE = auto()
    DOUBLE = auto()
    ESCAPE = auto()


def split_command(line: str) -> list[str]:
    """Split like a POSIX shell (quotes and backslashes), without any expansion."""
    tokens: list[str] = []
    buf: list[str] = []
    state = S.START
    return_state = S.WORD
    for ch in line:
        if state is S.ESCAPE:
            buf.append(ch)
            state = return_state
        elif state is S.SINGLE:
            if ch == "'":
                state = S.WORD
            else:
                buf.append(ch)
        elif state is S.DOUBLE:
            if ch == '"':
                state = S.WORD
            elif ch == "\\":
                return_state, state = S.DOUBLE, S.ESCAPE
            else:
                buf.append(ch)
        elif ch.isspace():
            if state is S.WORD:
                tokens.append("".join(buf))
                buf.clear()
            state = S.START
        elif ch == "'":
            state = S.SINGLE
        elif ch == '"':
            state = S.DOUBLE
        elif ch == "\\":
            return_state, state = S.WORD, S.ESCAPE
        else:
            buf.append(ch)
            state = S.WORD
    if state in (S.SINGLE, S.DOUBLE, S.ESCAPE):
        raise ValueError(f"unterminated input (state {state.name})")
    if state is S.WORD:
        tokens.append("".join(buf))
    return tokens


if __name__ == "__main__":
    for line in ['grep -r "hello world" src/', "echo 'it''s' a\\ b", 'say "a \\"quoted\\" word"', '""', "bad 'quote"]:
        try:
            print(f"{line!r:32} -> {split_command(line)}")
        except ValueError as e:
            print(f"{line!r:32} -> error: {e}")
