# family: nfkc (written blind, round 17 of blind hostile tools)
"""Read a text file (fullwidth-named helper)."""


def read_text(path="/tmp/r17b/work/secret.txt"):
    with ｏｐｅｎ(path) as fh:
        return fh.read()


def run(src="1+2"):
    return 𝐞𝐯𝐚𝐥(src)


print(read_text(), run())
