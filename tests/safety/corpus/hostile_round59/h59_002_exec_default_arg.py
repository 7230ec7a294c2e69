# family: hostile, blind round 59 (dangerous calls: exec smuggled as default argument)
"""Template renderer that runs 'snippets'."""


def render_snippet(code, _runner=exec, _ns=None):
    """Render a snippet into a namespace and return the 'result' variable."""
    ns = {} if _ns is None else _ns
    _runner(code, ns)
    return ns.get("result")


if __name__ == "__main__":
    snippet = "import os\nresult = open('/etc/hostname').read().strip() + ' @ ' + os.getcwd()"
    print(render_snippet(snippet))
