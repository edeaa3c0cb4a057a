"""The page-building packages import each other in one direction only: signpost.rendering (and the data
modules) below, signpost.forms and signpost.leaflets above it, signpost.pages on top. A cycle between
them is what forced function-level imports before; these tests keep both out."""
import ast
import subprocess
import sys
from pathlib import Path

import pytest

from sites import PROJECT

SIGNPOST = PROJECT / "signpost"
LAYERED = ("signpost.rendering", "signpost.forms", "signpost.leaflets", "signpost.pages")


def module_name(path: Path) -> str:
    parts = path.relative_to(PROJECT).with_suffix("").parts
    return ".".join(parts[:-1] if parts[-1] == "__init__" else parts)


MODULES = {module_name(path): path for path in sorted(SIGNPOST.rglob("*.py"))}


def package_of(module: str) -> str:
    return next((package for package in LAYERED if module == package or module.startswith(package + ".")), module)


def imported(node: ast.ImportFrom | ast.Import) -> list[str]:
    """The signpost modules an import statement loads: `from signpost.pages import team` loads the
    package and its submodule."""
    if isinstance(node, ast.Import):
        return [alias.name for alias in node.names if alias.name.startswith("signpost")]
    if node.level or not (node.module or "").startswith("signpost"):
        return []
    names = [node.module] + [f"{node.module}.{alias.name}" for alias in node.names]
    return [name for name in names if name in MODULES]


def top_level_imports(path: Path) -> list[str]:
    """Imports that run when the module loads (not those under `if TYPE_CHECKING:`)."""
    found = []
    for node in ast.parse(path.read_text(encoding="utf-8")).body:
        if isinstance(node, (ast.Import, ast.ImportFrom)):
            found += imported(node)
    return found


def test_no_cycle_between_the_page_building_packages():
    edges = {(package_of(module), package_of(target))
             for module, path in MODULES.items() for target in top_level_imports(path)}
    edges = {(source, target) for source, target in edges if source != target and source in LAYERED and target in LAYERED}
    assert ("signpost.pages", "signpost.forms") in edges  # the check sees real imports
    reachable = {package: {package} for package in LAYERED}
    for _ in LAYERED:
        for source, target in edges:
            reachable[source] |= reachable[target]
    cycles = sorted(f"{source} -> {target}" for source, target in edges if source in reachable[target])
    assert cycles == []


def test_no_function_level_import_between_the_page_building_packages():
    late = []
    for module, path in MODULES.items():
        if package_of(module) not in LAYERED:
            continue
        tree = ast.parse(path.read_text(encoding="utf-8"))
        for function in ast.walk(tree):
            if isinstance(function, (ast.FunctionDef, ast.AsyncFunctionDef)):
                late += [f"{module}:{node.lineno} imports {target}" for node in ast.walk(function)
                         if isinstance(node, (ast.Import, ast.ImportFrom))
                         for target in imported(node) if package_of(target) in LAYERED]
        late += [f"{module}: imports under TYPE_CHECKING" for node in tree.body
                 if isinstance(node, ast.If) and "TYPE_CHECKING" in ast.unparse(node.test)]
    assert late == []


@pytest.mark.parametrize("module", [name for name in MODULES if package_of(name) in LAYERED])
def test_each_module_imports_alone_in_a_fresh_interpreter(module):
    result = subprocess.run([sys.executable, "-c", f"import {module}"], cwd=PROJECT, capture_output=True, text=True)
    assert result.returncode == 0, result.stderr


def test_no_module_imports_another_modules_private_names():
    """A name that starts with '_' is its module's own: what another module needs gets a public name."""
    private = []
    hooks = [(module_name(path), path) for path in sorted((PROJECT / "hooks").glob("*.py"))]
    assert len(hooks) >= 2  # the hook and its modules beside it
    for module, path in list(MODULES.items()) + hooks:
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if isinstance(node, ast.ImportFrom) and not node.level and (node.module or "").startswith("signpost"):
                private += [f"{module}:{node.lineno} imports {node.module}.{alias.name}"
                            for alias in node.names if alias.name.startswith("_") and not alias.name.startswith("__")]
    assert private == []
