"""JSON Schemas of every content kind, generated from the models, so an editor's YAML extension gives
completion and inline errors; and the VS Code settings that map each folder to its schemas.

`signpost schema` writes schemas/KIND.schema.json (the item files) and schemas/KIND.overlay.schema.json
(the translation overlays, `item.ar.yml`), and merges `yaml.schemas` into .vscode/settings.json. The
overlay patterns exclude nothing else; the item patterns exclude overlays with a leading `!`, which
yaml-language-server honours (redhat-developer/yaml-language-server#1345)."""
from __future__ import annotations

import json
from pathlib import Path

from pydantic import BaseModel

from signpost.loading.kinds import COLLECTIONS, OVERLAYS
from signpost.models.base import overlay_model
from signpost.models.content import Site
from signpost.models.leaflets import LeafletFile

SETTINGS_KEY = "yaml.schemas"


def _kinds() -> dict[str, tuple[type[BaseModel], type[BaseModel] | None, str]]:
    """{kind: (item model, overlay model or None, the item files' glob under content/)}."""
    kinds = {"site": (Site, OVERLAYS[Site], "site.yml")}
    for name, model in COLLECTIONS.items():
        kinds[name] = (model, OVERLAYS.get(model) or overlay_model(model), f"{name}/*.yml")
    kinds["leaflet-files"] = (LeafletFile, None, "leaflets/files/*.yml")
    return kinds


def schemas() -> dict[str, dict]:
    """{file name: JSON Schema} for every kind and its overlay."""
    files = {}
    for kind, (model, overlay, _) in _kinds().items():
        files[f"{kind}.schema.json"] = _schema(model, f"Signpost {kind}: content/{_kinds()[kind][2]}")
        if overlay is not None:
            files[f"{kind}.overlay.schema.json"] = _schema(overlay, f"Signpost {kind}: a translation overlay")
    return files


def _schema(model: type[BaseModel], title: str) -> dict:
    schema = model.model_json_schema()
    schema["title"] = title
    schema["$schema"] = "https://json-schema.org/draft/2020-12/schema"
    return schema


def vscode_mapping(schema_dir: str = "schemas", content_dir: str = "content") -> dict[str, list[str]]:
    """`yaml.schemas` for .vscode/settings.json: schema path -> the files it applies to."""
    mapping = {}
    for kind, (_, overlay, glob) in _kinds().items():
        if kind == "site":
            item_globs, overlay_globs = [f"{content_dir}/site.yml"], [f"{content_dir}/site.*.yml"]
        else:
            folder = glob.rsplit("/", 1)[0]
            item_globs = [f"{content_dir}/{glob}", f"!{content_dir}/{folder}/*.*.yml"]
            overlay_globs = [f"{content_dir}/{folder}/*.*.yml"]
        mapping[f"{schema_dir}/{kind}.schema.json"] = item_globs
        if overlay is not None:
            mapping[f"{schema_dir}/{kind}.overlay.schema.json"] = overlay_globs
    return mapping


def write_schemas(out: Path, settings: Path | None) -> list[Path]:
    """Writes every schema into `out` and, with `settings`, merges the mapping into that VS Code
    settings file (other settings kept). Returns the files written."""
    out.mkdir(parents=True, exist_ok=True)
    written = []
    for name, schema in schemas().items():
        path = out / name
        path.write_text(json.dumps(schema, indent=2, ensure_ascii=False) + "\n", encoding="utf-8")
        written.append(path)
    if settings is not None:
        current = json.loads(settings.read_text(encoding="utf-8")) if settings.exists() else {}
        current[SETTINGS_KEY] = vscode_mapping(out.name)
        settings.parent.mkdir(parents=True, exist_ok=True)
        settings.write_text(json.dumps(current, indent=2, ensure_ascii=False) + "\n", encoding="utf-8")
        written.append(settings)
    return written
