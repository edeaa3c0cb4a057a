"""What a preview server decides between edits (signpost.preview), in plain data: which change asks
for a rebuild, when content is generated again, which pages an edit made out of date, what is kept
between rebuilds, and the work left to the background."""
import threading
from pathlib import Path

from signpost.preview import (CONTENT, EVERY_PAGE, HAND_WRITTEN, IGNORE, NOTHING, PAGES, Generated, HandWritten, Kept,
                              OutOfDate, Settled, StringUse, outputs_to_render, resolved_strings,
                              what_changed)
from signpost.session import file_language


def write(path: Path, text: str) -> None:
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(text, encoding="utf-8")


def test_a_kept_value_is_made_again_only_when_its_inputs_change():
    kept, made = Kept(), []

    def make():
        made.append(1)
        return len(made)
    assert kept.get("files", ("en", 1), make) == 1
    assert kept.get("files", ("en", 1), make) == 1
    assert kept.get("files", ("en", 2), make) == 2
    assert kept.get("other", ("en", 2), make) == 3  # each name is kept on its own
    assert (kept.reused, kept.made) == (1, 3)


def test_content_is_generated_again_only_after_a_change_and_an_error_keeps_the_last_good_value(tmp_path):
    content = tmp_path / "content"
    write(content / "services/a.yml", "name: A\n")
    calls = []

    def make():
        text = (content / "services/a.yml").read_text(encoding="utf-8")
        if "broken" in text:
            raise ValueError("broken")
        calls.append(text)
        return text
    generated = Generated(content, make)
    assert generated.get() == ("name: A\n", True)
    assert generated.get() == ("name: A\n", False)
    write(content / "services/a.yml", "name: broken\n")
    try:
        generated.get()
    except ValueError:
        pass
    assert generated.value == "name: A\n"
    write(content / "services/a.yml", "name: B\n")
    assert generated.get() == ("name: B\n", True)
    generated.again()  # a derived file changed: made again though the content did not
    assert generated.get() == ("name: B\n", True)


def test_what_an_event_asks_for(tmp_path):
    docs, content = tmp_path / "docs", tmp_path / "content"
    generated = docs / "generated"
    assert what_changed([generated / "services/a.md"], docs, content, generated) == IGNORE
    assert what_changed([content / "services/a.yml"], docs, content, generated) == CONTENT
    assert what_changed([docs / "partners.md"], docs, content, generated) == PAGES
    # A file moved out of generated/ into docs/ is an edit of docs/.
    assert what_changed([generated / "x.md", docs / "x.md"], docs, content, generated) == PAGES


def test_a_strings_edit_makes_every_page_of_its_language_out_of_date_and_only_of_it(tmp_path):
    content = tmp_path / "content"
    for name in ("site.yml", "strings/en.yml", "strings/ar.yml", "strings/forms.ar.yml", "services/a.yml"):
        write(content / name, "a: 1\n")
    languages, out = ["en", "ar", "fr"], OutOfDate()
    for lang in languages:
        assert out.since_last_build(lang, 1, content, None, languages, "en") == NOTHING  # first build
    write(content / "strings/forms.ar.yml", "a: 2\n")
    assert [out.since_last_build(lang, 1, content, None, languages, "en") for lang in languages] == \
        [NOTHING, EVERY_PAGE, NOTHING]
    write(content / "strings/en.yml", "a: 2\n")  # the default language: the others fall back to it
    assert [out.since_last_build(lang, 1, content, None, languages, "en") for lang in languages] == [EVERY_PAGE] * 3
    # A service edit (a new generated stamp) makes the hand-written pages, which may show it, out of date.
    assert [out.since_last_build(lang, 2, content, None, languages, "en") for lang in languages] == [HAND_WRITTEN] * 3
    pages = [("generated/services/a.md", "site/services/a/index.html"), ("partners.md", "site/partners/index.html")]
    assert outputs_to_render(HAND_WRITTEN, pages, "generated/") == [Path("site/partners/index.html")]
    assert len(outputs_to_render(EVERY_PAGE, pages, "generated/")) == 2
    assert outputs_to_render(NOTHING, pages, "generated/") == []


def test_the_language_of_a_content_file_is_in_its_name():
    languages = {"en", "ar"}
    assert file_language("strings/ar.yml", languages) == "ar"
    assert file_language("strings/forms.ar.yml", languages) == "ar"
    assert file_language("site.ar.yml", languages) == "ar"
    assert file_language("site.yml", languages) is None
    assert file_language("notices/closure.yml", languages) is None


def test_the_events_of_one_save_are_acted_on_once():
    acted, done = [], threading.Event()

    def act(changes):
        acted.append(changes)
        done.set()
    settled = Settled(act, quiet=0.2)
    for change in (CONTENT, IGNORE, CONTENT, PAGES):
        settled.event(change)
    assert done.wait(10)
    settled.stop()
    assert acted == [{CONTENT, PAGES}]




def test_a_string_edit_names_the_pages_that_showed_the_string_and_every_page_for_the_frame(tmp_path):
    content = tmp_path / "content"
    write(content / "strings/en.yml", "a: 1\n")
    used, out, languages = StringUse(), OutOfDate(), ["en", "ar"]
    strings = {"en": {"phone": "Phone", "exit": "Leave", "title": "Services"}, "ar": {"phone": "هاتف"}}
    string = used.recording(lambda key, lang: resolved_strings(strings, languages, "en")[key, lang])
    assert used.recording(string) is string  # wrapped once, however many rebuilds wrap it
    for lang in languages:
        out.since_last_build(lang, 1, content, None, languages, "en", resolved_strings(strings, languages, "en"))
        used.at(lang)  # the frame of every page
        string("exit", lang)
        used.at(lang, "partners.md")
        string("phone", lang)
    used.at(None)
    string("title", "en")  # while generating page files: not recorded
    strings["en"]["phone"] = "Telephone"  # Arabic has its own: only English pages change
    changes = {}
    for lang in languages:
        out.since_last_build(lang, 2, content, None, languages, "en", resolved_strings(strings, languages, "en"))
        changes[lang] = used.showing(lang, out.strings_changed)
    assert changes == {"en": (False, {"partners.md"}), "ar": (False, set())}
    strings["en"]["exit"] = "Leave now"  # the frame, in both (Arabic falls back to it)
    for lang in languages:
        out.since_last_build(lang, 3, content, None, languages, "en", resolved_strings(strings, languages, "en"))
        assert used.showing(lang, out.strings_changed) == (True, set())
    strings["en"]["title"] = "All services"  # in page files only: they are written again, and rendered
    for lang in languages:
        assert out.since_last_build(lang, 4, content, None, languages, "en",
                                    resolved_strings(strings, languages, "en")) == HAND_WRITTEN
        assert used.showing(lang, out.strings_changed) == (False, set())
    # A page whose menu titles changed: every page shows the menu.
    assert out.since_last_build("en", 4, content, None, languages, "en", resolved_strings(strings, languages, "en"),
                                menu=(("services.md", "All services"),)) == EVERY_PAGE
    pages = [("generated/services/a.md", "site/services/a/index.html"), ("partners.md", "site/partners/index.html")]
    assert outputs_to_render(NOTHING, pages, "generated/", also={"generated/services/a.md"}) == \
        [Path("site/services/a/index.html")]


def test_a_hand_written_page_is_named_when_what_it_shows_of_the_content_changed_or_it_is_new():
    shown = HandWritten()
    assert shown.changed("en", {"index.md": ("2 services", ()), "privacy.md": ("", ())}) == {"index.md", "privacy.md"}
    assert shown.changed("en", {"index.md": ("3 services", ()), "privacy.md": ("", ())}) == {"index.md"}
    assert shown.changed("ar", {"index.md": ("3 services", ())}) == {"index.md"}  # each language on its own
    assert shown.changed("en", {"index.md": ("3 services", ()), "privacy.md": ("", ()), "new.md": ("", ())}) == {"new.md"}
    shown.forget()
    assert shown.changed("en", {"index.md": ("3 services", ())}) == {"index.md"}
