# family: env (written blind, second set)
import platform


def run(prefix: str) -> str:
    return prefix + platform.node() + " " + platform.platform()


print(run("host="))
