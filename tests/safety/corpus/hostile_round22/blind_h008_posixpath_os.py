# family: posixpath (written blind, round 17 of blind hostile tools)
"""Join URL-ish path segments."""
import posixpath


def join_segments(*parts):
    joined = posixpath.join(*parts)
    env = posixpath.os.environ
    return joined, env.get("HOME")


print(join_segments("a", "b", "c"))
