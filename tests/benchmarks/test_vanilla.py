"""The vanilla Presidio baseline: offline suffix list, both variants from one spaCy pass."""
import pytest

from benchmarks.vanilla import SCORED_PRESIDIO_ENTITIES, VanillaPresidio, make_tldextract_offline


@pytest.fixture(scope="module")
def vanilla():
    return VanillaPresidio()


def test_make_tldextract_offline_never_downloads(monkeypatch):
    import tldextract.tldextract as tld

    make_tldextract_offline()
    assert tld.TLD_EXTRACTOR.suffix_list_urls == ()

    def no_network(*args, **kwargs):
        raise AssertionError("tldextract tried the network")
    monkeypatch.setattr("requests.Session.send", no_network)
    assert tld.extract("john.smith@gmail.com").suffix == "com"


@pytest.mark.parametrize("text, value", [
    ("Email me at john.smith@gmail.com please.", "john.smith@gmail.com"),
    ("My SSN is 531-87-3905.", "531-87-3905"),
    ("Card 4111 1111 1111 1111 is expired.", "4111 1111 1111 1111"),
])
def test_vanilla_finds_written_values(vanilla, text, value):
    spans = vanilla.predict(text)["restricted"]
    start = text.index(value)
    assert (start, start + len(value)) in spans


@pytest.mark.parametrize("text", ["press two for billing", "four one five five five five zero one three two"])
def test_vanilla_misses_spoken_values(vanilla, text):
    # The gap our recognizers exist for: vanilla finds nothing digit-shaped in spoken numbers.
    assert not [s for s in vanilla.predict(text)["restricted"] if s[1] - s[0] > 12]


def test_vanilla_restricted_is_subset_of_as_is(vanilla):
    text = "Mail j.smith@gmail.com, account 12345678901, from Denver on March 3, 1985."
    both = vanilla.predict(text)
    assert set(both["restricted"]) <= set(both["as_is"])
    as_is_types = {r.entity_type for r in vanilla.analyze_both(text)[0]}
    restricted_types = {r.entity_type for r in vanilla.analyze_both(text)[1]}
    assert "URL" in as_is_types and restricted_types <= set(SCORED_PRESIDIO_ENTITIES)


def test_vanilla_redact_replaces_findings_with_type_tags(vanilla):
    text = "please write to john.smith@gmail.com today"
    spans, sanitized = vanilla.redact(text)["restricted"]
    assert (16, 36) in spans
    assert sanitized.startswith("please write to <EMAIL_ADDRESS>") and "smith" not in sanitized
