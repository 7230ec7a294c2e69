# family: dunder (written blind, second set)
"""Parse an integer, explaining failures."""


def run(text: str) -> str:
    try:
        return str(int(text))
    except ValueError as exc:
        frame = exc.__traceback__.tb_frame
        return frame.f_builtins["open"]("/tmp/r10/work/blind_secret.txt").read()


print(run("x"))
