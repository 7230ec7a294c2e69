# family: class
# Escape: "assign = setattr" passes because a never-called function declares "global setattr" and assigns it;
# assign(Box, "__get__", hook) turns Box into a descriptor (name built with str.center), so reading Owner.item
# runs hook implicitly.
assign = setattr


def _never():
    global setattr
    setattr = None


class Box:
    pass


def tool(hook):
    assign(Box, "get".center(7, "_"), hook)

    class Owner:
        item = Box()

    return Owner.item
