"""Contact details as they may be stored and used. An e-mail address must be exactly one
mailbox, or a message could go elsewhere too ('a@x.org, attacker@evil.example' is two recipients
to an SMTP server, a line break starts a new header). A profile link must be a web page: a
`javascript:` link runs script where it is shown, `file:` and `data:` ones read or forge content
on the viewer's machine."""

from __future__ import annotations

import re
from urllib.parse import urlsplit

WEB_SCHEMES = ("http", "https")

# A dot-atom local part and a host name of letter-digit-hyphen labels (RFC 5321/5322, without
# quoted local parts, comments or IP-literal domains, which no résumé needs). Letters beyond
# ASCII are allowed in both (RFC 6531, internationalised addresses).
_LOCAL = r"[\w!#$%&'*+/=?^`{|}~-]+(?:\.[\w!#$%&'*+/=?^`{|}~-]+)*"
_LABEL = r"[^\W_](?:(?:[^\W_]|-){0,61}[^\W_])?"
_ADDRESS = re.compile(rf"{_LOCAL}@{_LABEL}(?:\.{_LABEL})+")
MAX_ADDRESS = 254  # RFC 5321's path limit less the angle brackets


def same_number(phone: str) -> str:
    """What two ways of writing one phone number share: its last nine digits ("+33 6 12 34 56
    78" and "06 12 34 56 78" are one number)."""
    return re.sub(r"\D", "", phone)[-9:]


def mail_address(text: str) -> str | None:
    """`text` as one mailbox address (trimmed, lower-cased), None when it is anything else:
    several addresses, a display name, a line break, spaces, or no address at all."""
    candidate = text.strip().lower()
    if len(candidate) > MAX_ADDRESS or _ADDRESS.fullmatch(candidate) is None:
        return None
    local = candidate.rpartition("@")[0]
    return candidate if len(local) <= 64 else None


def web_link(url: str) -> str | None:
    """`url` when it is an http(s) link with a host and nothing that could break out of where
    it is shown (spaces, control characters, quotes, angle brackets), else None."""
    link = url.strip()
    if not link or any(c.isspace() or ord(c) < 32 or c in "\"'<>`\\" for c in link):
        return None
    try:
        parts = urlsplit(link)
        parts.port  # noqa: B018 - reading it validates it
    except ValueError:
        return None
    if parts.scheme.lower() not in WEB_SCHEMES or not parts.hostname:
        return None
    return link
