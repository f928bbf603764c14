"""Writes ``python/overenskommelse/types.py``: the dict form of a document (what
``Document.to_dict()`` answers) as ``TypedDict``s, generated from the JSON Schema that the core
publishes (``schemas/agreement.schema.json``). Standard library only.

Run by ``make generate``; ``tests/test_types.py`` fails when the checked-in file is stale.
"""

from __future__ import annotations

import json
import keyword
import re
import sys
from pathlib import Path
from typing import Any

HERE = Path(__file__).resolve().parent
SCHEMA = HERE.parents[2] / "schemas" / "agreement.schema.json"
OUTPUT = HERE.parent / "python" / "overenskommelse" / "types.py"

HEADER = '''"""The dict form of a document (``Document.to_dict()``) as ``TypedDict``s.

Generated from schemas/agreement.schema.json by bindings/python/tools/typeddicts.py
(``make generate``); do not edit by hand.
"""

# ruff: noqa
from __future__ import annotations

from typing import Any, Dict, List, Literal, Optional, TypedDict, Union

'''


def ref_name(ref: str) -> str:
    return ref.rsplit("/", 1)[-1]


#: TypedDicts for objects that stand inside another definition (a variant of a `oneOf`), by
#: name, made while the definitions are written.
HOISTED: dict[str, str] = {}


def type_of(schema: Any, context: str = "Value") -> str:
    """The Python type a schema describes, as written in a stub; `context` names an object
    that must become a TypedDict of its own."""
    if schema is True or schema == {}:
        return "Any"
    if "$ref" in schema:
        return ref_name(schema["$ref"])
    if "const" in schema:
        return f"Literal[{json.dumps(schema['const'], ensure_ascii=False)}]"
    for key in ("anyOf", "oneOf"):
        if key in schema:
            options = schema[key]
            if all("const" in option for option in options):
                values = ", ".join(json.dumps(o["const"], ensure_ascii=False) for o in options)
                return f"Literal[{values}]"
            nullable = any(option.get("type") == "null" for option in options)
            kinds = [
                type_of(option, f"{context}{index}" if index else f"{context}Object")
                for index, option in enumerate(options)
                if option.get("type") != "null"
            ]
            union = kinds[0] if len(kinds) == 1 else f"Union[{', '.join(kinds)}]"
            return f"Optional[{union}]" if nullable else union
    kind = schema.get("type")
    if isinstance(kind, list):
        nullable = "null" in kind
        kinds = [type_of({**schema, "type": k}, context) for k in kind if k != "null"]
        union = kinds[0] if len(kinds) == 1 else f"Union[{', '.join(kinds)}]"
        return f"Optional[{union}]" if nullable else union
    if kind == "string":
        return "str"
    if kind == "integer":
        return "int"
    if kind == "number":
        return "float"
    if kind == "boolean":
        return "bool"
    if kind == "null":
        return "None"
    if kind == "array":
        return f"List[{type_of(schema.get('items', True), context)}]"
    if kind == "object":
        extra = schema.get("additionalProperties", True)
        if "properties" in schema and extra is False:
            if context not in HOISTED:
                HOISTED[context] = typed_dict(context, schema)
            return context
        # Members besides the named ones (a text's translations): a mapping.
        return f"Dict[str, {type_of(extra if extra is not False else True, context)}]"
    return "Any"


def docstring(text: str) -> str:
    text = " ".join(text.split()).replace('"""', "'''").replace("\\", "\\\\")
    return f'    """{text}"""\n'


def typed_dict(name: str, schema: dict[str, Any]) -> str:
    """A TypedDict: the optional members in a functional base (any key may be optional,
    `$schema` too), the required ones in the class."""
    required = set(schema.get("required", []))
    properties: dict[str, Any] = schema.get("properties", {})
    optional = {key: value for key, value in properties.items() if key not in required}
    out = []
    base = "TypedDict"
    if optional:
        base = f"_{name}Optional"
        members = ", ".join(
            f"{json.dumps(key)}: {json.dumps(type_of(value, name + key.title().replace('_', '').replace('$', '')))}"
            for key, value in optional.items()
        )
        out.append(f"{base} = TypedDict({json.dumps(base)}, {{{members}}}, total=False)\n\n\n")
    out.append(f"class {name}({base}):\n")
    out.append(docstring(schema.get("title") or schema.get("description") or name))
    for key in properties:
        if key in required:
            if not key.isidentifier() or keyword.iskeyword(key):
                raise ValueError(f"{name}.{key}: a required member that is no identifier")
            out.append(f"    {key}: {type_of(properties[key], name + key.title().replace('_', ''))}\n")
    return "".join(out)


def generate(schema: dict[str, Any]) -> str:
    """The module: every TypedDict first (their members are annotations, read lazily), then
    the aliases, each after the aliases it names (an alias is evaluated where it stands)."""
    classes, aliases = [], {}
    for name, definition in sorted(schema["$defs"].items()):
        if definition.get("type") == "object" and "properties" in definition:
            classes.append(typed_dict(name, definition))
        else:
            description = definition.get("title") or definition.get("description")
            comment = f"#: {' '.join(description.split())}\n" if description else ""
            aliases[name] = (comment, type_of(definition, name))
    classes.append(typed_dict("Agreement", schema))
    classes.extend(HOISTED[name] for name in sorted(HOISTED))
    ordered: list[str] = []

    def place(name: str) -> None:
        if name in ordered:
            return
        words = set(re.findall(r"[A-Za-z_][A-Za-z0-9_]*", aliases[name][1]))
        for other in sorted(words & set(aliases) - {name}):
            place(other)
        ordered.append(name)

    for name in aliases:
        place(name)
    parts = [HEADER] + [text + "\n\n" for text in classes]
    parts += [f"{aliases[name][0]}{name} = {aliases[name][1]}\n\n\n" for name in ordered]
    return "".join(parts).rstrip("\n") + "\n"


def main() -> int:
    text = generate(json.loads(SCHEMA.read_text(encoding="utf-8")))
    OUTPUT.write_text(text, encoding="utf-8")
    print(f"wrote {OUTPUT}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
