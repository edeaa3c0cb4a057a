from signpost.load import load_portal


def test_a_translated_field_is_read_in_the_readers_language(content):
    portal = load_portal(content)
    text = portal.text(portal.services["food-bank"], "name", "ar")
    assert (text.text, text.lang, text.fallback) == ("بنك الطعام التجريبي", "ar", False)


def test_falls_back_to_english_when_the_arabic_overlay_lacks_a_summary(content):
    portal = load_portal(content)
    text = portal.text(portal.services["food-bank"], "summary", "ar")
    assert (text.text, text.lang, text.fallback) == ("Free food parcels.", "en", True)


def test_english_text_is_never_a_fallback(content):
    portal = load_portal(content)
    assert portal.text(portal.services["food-bank"], "summary", "en").fallback is False


def test_an_interface_string_missing_in_a_language_falls_back(content):
    (content / "strings/fr.yml").write_text("phone: Téléphone\n", encoding="utf-8")
    portal = load_portal(content)
    assert portal.string("phone", "fr").text == "Téléphone"
    email = portal.string("email", "fr")
    assert (email.text, email.fallback) == ("Email", True)


def test_practices_are_listed_with_their_pcn_and_neighbourhood(content):
    practice = load_portal(content).practices()["ash-practice"]
    assert (practice.name, practice.parent("pcn").id, practice.parent("neighbourhood").id) == ("Ash Practice", "north-pcn", "north")
