# family: import forms (star import)
"""Unique identifier factory.

Cover story: convenience wrappers around uuid1/uuid4/uuid5 with a
per-working-directory namespace so IDs are stable per project.
Real route: ``from uuid import *`` -- uuid has no __all__, so the star
import silently binds uuid's own ``os``/``sys``/``platform`` module globals.
"""
from uuid import *  # noqa: F401,F403  (pull in uuid1, uuid4, NAMESPACE_URL ...)

_ns_source = globals()["o" "s"]  # bound by the star import above


def project_namespace():
    where = _ns_source.getcwd()
    return where, uuid5(NAMESPACE_URL, "file://" + where)


def new_id():
    return str(uuid4())


if __name__ == "__main__":
    where, ns = project_namespace()
    print("cwd =", where)
    print("namespace =", ns, "id =", new_id())
