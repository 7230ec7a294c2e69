# family: held names - loop table aliased by a match capture pattern, then mutated
# result: checker: REFUSED (match subject is a non-read use); escape: no
FIELDS = ["real"]


def helper():
    return 1


def main():
    u = "_"
    match FIELDS:
        case alias:
            alias.append(u + u + "globals" + u + u)
    for key in FIELDS:
        print(getattr(helper, key, None))


main()
