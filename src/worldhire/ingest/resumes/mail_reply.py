"""A résumé pasted into an e-mail reply: the message it answers, quoted under it, is cut.

Mail clients quote the message being answered line by line ("> ...") under an attribution line
("On 4 Dec 2026, Grace wrote:"). Those are the other person's words: their job title, their
company and what they ask for are not the candidate's skills or jobs.
"""

from __future__ import annotations

import re

# The attribution a mail client writes above the message it quotes, in the hiring regions'
# languages: "On … wrote:", "El … escribió:", "Em … escreveu:", "Le … a écrit :", "Am … schrieb …:".
_ATTRIBUTION = re.compile(
    r"^[>\s]*\S.*\b(?:wrote|escribió|escreveu|a écrit|schrieb|napisał\(?a?\)?|ha scritto|"
    r"a scris|menulis|viết)\s*:\s*$",
    re.IGNORECASE | re.MULTILINE,
)
_QUOTED = re.compile(r"^\s*>")


# The line a mail client signs a message with: "Sent from my iPhone", "Enviado desde mi
# Android", "Dikirim dari Yahoo Mail di Android": the phone is no skill of the writer.
_SENT_FROM = re.compile(
    r"^[ \t]*(?:sent from|sent with|enviado desde|enviado do|envoyé de(?:puis)?|gesendet von|"
    r"dikirim dari|wysłane z|надіслано з|отправлено с|gửi từ|inviato da|trimis de pe)"
    r"(?:[ \t]+\S+){1,6}[ \t]*$",
    re.IGNORECASE | re.MULTILINE,
)


def without_quoted_reply(text: str) -> str:
    """The text up to an attribution line that the rest quotes ("> ..."); the text as it is when
    no quoted message follows such a line. A mail client's "Sent from my ..." line goes too."""
    text = _SENT_FROM.sub("", text)
    for attribution in _ATTRIBUTION.finditer(text):
        rest = [line for line in text[attribution.end() :].split("\n") if line.strip()]
        if rest and all(_QUOTED.match(line) for line in rest):
            return text[: attribution.start()]
    return text
