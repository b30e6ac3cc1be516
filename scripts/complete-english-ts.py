#!/usr/bin/env python3
"""Completes i18n/mamori_en.ts after lupdate: English text is the source text itself, so every
unfinished message gets its source as translation; plural messages get the singular and plural
forms derived from "(s)" (e.g. "%n file(s)" -> "%n file" / "%n files")."""
import re
import sys
import xml.etree.ElementTree as ET

path = sys.argv[1] if len(sys.argv) > 1 else "i18n/mamori_en.ts"
tree = ET.parse(path)
changed = 0
for message in tree.getroot().iter("message"):
    source = message.findtext("source") or ""
    translation = message.find("translation")
    if translation is None:
        translation = ET.SubElement(message, "translation")
    if translation.get("type") not in ("unfinished", None) or (
        translation.get("type") is None and (translation.text or len(translation))
    ):
        continue
    translation.attrib.pop("type", None)
    if message.get("numerus") == "yes":
        for child in list(translation):
            translation.remove(child)
        singular = re.sub(r"(\w+)\(s\)", r"\1", source)
        plural = re.sub(r"(\w+)\(s\)", r"\1s", source)
        for form in (singular, plural):
            ET.SubElement(translation, "numerusform").text = form
    else:
        translation.text = source
    changed += 1

tree.write(path, encoding="utf-8", xml_declaration=True)
with open(path, "r+", encoding="utf-8") as f:
    text = f.read().replace("<?xml version='1.0' encoding='utf-8'?>", '<?xml version="1.0" encoding="utf-8"?>\n<!DOCTYPE TS>', 1)
    # Escape quotes in text the way lupdate does, so running lupdate after this script changes nothing.
    text = re.sub(r">([^<]*)<", lambda m: ">" + m.group(1).replace('"', "&quot;").replace("'", "&apos;") + "<", text)
    if not text.endswith("\n"):
        text += "\n"
    f.seek(0)
    f.write(text)
    f.truncate()
print(f"{path}: completed {changed} messages")
