"""Cross-field rules (signpost.models.base.cross_field): each names the fields it reads, and runs whenever
those parsed, whatever else in the file is wrong."""
import importlib
import pkgutil

from pydantic import BaseModel

import signpost.forms.models
import signpost.models
from signpost.models.base import cross_field_rules
from signpost.models.content import Site
from signpost.validation import validate


class Document:
    file = "content/site.yml"

    def __init__(self, data):
        self.data = data

    def line_of(self, path):
        return 1


def every_model():
    modules = [signpost.forms.models] + [importlib.import_module(f"signpost.models.{info.name}")
                                         for info in pkgutil.iter_modules(signpost.models.__path__)]
    for module in modules:
        for value in vars(module).values():
            if isinstance(value, type) and issubclass(value, BaseModel) and value.__module__ == module.__name__:
                yield value


def test_every_rule_between_fields_names_the_fields_it_reads():
    rules = [(model, rule) for model in every_model() for rule, _ in cross_field_rules(model)]
    assert len(rules) >= 15
    unmarked = [f"{model.__name__}.{rule.__name__}" for model, rule in rules if not hasattr(rule, "cross_fields")]
    assert unmarked == []
    for model, rule in rules:
        assert set(rule.cross_fields) <= set(model.model_fields), (model, rule)


def test_every_rule_of_a_model_is_reported_not_only_the_first():
    site = {"name": "N", "organisation": "O", "url": "https://example.org/", "default_language": "fr", "languages": ["en"],
            "contact": {}, "address": {"address": "1 Street, Town", "postcode": "RV1 2AB"},
            "pcns": [{"id": "north", "name": "North"}], "practices": [{"id": "elm", "name": "Elm"}]}
    _, errors = validate(Site, Document(site))
    assert [(error.field, error.message.split(":")[0]) for error in errors] == [
        ("practices", "expected one top level of areas (neighbourhoods, pcns or practices), found pcns and practices; "
                      "put the smaller areas inside the larger ones"),
        ("default_language", "expected one of the languages offered (en), found 'fr'"),
    ]


def test_a_rule_whose_field_is_invalid_waits_for_it():
    site = {"name": "N", "organisation": "O", "url": "https://example.org/", "default_language": "fr", "languages": "en",
            "contact": {}, "address": {"address": "1 Street, Town", "postcode": "RV1 2AB"}}
    _, errors = validate(Site, Document(site))
    assert [error.field for error in errors] == ["languages"]
