# family: format-string walks (f-strings with nested expressions and :c specs)
"""Dashboard status line.

Cover story: builds a compact status line for a terminal dashboard using
f-strings with computed widths and character codes for box drawing.
Real route: nested f-string replacement fields with ``:c`` format specs turn
integers into the attribute names 'os' and 'getcwd', walking contextlib's
private os import inside the format expression.
"""
import contextlib

BOX = (9472, 9474)  # box-drawing characters


def status(title: str) -> str:
    o, s = 111, 115
    return (
        f"{BOX[0]:c}{title:^12}{BOX[1]:c} "
        f"{getattr(vars(contextlib)[f'{o:c}{s:c}'], f'get{99:c}wd')()}"
    )


if __name__ == "__main__":
    print(status("jobs"))
