"""Issue 18, item 7: IPv6 forms that carry a private IPv4 address are not public webhook
destinations (they were judged by the IPv6 prefix alone, which Python calls global)."""

from __future__ import annotations

import pytest

from worldhire.pipeline.destinations import UnsafeDestination, checked_addresses


@pytest.mark.parametrize("host", [
    "::127.0.0.1", "::ffff:127.0.0.1", "::ffff:0:127.0.0.1", "64:ff9b::7f00:1",
    "64:ff9b::a9fe:a9fe", "2002:7f00:1::1", "2002:a00:1::", "64:ff9b:1::808:808", "::8.8.8.8",
    "2001:0:4136:e378:8000:63bf:3fff:fdd2",
])
def test_transition_forms_of_inward_addresses_are_refused(host: str) -> None:
    with pytest.raises(UnsafeDestination, match="only go to public addresses"):
        checked_addresses(f"http://[{host}]/hook", allow_private=False)


@pytest.mark.parametrize("host", ["64:ff9b::808:808", "2002:808:808::1", "::ffff:8.8.8.8",
                                  "2001:4860:4860::8888"])
def test_transition_forms_of_public_addresses_are_allowed(host: str) -> None:
    assert checked_addresses(f"http://[{host}]/hook", allow_private=False)
