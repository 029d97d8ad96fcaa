"""A mark disguised in an offer: spelled as only someone hiding it from a filter spells it (a symbol
or an unusual space inside it, accents no word list writes, other characters of its sound, pinyin
with tones or inside Chinese text) where goods are sold gets a look, and the learnt model may not
let it go; ordinary spellings, warnings and a mark written plainly beside it do not."""
from __future__ import annotations

import pytest

from origin.brands import learnt
from origin.brands.automaton import Brand
from origin.brands.config import SEVERITY
from origin.brands.guard import BrandGuard, _hidden_gap
from tests.brands.conftest import BRANDS, record

MORE = BRANDS + [
    Brand(30, "兰蔻", "lancome_official", ("Lancome",)),
    Brand(31, "索尼", "sony_official", ("Sony",)),
    Brand(32, "老干妈", "laoganma_official"),
    Brand(33, "骆驼", "camel_official", (), (), frozenset(), True, ("冲锋衣", "登山鞋")),
    Brand(34, "伊利", "yili_official", ("Yili",)),
]


@pytest.fixture(scope="module")
def wider() -> BrandGuard:
    return BrandGuard(MORE, model=None)


@pytest.fixture(scope="module")
def shipped() -> BrandGuard:
    return BrandGuard(MORE, model=learnt.shipped_model())


def _hit(guard: BrandGuard, mark: str, title: str, description: str = ""):
    result = guard.scan(record(title, description))
    hits = [hit for hit in result.hits if hit.brand.mark == mark]
    assert hits, f"{title!r}: no hit for {mark} in {result.hits}"
    assert guard.scan_many([record(title, description)])[0].to_json() == result.to_json()
    return max(hits, key=lambda hit: SEVERITY[hit.decision])


OFFERS = [
    ("兰蔻", "周末摆摊 兰∙蔻小黑瓶", "两瓶一起拿120元，先到先得"),          # DOT OPERATOR
    ("索尼", "索\u2009尼耳机 现货", "学生价299元，宿舍自提"),                   # THIN SPACE
    ("兰蔻", "Lâncomë serum, new stock", "$45 each, message me"),     # accents no list writes
    ("索尼", "索伲降噪耳机到了", "¥199一副，数量不多"),                # 伲: GB2312 level 2, ni
    ("老干妈", "laoganma辣椒酱 整箱", "一箱十二瓶，¥86，群里接龙"),     # pinyin inside Chinese
    ("老干妈", "lǎogānmā chili sauce", "$3 a jar, pick up downtown"),   # tone marks
    ("骆驼", "骆｜驼冲锋衣 清仓", "统一价159元，喜欢的私"),              # a common-word mark hidden
]


@pytest.mark.parametrize("mark, title, description", OFFERS)
def test_a_disguised_mark_in_an_offer_gets_a_look(wider, shipped, mark, title, description):
    for guard in (wider, shipped):
        hit = _hit(guard, mark, title, description)
        assert SEVERITY[hit.decision] >= SEVERITY["review"], (title, hit.rule)
        assert hit.rule in ("disguised_mark_in_an_offer", "learnt_context_raised"), hit.rule
        # no counterfeit word: a look or a demote, never a takedown
        assert hit.decision != "takedown"


def test_the_model_may_not_let_a_disguised_offer_go(shipped):
    """The words around a disguised offer read as any shop's; the model's veto keeps the look."""
    for mark, title, description in OFFERS:
        hit = _hit(shipped, mark, title, description)
        assert hit.decision in ("review", "demote"), (title, hit.rule)


@pytest.mark.parametrize("mark, title, description", [
    ("兰蔻", "兰蔻小黑瓶 周末摆摊", "两瓶一起拿120元，先到先得"),        # the mark as its owner writes it
    ("兰蔻", "Lancôme serum, new stock", "$45 each, message me"),     # accented as English writes it
    ("兰蔻", "兰 蔻 小 黑 瓶", "两瓶一起拿120元"),                      # a title spaced out
    ("老干妈", "Laoganma chili sauce", "$3 a jar, pick up downtown"),  # its name in English text
    ("老干妈", "lǎogānmā 老干妈辣椒酱", "8元一瓶，整箱更便宜"),          # the mark written plainly too
])
def test_ordinary_spellings_in_an_offer_are_not_disguises(wider, mark, title, description):
    result = wider.scan(record(title, description))
    rd = wider._read(("小店", title, description))
    for hit, evidence in zip(rd.hits, rd.evidence):
        if hit.brand.mark == mark:
            assert not evidence.disguised, (title, hit.matched)
    assert all(hit.rule != "disguised_mark_in_an_offer" for hit in result.hits)


def test_two_everyday_characters_of_a_marks_sound_are_no_disguise(wider):
    """Any two syllables may sound like a two-character mark: written with characters of
    everyday text (锁泥 is no word, both characters are common) the rules decide as before."""
    assert not wider._rare("锁") and not wider._rare("泥") and wider._rare("伲") and wider._rare("郖")
    assert not wider._rare("唔") and not wider._rare("咗")           # Cantonese is everyday text
    rd = wider._read(("小店", "锁泥耳机到了", "¥199一副"))
    assert [h.weak_sound for h in rd.hits if h.brand.mark == "索尼"] == ["two_syllables_only"]
    assert not any(e.disguised for h, e in zip(rd.hits, rd.evidence) if h.brand.mark == "索尼")


@pytest.mark.parametrize("title, description", [
    ("提醒：最近有人卖兰∙蔻小黑瓶", "一瓶120元，比专柜便宜太多，多半是假货，谨防上当"),
    ("索\u2009尼耳机 我被骗了", "花了299元买的，收到是假的，大家小心"),
])
def test_warnings_quoting_a_disguise_are_not_offers(wider, shipped, title, description):
    for guard in (wider, shipped):
        result = guard.scan(record(title, description))
        assert all(hit.rule != "disguised_mark_in_an_offer" for hit in result.hits), result.hits
        assert SEVERITY[result.decision] <= SEVERITY["review"], result.hits


def test_gaps_that_hide_and_gaps_that_do_not():
    assert _hidden_gap("兰∙蔻") and _hidden_gap("索\u2009尼") and _hidden_gap("兰\u00ad蔻")
    assert _hidden_gap("C h o w  T a i") and _hidden_gap("L-a-n-c-o-m-e")
    assert not _hidden_gap("兰 蔻") and not _hidden_gap("兰\u3000蔻") and not _hidden_gap("Red Bull")


def test_look_alikes_of_i_and_l_are_read_apart(wider):
    """Υ (Greek), І (Cyrillic) and ꙇ, Ӏ fold to i and l and collapse with the real i beside them
    (yiii reads "yi"); read as 1s they keep the key of Yili. Plain English with ii or ll is no
    such run."""
    for title in ("ΥiІi 纯牛奶 高仿", "ϒꙇӀꙇ 纯牛奶 高仿"):
        hit = _hit(wider, "伊利", title, "¥39一箱")
        assert hit.matched == title.split()[0] and "confusable" in hit.evasions
        assert SEVERITY[hit.decision] >= SEVERITY["review"]
    result = wider.scan(record("still skiing silly", "£5 a pair, my will"))
    assert not [hit for hit in result.hits if hit.brand.mark == "伊利"]
