"""Build the non-English documents of the extraction corpus: Spanish, Portuguese, Polish,
Ukrainian, Romanian, French, German, Italian, Vietnamese, Indonesian, Russian and Turkish (résumés
<lang>-*, posts post-<lang>-*).

The documents are their sources, bench/data/extraction/sources/<id>.yaml, written by hand as
people in those countries write CVs and job ads (not translations of one template); build.py
renders them with render.py and writes their labels. Labelling conventions are in the corpus
README; where a local word has to be mapped, the label follows the words of the text: "básico",
"podstawowy", "de bază", "Grundkenntnisse", "notions", "cơ bản", "dasar" are `basic`;
"intermedio", "średniozaawansowany", "mediu", "intermédiaire", "trung cấp", "menengah" are
`intermediate`; "avanzado", "zaawansowany", "avansat", "avancé", "nâng cao", "mahir" are
`advanced`; "komunikatywny", "conversacional" are `conversational`; "biegły", "fluente",
"courant", "fließend", "verhandlungssicher", "thành thạo", "lancar" and Indonesian "aktif" are
`fluent`, "pasif" is `basic`; "giao tiếp" (conversational) is `conversational`; "Upper-Intermediate"
is B2; a stated CEFR level wins, another scale alone (IELTS, TOEIC, JLPT) gives null. Russian:
"родной" is `native`, "свободно"/"свободный" `fluent`, "базовый"/"начальный" `basic`, "средний"
`intermediate`, "продвинутый" `advanced` (hh.ru writes "Английский — B2 — Средне-продвинутый":
the CEFR level wins). Turkish: "ana dil" is `native`, "başlangıç" `basic`, "orta"
`intermediate`, "ileri" `advanced`; "iyi" (good) is another scale and gives null. Kariyer.net's
reading/writing/speaking grid ("Okuma: Orta  Yazma: Başlangıç") takes the reading level. Italian:
"madrelingua" is `native`, "base"/"elementare" `basic`, "fluente" `fluent`; "buono" (good)
gives null; the old European format's reading/writing/speaking grid takes the reading level.

    python tools/extraction_corpus/intl.py                   # every non-English document
    python tools/extraction_corpus/intl.py --lang pl
    python tools/extraction_corpus/intl.py --only pl-prose-01
"""

from __future__ import annotations

import argparse
import sys

import build

LANGS = ("es", "pt", "pl", "uk", "ro", "fr", "de", "it", "vi", "id", "ru", "tr")


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--lang", choices=LANGS, help="only this language")
    parser.add_argument("--only", nargs="+", help="ids to build")
    args = parser.parse_args(argv)
    if args.only:
        return build.main(["--only", *args.only])
    sources = {p.stem for p in (build.CORPUS / "sources").glob("*.yaml")}
    for lang in [args.lang] if args.lang else LANGS:
        if not any(build.parse_id(doc_id)[1] == lang for doc_id in sources):
            continue  # a language not written yet
        if build.main(["--lang", lang]) != 0:
            return 1
    return 0


if __name__ == "__main__":
    sys.exit(main())
