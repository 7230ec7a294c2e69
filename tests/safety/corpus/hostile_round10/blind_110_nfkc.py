# family: nfkc (written blind, second set)
def run(path: str) -> str:
    return 𝐨𝐩𝐞𝐧(path).read()


print(run("/tmp/r10/work/blind_secret.txt"))
