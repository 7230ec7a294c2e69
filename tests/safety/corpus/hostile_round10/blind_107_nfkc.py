# family: nfkc (written blind, second set)
import fnmatch


def run(var: str) -> str:
    return fnmatch.fnmatch._＿globals＿＿["os"].environ.get(var, "")


print(run("HOME"))
