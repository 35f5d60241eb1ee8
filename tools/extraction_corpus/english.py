"""Build the English documents of the extraction corpus (résumés en-*, posts post-en-*).

The documents themselves are their sources, bench/data/extraction/sources/en-*.yaml and
post-en-*.yaml, written by hand; build.py renders them and writes their labels.

    python tools/extraction_corpus/english.py                 # all English documents
    python tools/extraction_corpus/english.py --only en-jobboard-04
"""

from __future__ import annotations

import sys

import build

if __name__ == "__main__":
    sys.exit(build.main(["--lang", "en", *sys.argv[1:]]))
