"""Writes the full-size pages of the multilingual extraction corpus (NAME.html and NAME.txt) into
processors/src/test/resources/extract/multilingual/ from the hand-written articles in articles.py, in the layouts
of layouts.py. Deterministic: the same input writes the same bytes.

    python3 processors/src/test/python/multilingual_fullpages/gen.py
"""
import os
import random
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import articles  # noqa: E402
import layouts  # noqa: E402
from chrome import OUT, L, parse, expected_text  # noqa: E402

LOCALES = {"ru": "ru_RU", "uk": "uk_UA", "fa": "fa_IR", "he": "he_IL", "zh": "zh_CN", "fr": "fr_FR", "de": "de_DE", "pl": "pl_PL", "el": "el_GR"}


def main():
    only = set(sys.argv[1:])
    for page in articles.PAGES:
        if only and page["name"] not in only:
            continue
        rng = random.Random(page["name"])
        w = L[page["lang"]]
        page.setdefault("id", str(rng.randint(1000000, 9999999)))
        page.setdefault("author", rng.choice(w["authors"]))
        page.setdefault("section_slug", "news")
        page.setdefault("locale", LOCALES[page["lang"]])
        lead, blocks = parse(page["text"])
        doc = getattr(layouts, page["layout"])(page, rng, lead, blocks)
        with open(os.path.join(OUT, page["name"] + ".html"), "w", encoding="utf-8") as f:
            f.write(doc)
        with open(os.path.join(OUT, page["name"] + ".txt"), "w", encoding="utf-8") as f:
            f.write(expected_text(lead, blocks))
        print("%-24s %6.1f KB" % (page["name"], len(doc.encode("utf-8")) / 1024))


if __name__ == "__main__":
    main()
