"""JSON Schemas generated from the models: every sample file validates against its schema, a wrong
field is caught as an editor's YAML extension would, and `signpost schema` writes the VS Code mapping."""
import datetime
import json
import re
import subprocess
import sys
from pathlib import Path

import jsonschema
import yaml

from signpost.schemas import schemas, vscode_mapping

PROJECT = Path(__file__).resolve().parent.parent


def as_json(value):
    """YAML as an editor's extension sees it: dates are strings."""
    if isinstance(value, dict):
        return {k: as_json(v) for k, v in value.items()}
    if isinstance(value, list):
        return [as_json(v) for v in value]
    return value.isoformat() if isinstance(value, datetime.date) else value


def matches(path: str, glob: str) -> bool:
    """A glob as the YAML extension reads it: `*` stays inside one folder."""
    return re.fullmatch(re.escape(glob).replace(r"\*", "[^/]*"), path) is not None


def schema_for(path: str, mapping: dict) -> str:
    """The one schema whose patterns take `path` (and whose `!` patterns do not leave it out)."""
    chosen = [schema for schema, globs in mapping.items()
              if any(matches(path, g) for g in globs if not g.startswith("!"))
              and not any(matches(path, g[1:]) for g in globs if g.startswith("!"))]
    assert len(chosen) <= 1, (path, chosen)
    return chosen[0] if chosen else None


def test_every_sample_content_file_validates_against_exactly_one_schema():
    generated, mapping = schemas(), vscode_mapping()
    checked = 0
    for path in sorted((PROJECT / "content").rglob("*.yml")):
        relative = path.relative_to(PROJECT).as_posix()
        schema = schema_for(relative, mapping)
        if schema is None:
            assert relative.startswith(("content/lists/", "content/strings/")), relative
            continue
        data = as_json(yaml.safe_load(path.read_text(encoding="utf-8")))
        jsonschema.validate(data, generated[schema.removeprefix("schemas/")])
        checked += 1
    assert checked > 150


def test_a_misspelt_field_and_a_wrong_type_are_caught():
    service = as_json(yaml.safe_load((PROJECT / "content/services/community-food-bank.yml").read_text(encoding="utf-8")))
    validator = jsonschema.Draft202012Validator(schemas()["services.schema.json"])
    assert not list(validator.iter_errors(service))
    service["neds"] = service.pop("needs")
    service["reviewed"] = ["not", "a", "date"]
    messages = " ".join(error.message for error in validator.iter_errors(service))
    assert "'needs' is a required property" in messages and "'neds'" in messages and "is not of type 'string'" in messages


def test_signpost_schema_writes_the_schemas_and_merges_vscode_settings(tmp_path):
    settings = tmp_path / ".vscode/settings.json"
    settings.parent.mkdir()
    settings.write_text('{"editor.tabSize": 2}\n', encoding="utf-8")
    result = subprocess.run([sys.executable, "-m", "signpost", "schema", "--out", str(tmp_path / "schemas"),
                             "--vscode", str(settings)], capture_output=True, text=True, cwd=tmp_path)
    assert result.returncode == 0, result.stderr
    written = json.loads(settings.read_text(encoding="utf-8"))
    assert written["editor.tabSize"] == 2
    assert written["yaml.schemas"]["schemas/news.schema.json"] == ["content/news/*.yml", "!content/news/*.*.yml"]
    assert json.loads((tmp_path / "schemas/services.schema.json").read_text(encoding="utf-8"))["required"]


def test_the_committed_schemas_are_up_to_date():
    for name, schema in schemas().items():
        assert json.loads((PROJECT / "schemas" / name).read_text(encoding="utf-8")) == json.loads(json.dumps(schema)), name
