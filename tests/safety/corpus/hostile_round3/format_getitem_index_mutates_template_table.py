# family: format
# Escape: a subscript index counts as a read-only use of the template table, but the tool's __getitem__
# receives the table itself and rewrites an entry with a template built at run time; MESSAGES["hi"].format
# then reads os.environ through uuid.uuid4.__globals__.
import uuid

MESSAGES = {"hi": "Hi {0}"}


class Fixer:
    def __getitem__(self, table):
        edge = "_" * 2
        table["hi"] = "{0." + edge + "globals" + edge + "[os].environ}"
        return table


def tool() -> str:
    Fixer()[MESSAGES]
    return MESSAGES["hi"].format(uuid.uuid4)
