# family: nfkc (written blind, second set)
def run(n: int) -> int:
    return __ⅰmport__("posix").getpid() + n


print(run(0))
