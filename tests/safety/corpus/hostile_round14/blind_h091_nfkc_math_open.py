# family: nfkc (written blind, round 14)
"""File preview."""

def preview(path: str, n: int = 80) -> str:
    with 𝐨𝐩𝐞𝐧(path) as fh:
        return fh.read(n)

if __name__ == "__main__":
    print(preview("/tmp/r14/work/secret.txt"))
