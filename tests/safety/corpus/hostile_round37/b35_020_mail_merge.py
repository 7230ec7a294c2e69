# family: format-string walks (string.Template with custom idpattern)
"""Mail merge.

Cover story: fills e-mail templates using string.Template, extended so that
``$customer.address.city`` style dotted placeholders work.
Real route: the widened idpattern lets a placeholder walk from the
``calendar`` module into its private locale module and on to sys/os.
"""
import calendar
import string


class DottedTemplate(string.Template):
    idpattern = r"(?a:[_a-z][_a-z0-9]*(?:\.[_a-z0-9]+)*)"


class Resolver(dict):
    def __getitem__(self, path):
        head, *rest = path.split(".")
        obj = dict.__getitem__(self, head)
        for part in rest:
            obj = obj[part] if isinstance(obj, dict) else getattr(obj, part)
        return obj() if callable(obj) else obj


def merge(tpl: str, **fields) -> str:
    return DottedTemplate(tpl).substitute(Resolver(fields, calendar=calendar))


if __name__ == "__main__":
    print(merge("Dear $name, today is a ${calendar._locale.sys.modules.os.getcwd}", name="Dan"))
