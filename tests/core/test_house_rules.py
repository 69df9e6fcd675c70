"""The rules of the house, made executable.

1. ``kvalkod/`` never imports Qt or ``ui``; layers import only downwards.
2. Only ``kvalkod/store`` speaks SQL (and ``ui/`` none at all).
3. Heavy libraries are imported lazily, so the app starts fast.
4. The core, and its tests, run with PySide6 not importable.

The import checks run in fresh subprocesses, because pytest-qt imports Qt into this one.
"""

import ast
import os
import re
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
CORE = ROOT / "kvalkod"
SQL = re.compile(r"\b(SELECT\s.+\sFROM|INSERT\s+INTO|UPDATE\s+\w+\s+SET|DELETE\s+FROM|CREATE\s+(TABLE|INDEX|VIEW|TRIGGER))\b",
                 re.IGNORECASE | re.DOTALL)
SQL_MODULES = {"sqlite3", "sqlite_utils", "apsw"}
SQL_CALLS = {"execute", "executemany", "executescript"}

# What each part of the core may import from the rest of kvalkod (besides itself).
ALLOWED = {
    "model": {"errors"},
    "errors": set(),
    "resources": set(),
    "input_files": {"errors"},
    "refi_xml": {"errors", "model", "resources", "input_files"},
    "text": {"errors", "model"},
    "importers": {"errors", "model", "text", "resources", "refi_xml", "input_files"},
    "exporters": {"errors", "model", "text", "resources", "refi_xml"},
    "analysis": {"errors", "model", "text"},
    "store": {"errors", "model", "text"},
    "services": {"errors", "model", "text", "store", "importers", "exporters", "analysis", "resources",
                 "input_files"},
    "cli": {"errors", "model", "services", "importers", "exporters", "resources", "__init__"},
    "__init__": set(),
    "__main__": {"cli"},
}


def python_files(folder: Path):
    return sorted(p for p in folder.rglob("*.py") if "__pycache__" not in p.parts)


def imported_modules(path: Path):
    tree = ast.parse(path.read_text(encoding="utf-8"))
    package = path.relative_to(ROOT).with_suffix("").parts[:-1]
    for node in ast.walk(tree):
        if isinstance(node, ast.Import):
            for alias in node.names:
                yield alias.name
        elif isinstance(node, ast.ImportFrom):
            if node.level:
                base = package[: len(package) - node.level + 1]
                yield ".".join([*base, node.module] if node.module else base)
                if not node.module:
                    for alias in node.names:
                        sub = ROOT.joinpath(*base, alias.name)
                        if sub.is_dir() or sub.with_suffix(".py").exists():
                            yield ".".join([*base, alias.name])
            else:
                yield node.module


def part_of(path: Path) -> str:
    rel = path.relative_to(CORE).parts
    return rel[0].removesuffix(".py")


@pytest.mark.parametrize("path", python_files(CORE), ids=lambda p: str(p.relative_to(ROOT)))
def test_core_imports_no_qt_and_only_downwards(path):
    part = part_of(path)
    for module in imported_modules(path):
        top = module.split(".")[0]
        assert top not in {"PySide6", "shiboken6", "PyQt5", "PyQt6", "ui"}, f"{path} imports {module}"
        if top == "kvalkod" and module != "kvalkod":
            target = module.split(".")[1]
            assert target == part or target in ALLOWED[part], f"{path} ({part}) imports {module}"


def _sql_findings(path: Path):
    tree = ast.parse(path.read_text(encoding="utf-8"))
    for node in ast.walk(tree):
        if isinstance(node, (ast.Import, ast.ImportFrom)):
            names = [a.name for a in node.names] if isinstance(node, ast.Import) else [node.module or ""]
            for name in names:
                if name.split(".")[0] in SQL_MODULES:
                    yield f"imports {name}"
        elif isinstance(node, ast.Call) and isinstance(node.func, ast.Attribute) and node.func.attr in SQL_CALLS:
            yield f"calls .{node.func.attr}() at line {node.lineno}"
        elif isinstance(node, ast.Constant) and isinstance(node.value, str) and SQL.search(node.value):
            yield f"holds SQL at line {node.lineno}"


@pytest.mark.parametrize(
    "path",
    [p for p in python_files(CORE) if "store" not in p.relative_to(CORE).parts]
    + python_files(ROOT / "ui"),
    ids=lambda p: str(p.relative_to(ROOT)),
)
def test_only_the_store_speaks_sql(path):
    assert list(_sql_findings(path)) == []


def _run(code: str, **env):
    return subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, cwd=ROOT,
                          env={**os.environ, **env}, timeout=120)


def test_importing_the_whole_core_loads_no_qt():
    code = (
        "import pkgutil, sys, importlib, kvalkod\n"
        "for m in pkgutil.walk_packages(kvalkod.__path__, 'kvalkod.'):\n"
        "    if not m.name.endswith('__main__'):\n"
        "        importlib.import_module(m.name)\n"
        "bad = sorted(n for n in sys.modules if n.split('.')[0] in ('PySide6', 'shiboken6', 'ui'))\n"
        "print(bad)\n"
    )
    result = _run(code)
    assert result.returncode == 0, result.stderr
    assert result.stdout.strip() == "[]"


def test_heavy_libraries_load_lazily():
    code = (
        "import sys, kvalkod.cli, kvalkod.services\n"
        "heavy = ('pandas', 'docx', 'networkx', 'lxml', 'pypdf', 'odfdo', 'openpyxl', 'sqlite_utils',"
        " 'striprtf', 'webvtt', 'charset_normalizer')\n"
        "print(sorted(n for n in sys.modules if n.split('.')[0] in heavy))\n"
    )
    result = _run(code)
    assert result.returncode == 0, result.stderr
    assert result.stdout.strip() == "[]"


@pytest.mark.slow
def test_core_tests_pass_with_qt_blocked():
    """Run the core suite in a subprocess where importing PySide6 fails. The slow tests (the
    kill test, the fuzzers) are left out of this second run: they drive the same core the
    quick tests cover, and the import contract itself is checked by the tests above."""
    env = {**os.environ, "PYTHONPATH": str(ROOT / "tests" / "fixtures")}
    env.pop("QT_QPA_PLATFORM", None)
    result = subprocess.run(
        [sys.executable, "-m", "pytest", "-x", "-p", "block_qt", "-p", "no:pytest-qt",
         "-p", "no:xdist", "-p", "no:cacheprovider", "-m", "not slow", "tests/core",
         "--deselect", "tests/core/test_house_rules.py::test_core_tests_pass_with_qt_blocked"],
        cwd=ROOT, env=env, capture_output=True, text=True, timeout=1800,
    )
    assert result.returncode == 0, result.stdout[-3000:] + result.stderr[-2000:]
    assert " passed" in result.stdout
    # and the plugin really does make Qt unimportable
    probe = subprocess.run([sys.executable, "-c", "import block_qt, PySide6"], cwd=ROOT, env=env,
                           capture_output=True, text=True, timeout=60)
    assert probe.returncode != 0 and "blocked" in probe.stderr
