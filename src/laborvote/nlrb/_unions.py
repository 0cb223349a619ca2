"""
Union identity: one key for the many ways the Board's files spell a union,
and the national or international union it belongs to.

The rules, in order (each is applied to the name's words, after
case-folding, ``&`` read as "and", punctuation as spaces, and runs of
single letters joined: ``"A/W"`` is ``aw``, ``"U.A.W."`` is ``uaw``):

1. The labor federations a union belongs to are not part of its name:
   ``AFL-CIO``, ``CLC`` and ``CtW`` are dropped wherever they appear, and
   so is ``Inc.``.
2. ``"a/w ..."``, ``"affiliated with ..."``: what follows names the
   union's affiliation, which says who the union belongs to but is not
   part of its name.
3. A local's designation is its kind and its number: ``"Local No. 123"``,
   ``"Local Union 123"``, ``"L.U. 123"`` and ``"Local #123"`` are all
   ``local 123``. Other kinds keep their own word (``district lodge 65``,
   ``council 93``, ``region 9``, ``joint council 7``), because a district
   lodge 65 is not a local 65. The number keeps its letters (``32BJ``,
   ``121RN``, ``1199NW`` are different locals from 32, 121 and 1199) and
   loses its leading zeros.
4. The national and international unions of `nationals` are recognized
   by their full names and their usual abbreviations (SEIU, IBT, UFCW,
   UAW, IBEW, IAM...), wherever they appear in the name. When the name
   holds a union and its parent ("RWDSU/UFCW"), the union is the more
   specific one; when it holds two unrelated ones, it is neither.
5. The key of a recognized union's designated body is the union and the
   designation: ``"Teamsters Local 1149"``, ``"General Teamsters,
   Chauffeurs and Helpers, Local Union No. 1149, a/w International
   Brotherhood of Teamsters"`` and ``"IBT Local 1149"`` are all
   ``ibt local 1149``. Otherwise the key is the name's own words, with the
   recognized unions' names replaced by their abbreviations and the
   designations written as in rule 3.
6. Every number in a name is in its key, so two names with different
   numbers never share a key.

The limits: a key is only as good as the spelling. Two spellings of one
union that differ in more than these rules (``"SEIU Local 1199"`` and
``"1199SEIU United Healthcare Workers East"``, unless the table lists
the local) keep different keys: a missed merge, which a user can
repair, is better than a false one, which no one sees. A name that
writes the wrong kind of body (a district as a local) takes the key of
what it says.
"""

from __future__ import annotations

import functools
import re
from typing import Final, NamedTuple, final

import attrs


@final
@attrs.frozen(kw_only=True)
class National:
    """
    A national or international union that the Board's files name.

    >>> from laborvote.nlrb import nationals
    >>> teamsters = next(n for n in nationals() if n.code == "IBT")
    >>> teamsters.name
    'International Brotherhood of Teamsters'

    Attributes:
        code: Its usual abbreviation, as the union writes it.
        name: Its name, as the union writes it.
        aliases: Other names and abbreviations for it, as written in the
            Board's files.
        parent: The `code` of the union it is part of, if any (RWDSU is a
            part of the UFCW).
        source: Where the name, the abbreviation and the parent come from:
            the union's own site.

    .. versionadded:: 26.1.0
    """

    code: str
    name: str
    aliases: tuple[str, ...] = ()
    parent: str | None = None
    source: str


def _n(
    code: str,
    name: str,
    source: str,
    *aliases: str,
    parent: str | None = None,
) -> National:
    return National(
        code=code, name=name, aliases=aliases, parent=parent, source=source
    )


#: The national and international unions laborvote recognizes: each with
#: the site of the union that says its name, abbreviation and parent.
NATIONALS: Final = (
    _n(
        "AFGE",
        "American Federation of Government Employees",
        "https://www.afge.org",
    ),
    _n(
        "AFSCME",
        "American Federation of State, County and Municipal Employees",
        "https://www.afscme.org",
    ),
    _n("AFT", "American Federation of Teachers", "https://www.aft.org"),
    _n(
        "ATU",
        "Amalgamated Transit Union",
        "https://www.atu.org",
    ),
    _n(
        "BCTGM",
        "Bakery, Confectionery, Tobacco Workers and Grain Millers "
        "International Union",
        "https://bctgm.org",
    ),
    _n(
        "Boilermakers",
        "International Brotherhood of Boilermakers, Iron Ship Builders, "
        "Blacksmiths, Forgers and Helpers",
        "https://boilermakers.org",
        "International Brotherhood of Boilermakers",
    ),
    _n(
        "CWA",
        "Communications Workers of America",
        "https://cwa-union.org",
    ),
    _n(
        "IAFF",
        "International Association of Fire Fighters",
        "https://www.iaff.org",
    ),
    _n(
        "IAM",
        "International Association of Machinists and Aerospace Workers",
        "https://www.goiam.org",
        "IAMAW",
    ),
    _n(
        "IATSE",
        "International Alliance of Theatrical Stage Employees",
        "https://www.iatse.net",
    ),
    _n(
        "IBEW",
        "International Brotherhood of Electrical Workers",
        "https://www.ibew.org",
    ),
    _n(
        "IBT",
        "International Brotherhood of Teamsters",
        "https://teamster.org",
        "Teamsters",
    ),
    _n(
        "IFPTE",
        "International Federation of Professional and Technical Engineers",
        "https://www.ifpte.org",
    ),
    _n(
        "ILWU",
        "International Longshore and Warehouse Union",
        "https://www.ilwu.org",
    ),
    _n(
        "Ironworkers",
        "International Association of Bridge, Structural, Ornamental and "
        "Reinforcing Iron Workers",
        "https://www.ironworkers.org",
    ),
    _n(
        "IUE-CWA",
        "International Union of Electronic, Electrical, Salaried, Machine "
        "and Furniture Workers",
        "https://www.iue-cwa.org",
        "IUE",
        parent="CWA",
    ),
    _n(
        "IUOE",
        "International Union of Operating Engineers",
        "https://www.iuoe.org",
    ),
    _n(
        "IUPAT",
        "International Union of Painters and Allied Trades",
        "https://www.iupat.org",
    ),
    _n(
        "LIUNA",
        "Laborers' International Union of North America",
        "https://www.liuna.org",
        "Laborers International Union",
    ),
    _n(
        "NAGE",
        "National Association of Government Employees",
        "https://nage.org",
        parent="SEIU",
    ),
    _n(
        "NATCA",
        "National Air Traffic Controllers Association",
        "https://www.natca.org",
    ),
    _n("NEA", "National Education Association", "https://www.nea.org"),
    _n(
        "NewsGuild",
        "The NewsGuild",
        "https://newsguild.org",
        "NewsGuild",
        "Newspaper Guild",
        parent="CWA",
    ),
    _n(
        "NNU",
        "National Nurses United",
        "https://www.nationalnursesunited.org",
    ),
    _n(
        "OPEIU",
        "Office and Professional Employees International Union",
        "https://www.opeiu.org",
    ),
    _n(
        "RWDSU",
        "Retail, Wholesale and Department Store Union",
        "https://www.rwdsu.org",
        "Retail Wholesale Department Store Union",
        parent="UFCW",
    ),
    _n(
        "SEIU",
        "Service Employees International Union",
        "https://www.seiu.org",
    ),
    _n(
        "SMART",
        "International Association of Sheet Metal, Air, Rail and "
        "Transportation Workers",
        "https://www.smart-union.org",
    ),
    _n(
        "SPFPA",
        "International Union, Security, Police and Fire Professionals of "
        "America",
        "https://www.spfpa.org",
    ),
    _n(
        "TWU",
        "Transport Workers Union of America",
        "https://www.twu.org",
    ),
    _n(
        "UA",
        "United Association of Journeymen and Apprentices of the Plumbing "
        "and Pipe Fitting Industry",
        "https://ua.org",
        "United Association",
    ),
    _n(
        "UAW",
        "International Union, United Automobile, Aerospace and "
        "Agricultural Implement Workers of America",
        "https://uaw.org",
        "United Automobile Aerospace and Agricultural Implement Workers",
        "United Automobile Aerospace and Agricultural Implement Workers of "
        "America",
        "United Automobile Workers",
        "United Auto Workers",
    ),
    _n(
        "UBC",
        "United Brotherhood of Carpenters and Joiners of America",
        "https://www.carpenters.org",
    ),
    _n(
        "UFCW",
        "United Food and Commercial Workers International Union",
        "https://www.ufcw.org",
        "United Food and Commercial Workers",
    ),
    _n(
        "UNITE HERE",
        "UNITE HERE",
        "https://unitehere.org",
    ),
    _n(
        "USW",
        "United Steel, Paper and Forestry, Rubber, Manufacturing, Energy, "
        "Allied Industrial and Service Workers International Union",
        "https://www.usw.org",
        "United Steel, Paper and Forestry, Rubber, Manufacturing, Energy, "
        "Allied Industrial and Service Workers",
        "United Steelworkers",
        "Steelworkers",
    ),
    _n(
        "Workers United",
        "Workers United",
        "https://workersunited.org",
        parent="SEIU",
    ),
)


class _Local(NamedTuple):
    """
    A local whose name the Board's files write without its designation.
    """

    name: str
    national: str
    designation: str
    source: str


#: Locals known by a name that does not say "local": each with the site of
#: the local that says its number.
LOCALS: Final = (
    _Local(
        "1199SEIU United Healthcare Workers East",
        "SEIU",
        "local 1199",
        "https://www.1199seiu.org",
    ),
)


_NOT_WORD = re.compile(r"[\W_]+")
# Dropped wherever they appear: the federations, and "Inc."
_FEDERATIONS = frozenset(
    {"aflcio", "clc", "ctw", "afl", "cio", "inc", "incorporated"}
)
_AFFILIATED = (("aw",), ("affiliated", "with"), ("affiliate", "of"))
# The words before a number that designate a body, longest first; the
# canonical kind of each.
_KINDS: tuple[tuple[tuple[str, ...], str], ...] = tuple(
    sorted(
        (
            (("local", "union"), "local"),
            (("local",), "local"),
            (("lu",), "local"),
            (("local", "lodge"), "local lodge"),
            (("district", "lodge"), "district lodge"),
            (("district", "council"), "district council"),
            (("joint", "council"), "joint council"),
            (("joint", "board"), "joint board"),
            (("district",), "district"),
            (("council",), "council"),
            (("lodge",), "lodge"),
            (("region",), "region"),
            (("division",), "division"),
            (("chapter",), "chapter"),
            (("branch",), "branch"),
        ),
        key=lambda kind: -len(kind[0]),
    )
)
# The first words of those, and of the affiliations: at any other word
# neither starts.
_KIND_FIRST = frozenset(kind[0] for kind, _ in _KINDS)
_AFFILIATED_FIRST = frozenset(a[0] for a in _AFFILIATED)
_NUMBER_WORDS = frozenset({"no", "number", "nos"})
_NUMBER = re.compile(r"(\d+)([^\W\d_]*)")
_LETTER = re.compile(r"[^\W\d_]")


# Single letters written with dots, slashes or hyphens between them
# ("a/w", "U.A.W.", "L.U.", "A.F.L.-C.I.O."), and a letter written after a
# number with a hyphen ("1-M"): one word each.
_INITIALS = re.compile(r"(?<![^\W_])[^\W\d_](?:[./-][^\W\d_](?![^\W_]))+")
_SUFFIX = re.compile(r"(?<![^\W_])(\d+)-([^\W\d_])(?![^\W_])")


def words(name: str) -> list[str]:
    """
    Return the words of *name*: case-folded, ``&`` read as "and",
    punctuation as spaces; initials (``"U.A.W."``, ``"a/w"``) and a
    number's letter (``"1-M"``) joined into one word.
    """
    text = name.casefold().replace("&", " and ")
    text = _INITIALS.sub(lambda m: _NOT_WORD.sub("", m[0]), text)
    text = _SUFFIX.sub(r"\1\2", text)
    return _NOT_WORD.sub(" ", text).split()


def _phrases() -> dict[tuple[str, ...], str]:
    """
    Return every recognized name of a union, as words -> its code.
    """
    phrases: dict[tuple[str, ...], str] = {}
    for national in NATIONALS:
        for text in (national.code, national.name, *national.aliases):
            phrases[tuple(words(text))] = national.code
    return phrases


_PHRASES = _phrases()
# The longest phrase that starts with each word: where no phrase starts,
# none is looked for.
_LONGEST_FROM: dict[str, int] = {}
for _phrase in _PHRASES:
    _LONGEST_FROM[_phrase[0]] = max(
        len(_phrase), _LONGEST_FROM.get(_phrase[0], 0)
    )
del _phrase
_ABBREVIATIONS = frozenset(p[0] for p in _PHRASES if len(p) == 1)
_PARENTS = {n.code: n.parent for n in NATIONALS}


def _split_numbers(tokens: list[str]) -> list[str]:
    """
    Split ``1199seiu`` into ``1199`` and ``seiu`` (a number written against
    a recognized abbreviation); leave ``32bj`` alone.
    """
    out: list[str] = []
    for token in tokens:
        match = _NUMBER.fullmatch(token)
        if match and match[2] in _ABBREVIATIONS:
            out.extend((match[1], match[2]))
        else:
            out.append(token)
    return out


def _number(token: str) -> str | None:
    """
    Return *token* as a local's number (leading zeros dropped), if it is one.
    """
    match = _NUMBER.fullmatch(token)
    if match is None:
        return None
    return f"{int(match[1])}{match[2]}"


class _Parsed(NamedTuple):
    """
    A name, read: its words with designations and unions marked.
    """

    # Each item: ("word", w), ("designation", "local 123") or
    # ("union", code).
    items: list[tuple[str, str]]
    # The index in items where the affiliation begins ("a/w ..."), or
    # len(items).
    tail: int


def _parse(tokens: list[str]) -> _Parsed:
    items: list[tuple[str, str]] = []
    tail: int | None = None
    run: list[str] = []  # words not yet read as union names
    i, n = 0, len(tokens)
    while i < n:
        token = tokens[i]
        if token in _FEDERATIONS:
            i += 1
            continue
        hit = None
        if tail is None and token in _AFFILIATED_FIRST:
            hit = next(
                (a for a in _AFFILIATED if tuple(tokens[i : i + len(a)]) == a),
                None,
            )
        kind = _designation(tokens, i)
        if hit is None and kind is None:
            run.append(token)
            i += 1
            continue
        items.extend(_unions(run))
        run = []
        if hit is not None:
            tail = len(items)
            i += len(hit)
        else:
            assert kind is not None  # noqa: S101 - one of the two
            used, text = kind
            items.append(("designation", text))
            i += used
    items.extend(_unions(run))
    return _Parsed(items, len(items) if tail is None else tail)


def _unions(run: list[str]) -> list[tuple[str, str]]:
    """
    Return the words of *run* with the union names in it read as their
    codes: the reading that covers the most words with names.
    """
    n = len(run)
    # best[i]: (words covered, items) for run[i:].
    best: list[tuple[int, list[tuple[str, str]]]] = [(0, [])] * (n + 1)
    for i in range(n - 1, -1, -1):
        covered, rest = best[i + 1]
        choice = (covered, [("word", run[i]), *rest])
        longest = _LONGEST_FROM.get(run[i], 0)
        for length in range(min(longest, n - i), 0, -1):
            code = _PHRASES.get(tuple(run[i : i + length]))
            if code is not None:
                covered, rest = best[i + length]
                if covered + length > choice[0]:
                    choice = (covered + length, [("union", code), *rest])
        best[i] = choice
    return best[0][1]


def _designation(tokens: list[str], i: int) -> tuple[int, str] | None:
    """
    Return how many words the designation at *tokens[i]* takes, and its
    canonical text, if one starts there.
    """
    if tokens[i] not in _KIND_FIRST:
        return None
    for kind, canonical in _KINDS:
        end = i + len(kind)
        if tuple(tokens[i:end]) != kind:
            continue
        while end < len(tokens) and tokens[end] in _NUMBER_WORDS:
            end += 1
        number = _number(tokens[end]) if end < len(tokens) else None
        if number is not None:
            end += 1
            # "Local 1 L": a lone letter after the number is part of it.
            if end < len(tokens) and _LETTER.fullmatch(tokens[end]):
                number += tokens[end]
                end += 1
            return end - i, f"{canonical} {number}"
    return None


def _specific(codes: list[str]) -> str | None:
    """
    Return the one union of *codes* that the others are parents of, if
    there is exactly one.
    """
    found = set(codes)
    parents = {_PARENTS[c] for c in found}
    found -= parents
    return found.pop() if len(found) == 1 else None


def _ancestors(code: str) -> list[str]:
    """
    Return the unions *code* is part of, nearest first.
    """
    out = []
    parent = _PARENTS[code]
    while parent is not None:
        out.append(parent)
        parent = _PARENTS[parent]
    return out


def _has_digit(text: str) -> bool:
    return any(c.isdigit() for c in text)


def _generic(parsed: _Parsed) -> str:
    """
    Return the key of a name from its own words: the recognized unions'
    names as their codes, the designations canonical, the affiliation's
    unions (if not named before) and numbers kept.
    """
    items, tail = parsed
    core = items[:tail] or items
    named = {text for what, text in core if what == "union"}
    above = {a for code in named for a in _ancestors(code)}
    out: list[str] = []
    for what, text in core:
        word = text.casefold()
        if what == "word" or (
            text not in above and (not out or out[-1] != word)
        ):
            out.append(word)
    out.extend(
        text.casefold()
        for what, text in items[tail:]
        if what == "designation"
        or (what == "word" and _has_digit(text))
        or (what == "union" and text not in named and text not in above)
    )
    return " ".join(out)


_LOCAL_KEYS = {
    _generic(_parse(_split_numbers(words(local.name)))): local
    for local in LOCALS
}


@functools.lru_cache(maxsize=8192)
def _read(name: str) -> tuple[str, str | None]:
    """
    Return the key of *name* and its national union's code.
    """
    parsed = _parse(_split_numbers(words(name)))
    generic = _generic(parsed)
    known = _LOCAL_KEYS.get(generic)
    if known is not None:
        return f"{known.national.casefold()} {known.designation}", (
            known.national
        )
    items = parsed.items
    national = _specific([text for what, text in items if what == "union"])
    designations = list(
        dict.fromkeys(text for what, text in items if what == "designation")
    )
    if national is not None and designations:
        numbers = [t for what, t in items if what == "word" and _has_digit(t)]
        key = " ".join([national.casefold(), *designations, *numbers])
        return key, national
    return generic or name.casefold().strip(), national


def nationals() -> tuple[National, ...]:
    """
    Return the national and international unions that `union_key` and
    `affiliation` recognize, each with its source.

    >>> from laborvote.nlrb import nationals
    >>> next(n for n in nationals() if n.code == "RWDSU").parent
    'UFCW'

    .. versionadded:: 26.1.0
    """
    return NATIONALS


def union_key(name: str) -> str:
    """
    Return the key of the union *name* names, as the Board's files spell it.

    Two spellings of one union share a key under the rules of
    `laborvote.nlrb` 's union identity (see the how-to "From tallies to
    elections"); two different locals, or two different unions, never do.

    >>> from laborvote.nlrb import union_key
    >>> union_key("General Teamsters Local Union No. 249, a/w IBT")
    'ibt local 249'
    >>> union_key("INTERNATIONAL BROTHERHOOD OF TEAMSTERS, LOCAL 249")
    'ibt local 249'
    >>> union_key(
    ...     "National Air Traffic Controllers Association (NATCA), AFL-CIO"
    ... )
    'natca'

    .. versionadded:: 26.1.0
    """
    return _read(name)[0]


def affiliation(name: str) -> str | None:
    """
    Return the national or international union that *name* belongs to.

    The code of the top union of `nationals` that the name names (a part
    such as RWDSU belongs to its parent, the UFCW), or `None` if it names
    none of them, or two that are not related.

    >>> from laborvote.nlrb import affiliation
    >>> affiliation("RWDSU Local 338")
    'UFCW'
    >>> affiliation("Amazon Labor Union") is None
    True

    .. versionadded:: 26.1.0
    """
    code = _read(name)[1]
    return None if code is None else ([code, *_ancestors(code)])[-1]
