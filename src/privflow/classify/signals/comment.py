"""Column-comment signal: Chinese and English keywords; the head noun of the main clause decides.

商品名称 is a product's name (thing modifier 商品), 收货人姓名 a person's name, 门店电话 a store's
phone, 注册时间 a time (a neutral head). `性别：0->未知；1->男` lists coded values: a gender may be
coded, a name or a phone may not.
"""

from __future__ import annotations

import re
from functools import lru_cache

from privflow.classify.evidence import Evidence
from privflow.classify.signals.name import Reading, read_tokens
from privflow.classify.vocabulary import Term, fold_han, load_vocabulary, split_identifier

# Scripts written without spaces between words, read by substring: Han, kana, Hangul.
_CJK = re.compile(r"[\u3040-\u30ff\u3400-\u9fff\uac00-\ud7af]")
# The main clause ends at the first colon, bracket or clause separator.
# `=` ends the clause too: 支付金额 = 产品价格+运费 names the amount, then how it is computed.
_CLAUSE_END = re.compile(r"[:：(（\[【,，;；。=＝]|->|\s-\s")
# Coded values after a colon: `：0->未知；1->男` or `：用户；系统；后台管理员`. A bracketed list is an
# explanation (金额（促销价、满减）), not codes.
_ENUM = re.compile(r"^\s*[:：].*(\d+\s*(->|=>|[:：=\-]|\.|、)\s*\S|([^;；,，/]{1,8}[;；,，/]){2,})")
_PERSON_SUFFIX = ("人", "者", "员", "方")


def _scan(text: str) -> list[tuple[int, int, str]]:
    """Leftmost-longest non-overlapping matches of comment terms and neutral heads."""
    vocab = load_vocabulary()
    out = []
    i = 0
    lowered = text.lower()
    while i < len(lowered):
        for term in vocab.comment_index.get(lowered[i], ()):
            if lowered.startswith(term, i):
                # English terms inside Chinese text must stand alone ("ip" not in "zip").
                after = lowered[i + len(term):i + len(term) + 1]
                if term.isascii() and (i > 0 and _ascii_word(lowered[i - 1]) or _ascii_word(after)):
                    continue
                out.append((i, i + len(term), term))
                i += len(term)
                break
        else:
            i += 1
    return out


_ARTICLES = frozenset({"the", "a", "an", "s", "this", "that", "its", "their", "his", "her"})
_OWNER_PREPOSITIONS = frozenset({"of", "for"})
_CONJUNCTIONS = frozenset({"or", "and"})
_PREPOSITIONS = frozenset({"of", "for", "in", "from", "at", "by", "with", "to", "on", "used",
                           "which", "when", "where", "if", "as", "e", "g", "eg", "i"})


def _read_english(text: str) -> Reading:
    """An English comment: the clause before the first preposition holds the head noun, the
    words after `of`/`for` name the owner ("Phone number of the store" is a store's phone)."""
    vocab = load_vocabulary()
    clause = re.split(r"[,.;:(\[]", text, maxsplit=1)[0]
    tokens = [t for t in split_identifier(clause) if t not in _ARTICLES]
    cut = len(tokens)
    for index, token in enumerate(tokens):
        if token in _PREPOSITIONS and index > 0:
            # ... unless a phrase spans it (date of birth).
            if tuple(tokens[index - 1:index + 2]) in vocab.name_terms:
                continue
            cut = index
            break
    head = tokens[:cut] or tokens
    parts = _alternatives(head)
    reading = read_tokens(parts[0], "comment")
    for part in parts[1:]:
        # "IP address or hostname", "Phone number or e-mail": each alternative is read as a
        # head of its own, not as a modifier of the last.
        # (An alternative's vetoes are its own: `hostname` is no person's name, and says
        # nothing of the IP address beside it.)
        other = read_tokens(part, "comment")
        vetoed = {v.category for v in other.vetoes}
        reading.supports += [e for e in other.supports if e.category not in vetoed]
        reading.factors += [e for e in other.factors if e.category not in vetoed]
    # Only `of` and `for` name an owner ("Phone number of the store"); `with`, `by`, `in`
    # say how or where ("Password encrypted with BCRYPT or a similar method").
    owning = cut < len(tokens) and tokens[cut] in _OWNER_PREPOSITIONS
    owner = [t for t in tokens[cut + 1:] if t not in _PREPOSITIONS] if owning else []
    if owner and not (reading.person_modifier or reading.thing_modifier):
        for token in owner:
            if (token,) in vocab.person_modifiers or token in vocab.table_words["people"]:
                reading.person_modifier = token
                break
            if (token,) in vocab.thing_modifiers or token in vocab.table_words["thing"]:
                reading.thing_modifier = token
                break
    return reading


def _alternatives(tokens: list[str]) -> list[list[str]]:
    """The token runs an English clause joins with `or`/`and` (a run left empty is dropped)."""
    parts: list[list[str]] = [[]]
    for token in tokens:
        if token in _CONJUNCTIONS:
            parts.append([])
        else:
            parts[-1].append(token)
    return [p for p in parts if p] or [tokens]


def _ascii_word(char: str) -> bool:
    return bool(char) and char.isascii() and char.isalnum()


_ALTERNATIVES = re.compile(r"或|/|／|及|和|、")
_PARTICLES = "的之地得了"


def _trailing_text(main: str, end: int) -> str:
    """Unrecognised Chinese right after the last term (微信 + 付款编号): the term is a modifier."""
    tail = re.split(r"[\s\d,.;:!?，。；：！？]", main[end:], maxsplit=1)[0].strip(_PARTICLES)
    return tail if _CJK.search(tail) else ""


def _person_word(text: str) -> str | None:
    vocab = load_vocabulary()
    if "端" in text:
        # 客户端, 用户端, 司机端: the app a side of the platform uses, not a person.
        text = re.sub(r"[\u4e00-\u9fff]{1,2}端", "", text)
    for word in vocab.comment_person_modifiers:
        if word in text:
            return word
    stripped = text.rstrip("的之")
    if stripped.endswith(_PERSON_SUFFIX) and not stripped.endswith(("人数", "人次")):
        return stripped[-3:]
    return None


def _thing_word(text: str) -> str | None:
    return next((w for w in load_vocabulary().comment_thing_modifiers if w in text), None)


@lru_cache(maxsize=65536)
def read_comment(comment: str | None) -> Reading:
    """The reading of a column comment; memoised, and one shared object for comments that
    read alike. Treat the result as read-only."""
    reading = _read_comment(comment)
    signature = (tuple(reading.supports), tuple(reading.factors), tuple(reading.vetoes),
                 reading.person_modifier, reading.thing_modifier, reading.state,
                 reading.state_label, reading.neutral_head, reading.enumeration,
                 reading.composite, reading.attribute_only, reading.key_word)
    return _READINGS.setdefault(signature, reading)


_READINGS: dict[tuple, Reading] = {}


def _read_comment(comment: str | None) -> Reading:
    if not comment or not comment.strip():
        return Reading()
    text = comment.strip()
    if "\x1b" in text or not text.isprintable():
        from privflow.sanitize import terminal_text

        text = terminal_text(text).strip()
    if not _CJK.search(text):
        return _read_english(text)
    text = fold_han(text)
    # 的 joins a qualifier to its head (请求的url, 用户的手机号): the terms are written without it.
    text = text.replace("的", "")
    vocab = load_vocabulary()
    reading = Reading()
    cut = _CLAUSE_END.search(text)
    main = text[:cut.start()] if cut and cut.start() > 0 else text
    rest = text[len(main):]
    reading.enumeration = bool(rest and _ENUM.search(rest))
    for key, categories in vocab.comment_bundles.items():
        if key in main:
            reading.composite = True
            for category in categories:
                reading.supports.append(Evidence("comment", key, category, 0.85,
                                                 why="names several kinds of data",
                                                 strength="personal"))
            return reading
    # Alternatives (用户昵称或网络名称, 省份/直辖市): the first one naming a category decides.
    parts = [p for p in _ALTERNATIVES.split(main) if p.strip()] or [main]
    main = next((p for p in parts if _head_is_term(p)), parts[0])
    matches = _scan(main)
    if not matches and rest.lstrip()[:1] in ("(", "（") and not reading.enumeration:
        # No term in the main clause: a bracketed explanation may still name one (备注（手机）),
        # but not a list of values after a colon (第三方平台: wechat/qq).
        matches = _scan(rest)
        main = rest
    for marker, state in vocab.state_markers.items():
        if not marker.isascii() and marker in _strip_spans(text, matches):
            reading.state, reading.state_label = state, marker
    while matches and matches[-1][2] in vocab.comment_generic_heads and len(matches) > 1:
        matches = matches[:-1]
    if not matches and main.endswith(vocab.comment_person_name_heads):
        person = _person_word(main[:-2])
        if person:
            # 讲师名称: a thing's 名称 is its name, a person's is theirs.
            reading.person_modifier = person
            reading.supports.append(Evidence("comment", main[-2:], "identity.name",
                                             vocab.name_terms[("name",)].weight,
                                             why=f"the name of a person ({person})",
                                             strength="people"))
            return reading
    if not matches or matches[-1][2] in vocab.comment_generic_heads:
        # No term, but a thing named (导航名称, 退款凭证图片): the comment says whose value it
        # is, and that rules out the person's value the column name may suggest.
        thing = _thing_word(_owner_text(main))
        if thing and thing not in vocab.comment_placeholder_words and not _person_word(
                main) and not any(
                m[2] in vocab.comment_terms for m in _scan(rest)):  # 拓展字段:昵称
            reading.neutral_head = thing
        return reading
    start, end, head = matches[-1]
    term = vocab.comment_terms.get(head)
    before = main[:start]
    trailing = _trailing_text(main, matches[-1][1]) if not _generic_tail(main, end) else ""
    modifier_text = before
    coded = _coded_value(main, matches) if term is None and not trailing else None
    if coded is not None:
        # 婚姻状态, 健康状况: the status of an enumerable attribute is that attribute's value.
        word, earlier = coded
        reading.supports.append(Evidence("comment", f"{word}{head}", earlier.category,
                                         earlier.weight, why=f"{earlier.strength} term, coded",
                                         strength=earlier.strength))
        matches = [m for m in matches if m[2] != word]
    elif term is None:
        # A neutral word followed by more words (来源页面) only qualifies them.
        if not _trailing_text(main, end):
            reading.neutral_head = head
    elif trailing:
        reading.supports.append(Evidence("comment", head, term.category, term.weight * 0.4,
                                         why=f"qualifies '{trailing}'", strength=term.strength))
    else:
        reading.supports.append(Evidence("comment", head, term.category, term.weight,
                                         why=f"{term.strength} term, head of the comment",
                                         strength=term.strength))
    for _start, _end, word in matches[:-1]:
        earlier = vocab.comment_terms.get(word)
        if earlier is not None and (term is None or earlier.category != term.category):
            # An earlier term qualifies the head (积分抵扣金额): a weak witness only.
            reading.supports.append(Evidence("comment", word, earlier.category,
                                             earlier.weight * 0.4,
                                             why="qualifies the head word",
                                             strength=earlier.strength))
    reading.person_modifier = _person_word(modifier_text)
    reading.thing_modifier = _thing_word(_owner_text(modifier_text))
    return reading


def _coded_value(main: str, matches: list[tuple[int, int, str]]) -> tuple[str, Term] | None:
    """(word, term) when the comment's head is a coding word (状态, 情况) right after a term of
    an enumerable category (婚姻状态): the coded attribute itself."""
    vocab = load_vocabulary()
    if len(matches) < 2 or matches[-1][2] not in vocab.coded_attribute_heads:
        return None
    _, end, word = matches[-2]
    earlier = vocab.comment_terms.get(word)
    if earlier is None or end != matches[-1][0] or \
            earlier.category not in vocab.types["enumerable"]:
        return None
    return word, earlier


def _owner_text(text: str) -> str:
    """The words that can name the value's owner: 行政区域表的省ID is a province taken from the
    regions table, not a region's province, so a table named before 表 owns nothing."""
    return text.rsplit("表", 1)[1] if "表" in text else text


def _generic_tail(main: str, end: int) -> bool:
    tail = main[end:].strip(_PARTICLES + " ")
    return any(tail.startswith(g) for g in load_vocabulary().comment_generic_heads) if tail else True


def _head_is_term(text: str) -> bool:
    matches = [m for m in _scan(text) if m[2] not in load_vocabulary().comment_generic_heads]
    return bool(matches) and matches[-1][2] in load_vocabulary().comment_terms


def _strip_spans(text: str, matches: list[tuple[int, int, str]]) -> str:
    # Markers inside a matched term (盐加密 is "salt") do not set a state.
    out = text
    for _, _, word in matches:
        out = out.replace(word, " ")
    return out
