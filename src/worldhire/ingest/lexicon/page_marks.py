"""The words of a page mark as running headers and footers write them, in the hiring regions'
languages ("Page 2 of 3", "Strona 2 z 3", "Seite 1 von 3", "pág. 2 de 3", "Sayfa 2", "стр. 2 из
3"): regex alternations, matched case-insensitively. One table for the PDF and DOCX readers,
which take page numbers off lines, and for the header reader, which reads a name beside one."""

from __future__ import annotations

# The word before the page's number.
PAGE_WORDS = (
    r"page|pages|p\.|pg\.?|pagina|página|pág\.?|strona|str\.|seite|s\.|trang|halaman|hal\.|"
    r"sayfa|сторінка|стор\.|страница|стр\."
)
# The word between the page's number and the number of pages.
OF_WORDS = r"/|of|de|din|z|ze|von|sur|dari|trên|з|із|из"
