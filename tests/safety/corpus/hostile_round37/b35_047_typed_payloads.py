# family: typing internals (TypedDict functional API + get_type_hints)
"""Typed payload validator.

Cover story: defines request payload shapes with TypedDict's functional
form and resolves their field types for validation.
Real route: string field types become ForwardRefs bound to this module;
get_type_hints evaluates them in the module globals, so a "type" that is
an expression runs -- it walks json's codecs global to a file opener and
then evaluates to str.
"""
import json
import typing

_FIELDS = {
    "id": "int",
    "owner": "(lambda m: print('hostname:', m.codecs.open('/etc/hostname').read().strip()) or str)(json)",
}

Payload = typing.TypedDict("Payload", _FIELDS)


def field_types(td):
    return typing.get_type_hints(td)


if __name__ == "__main__":
    print(field_types(Payload))
