#!/usr/bin/env python3
"""Rewrite the complete example in docs/schema.md from the engine's own output.

Run after changing the engine's output: `python3 scripts/update-schema-doc.py`.
tests/schema_doc.rs fails until the example matches the engine again.
"""
import json
import pathlib
import re
import subprocess

root = pathlib.Path(__file__).resolve().parent.parent
out = subprocess.run(["cargo", "run", "-q", "--example", "default_report"], cwd=root, check=True, capture_output=True, text=True).stdout
data = json.loads(out)
doc_path = root / "docs" / "schema.md"
doc = doc_path.read_text()
blocks = [json.dumps(data["plan"], indent=2), json.dumps(data["report"], indent=2)]
parts = re.split(r"```json\n.*?\n```", doc, flags=re.S)
assert len(parts) == 3, "docs/schema.md must hold exactly two json blocks"
doc = parts[0] + "```json\n" + blocks[0] + "\n```" + parts[1] + "```json\n" + blocks[1] + "\n```" + parts[2]
doc_path.write_text(doc)
print("docs/schema.md updated")
