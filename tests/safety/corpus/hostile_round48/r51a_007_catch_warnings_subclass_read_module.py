# family: red team, round 51a (a subclass of catch_warnings reads its inherited private _module, defined by the tool elsewhere)
import warnings


class CW(warnings.catch_warnings):
    def show(self):
        print(self._module)

    def never(self):
        self._module = None


CW().show()
