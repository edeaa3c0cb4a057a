"""How fast `signpost check` answers an editor's mistake, and what it says.

    python benchmarks/mistakes.py

Copies the sample content into a temporary folder once per mistake (a control character, an alias
bomb, a 5 MB summary, an unclosed quote, deep nesting, a renamed placeholder), runs
`signpost check` on it as an editor would, and prints the wall-clock and CPU seconds (interpreter start included), the exit code and the
first located line. The valid sample is timed too. Figures only: nothing here asserts.
"""
from __future__ import annotations

import resource
import shutil
import subprocess
import sys
import tempfile
import time
from pathlib import Path

PROJECT = Path(__file__).resolve().parent.parent
SERVICE = "services/community-food-bank.yml"
BOMB = "\n".join(['a0: &a0 ["lol","lol","lol","lol","lol","lol","lol","lol","lol"]']
                 + [f"a{n}: &a{n} [" + ",".join([f"*a{n - 1}"] * 9) + "]" for n in range(1, 9)]) + "\n"


def _append(name: str, text: str):
    def mistake(content: Path) -> None:
        path = content / name
        path.write_text(path.read_text(encoding="utf-8") + text, encoding="utf-8")
    return mistake


def _replace(name: str, old: str, new: str):
    def mistake(content: Path) -> None:
        path = content / name
        path.write_text(path.read_text(encoding="utf-8").replace(old, new, 1), encoding="utf-8")
    return mistake


MISTAKES = {
    "none (the sample)": lambda content: None,
    "vertical tab": _replace(SERVICE, "summary: Free food", "summary: Free\x0b food"),
    "alias bomb (358 bytes)": lambda content: (content / "needs/food.yml").write_text(BOMB, encoding="utf-8"),
    "recursive alias": lambda content: (content / "needs/food.yml").write_text("a: &a\n  b: *a\n", encoding="utf-8"),
    "500 levels of nesting": _append(SERVICE, "deep: " + "[" * 500 + "]" * 500 + "\n"),
    "5 MB summary": _replace(SERVICE, "summary: Free", "summary: " + "x" * 5_000_000 + " Free"),
    "unclosed quote": _replace(SERVICE, "summary: ", 'summary: "'),
    "renamed placeholder": _replace("strings/fr.yml", "{name}", "{nom}"),
    "reviewed: 0": _replace(SERVICE, "reviewed: 20", "reviewed: 0  # was 20"),
}


def main() -> None:
    signpost = [sys.executable, "-m", "signpost", "check"]
    print(f"{'mistake':28} {'seconds':>8} {'cpu s':>6} {'exit':>4}  first line reported")
    for label, mistake in MISTAKES.items():
        with tempfile.TemporaryDirectory() as tmp:
            content = Path(tmp) / "content"
            shutil.copytree(PROJECT / "content", content)
            shutil.copytree(PROJECT / "docs", Path(tmp) / "docs", ignore=shutil.ignore_patterns("generated"))
            mistake(content)
            started, cpu_before = time.perf_counter(), _children_cpu()
            result = subprocess.run([*signpost, str(content)], capture_output=True, text=True, cwd=PROJECT)
            seconds, cpu = time.perf_counter() - started, _children_cpu() - cpu_before
        lines = (result.stderr or result.stdout).splitlines()
        shown = (lines[1] if result.returncode and len(lines) > 1 else lines[0] if lines else "").strip()
        print(f"{label:28} {seconds:8.2f} {cpu:6.2f} {result.returncode:>4}  {shown[:110]}")


def _children_cpu() -> float:
    usage = resource.getrusage(resource.RUSAGE_CHILDREN)
    return usage.ru_utime + usage.ru_stime


if __name__ == "__main__":
    main()
