# ordinary: regex-based tokenizer for a small expression language
import re
from typing import NamedTuple


class Token(NamedTuple):
    kind: str
    value: object
    line: int
    column: int


TOKEN_SPEC = [
    ("NUMBER", r"\d+(?:\.\d*)?"),
    ("STRING", r'"(?:[^"\\]|\\.)*"'),
    ("IDENT", r"[A-Za-z_][A-Za-z0-9_]*"),
    ("OP", r"==|!=|<=|>=|[+\-*/=<>()]"),
    ("NEWLINE", r"\n"),
    ("SKIP", r"[ \t]+"),
    ("COMMENT", r"#[^\n]*"),
    ("MISMATCH", r"."),
]
MASTER = re.compile("|".join(f"(?P<{name}>{pattern})" for name, pattern in TOKEN_SPEC))
KEYWORDS = {"if", "else", "while", "let", "print"}

CONVERT = {
    "NUMBER": lambda text: float(text) if "." in text else int(text),
    "STRING": lambda text: text[1:-1].replace('\\"', '"'),
}


def tokenize(source):
    line, line_start = 1, 0
    for match in MASTER.finditer(source):
        kind, text = match.lastgroup, match.group()
        column = match.start() - line_start + 1
        if kind == "NEWLINE":
            line, line_start = line + 1, match.end()
            continue
        if kind in ("SKIP", "COMMENT"):
            continue
        if kind == "MISMATCH":
            raise SyntaxError(f"unexpected character {text!r} at line {line}, column {column}")
        if kind == "IDENT" and text in KEYWORDS:
            kind = "KEYWORD"
        yield Token(kind, CONVERT.get(kind, str)(text), line, column)


if __name__ == "__main__":
    program = 'let x = 42\nif x >= 10.5 # compare\n  print("big \\"x\\"")\n'
    for tok in tokenize(program):
        print(f"{tok.line}:{tok.column:<3} {tok.kind:<8} {tok.value!r}")
    print(Token("NUMBER", 1, 1, 1)._asdict())
    try:
        list(tokenize("let y = 3 $ 4"))
    except SyntaxError as exc:
        print(exc)
