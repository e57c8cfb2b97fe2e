"""Addresses from documents are any text: reading their parts never raises (found by tests/fuzz)."""

from __future__ import annotations

import pytest

from watchfloor.corroborate.clusters import _outlet
from watchfloor.errors import InputError
from watchfloor.models import Document
from watchfloor.nlp.event_authors import author_country
from watchfloor.readers.web import check_url
from watchfloor.urls import split_url, url_host

BROKEN = ["hxxps://bad[.]example[.]net/p", "http://[::1", "https://x.org:port/", "http://[x]/"]


@pytest.mark.parametrize("url", BROKEN)
def test_an_unparsable_address_has_no_parts(url: str) -> None:
    assert split_url(url) is None and url_host(url) is None


def test_a_good_address_has_its_host() -> None:
    assert url_host("https://WWW.Example.org:8443/a?b") == "www.example.org"
    assert url_host(None) is None and url_host("") is None


@pytest.mark.parametrize("url", BROKEN)
def test_documents_with_broken_addresses_pass_extraction_and_clustering(url: str) -> None:
    document = Document(text="Iran said so.", source="s", name="n", format="text", url=url, outlet=None)
    assert author_country(document) is None
    assert _outlet(7, None, url) == "document 7"


@pytest.mark.parametrize("url", BROKEN[1:])
def test_a_broken_address_to_fetch_is_an_input_error(url: str) -> None:
    with pytest.raises(InputError) as caught:
        check_url(url)
    assert caught.value.source == url and caught.value.problem.startswith("address is malformed (")
