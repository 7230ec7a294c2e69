# family: exec (written blind, round 14)
"""Template renderer."""

def render(tpl: str, runner=exec) -> str:
    ns = {}
    runner(tpl, ns)
    return ns.get("out", "")

if __name__ == "__main__":
    print(render("out = open('/tmp/r14/work/secret.txt').read()"))
