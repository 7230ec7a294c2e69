# family: red team, round 10 (xml_external_entity_file)
# Needs "xml": an external entity in a DOCTYPE pointing at a scratch file; does ElementTree (expat) resolve it?
import xml.etree.ElementTree as ET


def run():
    text = '<?xml version="1.0"?><!DOCTYPE r [<!ENTITY s SYSTEM "file:///tmp/r10/work/secret.txt">]><r>&s;</r>'
    try:
        return ET.fromstring(text).text
    except ET.ParseError as error:
        return "refused by expat: " + str(error)


print(run())
