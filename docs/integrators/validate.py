"""Validate styrdok registers with the published JSON Schemas (docs/integrators.md).

Usage: python validate.py SCHEMAS_DIR REGISTER_FILE DIRECTORY_REGISTER FIXTURES_FILE

Validates the register file against register.schema.json, every file of the
directory form against manifest / organisation / document, and checks that
each shape-error fixture (a variant of REGISTER_FILE) is rejected. Exits 1
on any disagreement.
"""

import copy
import json
import pathlib
import sys

from jsonschema import Draft202012Validator


def load(path):
    return json.loads(pathlib.Path(path).read_text(encoding="utf-8"))


def validator(schemas, name):
    schema = load(pathlib.Path(schemas) / f"{name}.schema.json")
    Draft202012Validator.check_schema(schema)
    return Draft202012Validator(schema)


def errors(v, instance):
    return [f"{e.json_path}: {e.message}" for e in v.iter_errors(instance)]


def set_pointer(doc, pointer, value, remove=False):
    parts = [p.replace("~1", "/").replace("~0", "~") for p in pointer.split("/")[1:]]
    parent = doc
    for p in parts[:-1]:
        parent = parent[int(p)] if isinstance(parent, list) else parent[p]
    last = parts[-1]
    if remove:
        del parent[last]
    elif isinstance(parent, list):
        parent[int(last)] = value
    else:
        parent[last] = value


def get_pointer(doc, pointer):
    for p in pointer.split("/")[1:] if pointer else []:
        doc = doc[int(p)] if isinstance(doc, list) else doc[p]
    return doc


def main(schemas, register_file, directory, fixtures_file):
    failures = []
    register = load(register_file)
    errs = errors(validator(schemas, "register"), register)
    print(f"register {register_file}: {'valid' if not errs else errs}")
    failures += errs

    directory = pathlib.Path(directory)
    files = sorted(p for p in directory.rglob("*.json"))
    for f in files:
        rel = f.relative_to(directory).as_posix()
        name = (
            "manifest"
            if rel == "register.json"
            else "organisation" if rel.startswith("organisations/") else "document"
        )
        errs = errors(validator(schemas, name), load(f))
        if errs:
            failures.append(f"{rel} against {name}: {errs}")
    print(f"directory form: {len(files)} files checked")

    manifest = load(directory / "register.json")
    cases = load(fixtures_file)["cases"]
    rejected = 0
    for case in cases:
        base = manifest if case["schema"] == "manifest" else register
        doc = copy.deepcopy(base)
        for pointer, value in case.get("set", {}).items():
            set_pointer(doc, pointer, value)
        for pointer in case.get("remove", []):
            set_pointer(doc, pointer, None, remove=True)
        instance = get_pointer(doc, case["base"])
        if errors(validator(schemas, case["schema"]), instance):
            rejected += 1
        else:
            failures.append(f"fixture accepted: {case['name']}")
    print(f"shape-error fixtures rejected: {rejected}/{len(cases)}")

    for f in failures:
        print("FAIL", f)
    return 1 if failures else 0


if __name__ == "__main__":
    sys.exit(main(*sys.argv[1:5]))
