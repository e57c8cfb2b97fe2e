"""The base model's attribute ruler (coarse part of speech, morphology and lemma exceptions read
from each token's tag and word), run faster. spaCy's ruler hands all of its 179 patterns to a
general Matcher, and that took 13% of parsing time on the seeds. All of them test tokens' tags,
lower-case forms or dependencies, nearly all of a single token: here each pattern is looked up by
the tag and word of its first token (one this cannot express still goes to a Matcher). The rules
are the model's own, read from its ruler when the pipeline loads, and applied exactly as spaCy
applies them: all matches first, then each pattern's attributes in pattern order, so a later
pattern wins."""

from __future__ import annotations

import re
from collections.abc import Callable
from typing import Any

from spacy.language import Language
from spacy.matcher import Matcher
from spacy.pipeline import AttributeRuler
from spacy.tokens import Doc, Token
from spacy.tokens._retokenize import set_token_attrs
from spacy.vocab import Vocab

NAME = "watchfloor_tag_attributes"
TOKEN_FIELDS = {"TAG": "tag_", "LOWER": "lower_", "DEP": "dep_", "IS_SPACE": "is_space"}

FORMS_KEPT = 200_000  # the token forms whose patterns are remembered (a long run starts again)

Check = Callable[[Token], bool]
Key = tuple[str | None, str | None]  # the tag and the lower-case form a token must have (None: any)


def _check(field: str, value: Any) -> Check | None:
    """A test of one token field, or None when the value takes more than a plain comparison."""
    name = TOKEN_FIELDS.get(field)
    if name is None:
        return None
    if isinstance(value, str | bool):
        return lambda token: bool(getattr(token, name) == value)
    if not isinstance(value, dict) or len(value) != 1:
        return None
    if "IN" in value:
        inside = frozenset(value["IN"])
        return lambda token: getattr(token, name) in inside
    if "NOT_IN" in value:
        outside = frozenset(value["NOT_IN"])
        return lambda token: getattr(token, name) not in outside
    if "REGEX" in value:
        search = re.compile(value["REGEX"]).search
        return lambda token: search(getattr(token, name)) is not None
    return None


class TokenTest:
    """One token of a pattern: the keys it may have and the checks it must pass."""

    def __init__(self, keys: frozenset[Key], checks: list[Check]) -> None:
        self.keys, self.checks = keys, checks

    def passes(self, token: Token) -> bool:
        tag, lower = token.tag_, token.lower_
        keyed = bool(self.keys & {(tag, None), (None, lower), (tag, lower), (None, None)})
        return keyed and all(check(token) for check in self.checks)

    @staticmethod
    def of(spec: dict[str, Any]) -> TokenTest | None:
        """The test of a Matcher token pattern, or None when it needs more than these checks."""
        tags: list[str | None] = [None]
        lowers: list[str | None] = [None]
        checks: list[Check] = []
        for field, value in spec.items():
            if field in {"TAG", "LOWER"} and isinstance(value, str):
                named: list[str | None] = [value]
            elif field in {"TAG", "LOWER"} and isinstance(value, dict) and set(value) == {"IN"}:
                named = list(value["IN"])
            else:
                check = _check(field, value)
                if check is None:
                    return None
                checks.append(check)
                continue
            if field == "TAG":
                tags = named
            else:
                lowers = named
        return TokenTest(frozenset((tag, lower) for tag in tags for lower in lowers), checks)


class TagAttributes:
    """Sets the attributes the base model's `AttributeRuler` sets, from its rules (`take_rules`)."""

    def __init__(self, vocab: Vocab) -> None:
        self.vocab = vocab
        self.by_key: dict[Key, list[tuple[int, list[TokenTest]]]] = {}  # by the first token's key
        self.rest = Matcher(vocab)  # what the tests cannot express
        self._found: dict[tuple[str, str, str, bool], list[tuple[int, list[TokenTest]]]] = {}
        self.attrs: list[dict[Any, Any]] = []
        self.indices: list[int] = []

    def _candidates(self, token: Token) -> list[tuple[int, list[TokenTest]]]:
        """The patterns whose first token this token passes."""
        tag, lower = token.tag_, token.lower_
        return [
            (order, pattern)
            for key in ((tag, None), (None, lower), (tag, lower), (None, None))
            for order, pattern in self.by_key.get(key, ())
            if all(check(token) for check in pattern[0].checks)
        ]

    def take_rules(self, ruler: AttributeRuler) -> None:
        self.attrs, self.indices = list(ruler.attrs), list(ruler.indices)
        for order, rule in enumerate(ruler.patterns):
            alternatives: list[list[dict[str, Any]]] = rule["patterns"]  # type: ignore[assignment]
            compiled = [[TokenTest.of(spec) for spec in pattern] for pattern in alternatives]
            tests = [[t for t in pattern if t is not None] for pattern in compiled]
            if any(len(t) != len(c) for t, c in zip(tests, compiled, strict=True)):
                self.rest.add(str(order), alternatives)
                continue
            for pattern in tests:
                for key in pattern[0].keys:
                    self.by_key.setdefault(key, []).append((order, pattern))

    def __call__(self, doc: Doc) -> Doc:
        matches: list[tuple[int, int, int]] = []  # (pattern, start of the match, token it sets)
        length = len(doc)
        for token in doc:
            start = token.i
            form = (token.tag_, token.lower_, token.dep_, token.is_space)
            found = self._found.get(form)
            if found is None:  # a token of the same form starts the same patterns
                if len(self._found) >= FORMS_KEPT:
                    self._found.clear()
                found = self._found[form] = self._candidates(token)
            for order, pattern in found:
                if len(pattern) == 1:
                    matches.append((order, start, start))
                elif start + len(pattern) <= length and all(
                    test.passes(doc[start + i]) for i, test in enumerate(pattern[1:], start=1)
                ):
                    span = doc[start : start + len(pattern)]
                    matches.append((order, start, span[self.indices[order]].i))
        for match_id, start, end in self.rest(doc, allow_missing=True) if len(self.rest) else ():
            order = int(self.vocab.strings[match_id])
            matches.append((order, start, doc[start:end][self.indices[order]].i))
        matches.sort()
        for order, _, index in matches:
            set_token_attrs(doc[index], self.attrs[order])
        return doc


@Language.factory(NAME)
def make_tag_attributes(nlp: Language, name: str) -> TagAttributes:
    del name
    return TagAttributes(nlp.vocab)


def speed_up_attribute_ruler(nlp: Language) -> None:
    """Put `TagAttributes`, holding the same rules, in the place of the model's attribute ruler."""
    ruler = nlp.get_pipe("attribute_ruler")
    faster = nlp.replace_pipe("attribute_ruler", NAME)
    if not isinstance(ruler, AttributeRuler) or not isinstance(faster, TagAttributes):
        raise TypeError("the base model's attribute_ruler is not spaCy's AttributeRuler")
    faster.take_rules(ruler)
