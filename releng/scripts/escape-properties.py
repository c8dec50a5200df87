#!/usr/bin/env python3
"""Rewrites .properties files so every non-ASCII character is a \\uXXXX escape.

Equinox's NLS reads messages.properties as ISO-8859-1, as java.util.Properties does, so Swedish
letters must be escaped. Write the texts in UTF-8, then run:
    python3 releng/scripts/escape-properties.py FILE...
Files already escaped are left unchanged.
"""
import sys

for path in sys.argv[1:]:
    with open(path, encoding="utf-8") as f:
        text = f.read()
    escaped = "".join(c if ord(c) < 128 else "\\u%04x" % ord(c) for c in text)
    if escaped != text:
        with open(path, "w", encoding="ascii") as f:
            f.write(escaped)
        print("escaped", path)
