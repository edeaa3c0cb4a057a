"""New portals made by `signpost new`, run as a subprocess as a team would, for the scaffold and
sub-path tests."""
from __future__ import annotations

import re
import shutil
import subprocess
import sys
from pathlib import Path

from sites import PROJECT

SIGNPOST = Path(sys.executable).parent / "signpost"


def new_portal(folder: Path, *args: str) -> Path:
    """`signpost new FOLDER ARGS...`; fails the test with its output if it does not succeed."""
    result = subprocess.run([str(SIGNPOST), "new", str(folder), *args], capture_output=True, text=True, timeout=120)
    assert result.returncode == 0, result.stdout + result.stderr
    return folder


def add_self_referral_form(project: Path, endpoint: str, languages: tuple[str, ...]) -> None:
    """The sample's self-referral form (and its overlays in `languages`), routed to the portal's pathway."""
    forms = project / "content" / "forms"
    forms.mkdir(exist_ok=True)
    for path in sorted((PROJECT / "content" / "forms").glob("self-referral*.yml")):
        lang = path.name.split(".")[1] if path.name.count(".") == 2 else None
        if lang and lang not in languages:
            continue
        text = re.sub(r"^pathways: .*$", "pathways: [ask-your-gp-practice]", path.read_text(encoding="utf-8"), flags=re.M)
        (forms / path.name).write_text(text, encoding="utf-8")
    site = project / "content" / "site.yml"
    site.write_text(site.read_text(encoding="utf-8") + f'forms:\n  endpoint: "{endpoint}"\n', encoding="utf-8")


def add_service(project: Path, service_id: str, cost: str) -> None:
    """A second service, copied from the example with another cost, so a finder filter narrows the list."""
    services = project / "content" / "services"
    text = (services / "example-service.yml").read_text(encoding="utf-8")
    text = text.replace("cost: free", f"cost: {cost}").replace("Example coffee morning", f"Example {service_id}")
    (services / f"{service_id}.yml").write_text(text, encoding="utf-8")


def remove(project: Path, *relative: str) -> None:
    for name in relative:
        path = project / name
        shutil.rmtree(path) if path.is_dir() else path.unlink()
