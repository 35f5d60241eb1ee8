"""One e-mail address, checked: what a résumé or form gives as someone's address must be exactly
one mailbox, or a message could go elsewhere too ('a@x.org, attacker@evil.example' is two
recipients to an SMTP server, a line break starts a new header)."""

from __future__ import annotations

import re

# A dot-atom local part and a host name of letter-digit-hyphen labels (RFC 5321/5322, without
# quoted local parts, comments or IP-literal domains, which no résumé needs). Letters beyond
# ASCII are allowed in both (RFC 6531, internationalised addresses).
_LOCAL = r"[\w!#$%&'*+/=?^`{|}~-]+(?:\.[\w!#$%&'*+/=?^`{|}~-]+)*"
_LABEL = r"[^\W_](?:(?:[^\W_]|-){0,61}[^\W_])?"
_ADDRESS = re.compile(rf"{_LOCAL}@{_LABEL}(?:\.{_LABEL})+")
MAX_ADDRESS = 254  # RFC 5321's path limit less the angle brackets


def mail_address(text: str) -> str | None:
    """`text` as one mailbox address (trimmed, lower-cased), None when it is anything else:
    several addresses, a display name, a line break, spaces, or no address at all."""
    candidate = text.strip().lower()
    if len(candidate) > MAX_ADDRESS or _ADDRESS.fullmatch(candidate) is None:
        return None
    local = candidate.rpartition("@")[0]
    return candidate if len(local) <= 64 else None
