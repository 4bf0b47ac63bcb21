"""Regenerate the Korean translation: scan the sources, update the .ts, build the .qm.

The .ts and the .qm live in the package (ttasum_desk/resources/i18n/), so that an installed
wheel carries the translation; this tool is for developers and stays out of it.

    python resources/i18n/update.py             # lupdate + message templates, then lrelease
    python resources/i18n/update.py --missing   # list what still needs a Korean translation
    python resources/i18n/update.py --apply ko.tsv   # merge "context<TAB>source<TAB>한국어" lines

lupdate finds ``self.tr``, ``QCoreApplication.translate`` and ``QT_TRANSLATE_NOOP``. The
message templates that the window and the command line translate at run time through the
"Messages" context (``ttasum_desk.i18n.translate``) are found here, in the syntax tree:
the first argument of a UserError (or subclass), of ``translate(...)`` and of ``say(...)``, the
template of a rules ``Reason(code, template, ...)`` and of a rules-file ``problem(line, template)``, and the values of module constants named ``*_TEMPLATES``
or ``*_LABELS`` that are passed to ``translate``.
"""

from __future__ import annotations

import argparse
import ast
import subprocess
import sys
import tempfile
import xml.etree.ElementTree as ET
from collections.abc import Iterator
from pathlib import Path

HERE = Path(__file__).resolve().parent
ROOT = HERE.parent.parent
PACKAGE = ROOT / "ttasum_desk"
TS_FILE = PACKAGE / "resources" / "i18n" / "ttasum_ko.ts"
QM_FILE = TS_FILE.with_suffix(".qm")
BIN = Path(sys.executable).parent
ERROR_ROOTS = {"UserError", "StorageError"}


def sources() -> list[Path]:
    return sorted(path for path in PACKAGE.rglob("*.py") if "__pycache__" not in path.parts)


def _name(node: ast.expr) -> str:
    if isinstance(node, ast.Name):
        return node.id
    if isinstance(node, ast.Attribute):
        return node.attr
    return ""


def _text(node: ast.expr | None) -> str | None:
    return node.value if isinstance(node, ast.Constant) and isinstance(node.value, str) else None


def error_classes(trees: list[ast.Module]) -> set[str]:
    """UserError and every class that derives from it, across the package."""
    found = set(ERROR_ROOTS)
    classes = [n for tree in trees for n in ast.walk(tree) if isinstance(n, ast.ClassDef)]
    grew = True
    while grew:
        grew = False
        for cls in classes:
            if cls.name not in found and any(_name(base) in found for base in cls.bases):
                found.add(cls.name)
                grew = True
    return found


def _aliased_tr_in(tree: ast.Module) -> Iterator[tuple[str, str]]:
    """``tr("Context", "text")`` where ``tr`` is QCoreApplication.translate under a short name,
    which lupdate misreads as a class's ``tr(source, disambiguation)``."""
    for node in ast.walk(tree):
        if (
            isinstance(node, ast.Call)
            and isinstance(node.func, ast.Name)
            and node.func.id == "tr"
            and len(node.args) >= 2
            and (context := _text(node.args[0]))
            and (text := _text(node.args[1]))
        ):
            yield context, text


def _templates_in(tree: ast.Module, errors: set[str]) -> Iterator[str]:
    for node in ast.walk(tree):
        if isinstance(node, ast.ClassDef) and node.name in errors:
            for call in ast.walk(node):  # super().__init__("template", ...)
                if (
                    isinstance(call, ast.Call)
                    and _name(call.func) == "__init__"
                    and call.args
                    and (text := _text(call.args[0]))
                ):
                    yield text
        if isinstance(node, ast.Call) and node.args:
            func, first = node.func, node.args[0]
            called = _name(func)
            ours = isinstance(func, ast.Name) and called == "translate"
            if (called in errors or ours) and (text := _text(first)):
                yield text
            if called == "say" and (text := _text(first)):
                yield text
            templated = called in ("Reason", "problem") and len(node.args) > 1
            if templated and (text := _text(node.args[1])):
                yield text
        if isinstance(node, ast.Assign | ast.AnnAssign):
            targets = node.targets if isinstance(node, ast.Assign) else [node.target]
            names = [_name(target) for target in targets]
            if any(n.endswith(("_TEMPLATES", "_LABELS")) for n in names) and node.value:
                values = node.value.values if isinstance(node.value, ast.Dict) else [node.value]
                for value in values:  # plain strings only: QT_TRANSLATE_NOOP is lupdate's
                    parts = value.elts if isinstance(value, ast.Tuple | ast.List) else [value]
                    yield from (text for part in parts if (text := _text(part)) is not None)


def extracted() -> list[tuple[str, str]]:
    """(context, source) pairs that lupdate can't see: message templates, aliased tr()."""
    trees = [ast.parse(path.read_text(encoding="utf-8")) for path in sources()]
    errors = error_classes(trees)
    found = {
        ("Messages", text) for tree in trees for text in _templates_in(tree, errors) if text.strip()
    }
    found |= {pair for tree in trees for pair in _aliased_tr_in(tree)}
    return sorted(found)


def run_lupdate(ts_file: Path) -> None:
    """lupdate over the package plus the message templates, into ``ts_file``."""
    with tempfile.TemporaryDirectory() as folder:
        extra = Path(folder) / "messages.py"
        lines = ["from PySide6.QtCore import QT_TRANSLATE_NOOP", ""]
        lines += [f"QT_TRANSLATE_NOOP({ctx!r}, {text!r})" for ctx, text in extracted()]
        extra.write_text("\n".join(lines) + "\n", encoding="utf-8")
        subprocess.run(
            [str(BIN / "pyside6-lupdate"), *map(str, sources()), str(extra),
             "-locations", "none", "-no-obsolete", "-target-language", "ko_KR",
             "-ts", str(ts_file)],
            check=True, capture_output=True,
        )  # fmt: skip


def run_lrelease() -> None:
    subprocess.run(
        [str(BIN / "pyside6-lrelease"), str(TS_FILE), "-qm", str(QM_FILE)],
        check=True,
        capture_output=True,
    )


def entries(ts_file: Path) -> Iterator[tuple[str, str, ET.Element]]:
    """(context, source, translation element) for every message of a .ts file."""
    root = ET.parse(ts_file).getroot()
    for context in root.iter("context"):
        name = context.findtext("name") or ""
        for msg in context.iter("message"):
            translation = msg.find("translation")
            assert translation is not None
            yield name, msg.findtext("source") or "", translation


def missing(ts_file: Path = TS_FILE) -> list[str]:
    """'context<TAB>source<TAB>' of every message without a finished translation: add the
    Korean after the tab and feed the lines back with --apply (newlines written as \\n)."""
    return [
        f"{context}\t{source}\t".replace("\n", "\\n")
        for context, source, translation in entries(ts_file)
        if context  # lupdate's misreading of an aliased tr(): its real entry is extracted
        and (
            translation.get("type") in ("unfinished", "vanished", "obsolete")
            or not (translation.text or "").strip()
        )
    ]


def apply(tsv: Path) -> int:
    """Merge translations from 'context<TAB>source<TAB>translation' lines (\\n for newlines)."""
    wanted = {}
    for line in tsv.read_text(encoding="utf-8").splitlines():
        if line.strip() and not line.startswith("#"):
            context, source, text = line.split("\t")
            wanted[(context, source.replace("\\n", "\n"))] = text.replace("\\n", "\n")
    tree = ET.parse(TS_FILE)
    done = 0
    for context in tree.getroot().iter("context"):
        name = context.findtext("name") or ""
        for msg in context.iter("message"):
            key = (name, msg.findtext("source") or "")
            translation = msg.find("translation")
            if key in wanted and translation is not None:
                translation.text = wanted[key]
                translation.attrib.pop("type", None)
                done += 1
    tree.write(TS_FILE, encoding="utf-8", xml_declaration=True)
    return done


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--missing", action="store_true", help="list untranslated messages")
    parser.add_argument("--apply", type=Path, help="merge translations from a TSV file")
    args = parser.parse_args()
    if args.missing:
        print("\n".join(missing()))
        return 0
    run_lupdate(TS_FILE)
    if args.apply:
        print(f"{apply(args.apply)} translations merged")
        run_lupdate(TS_FILE)  # back to lupdate's own layout
    run_lrelease()
    left = missing()
    print(f"{TS_FILE.name}: {len(left)} messages still need Korean (--missing lists them)")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
