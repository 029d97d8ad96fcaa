"""Issue 13, eighth round: small capitals, a resold fake is still an offer, a common-word mark
with its product in the other field, a repeat shared with the next word, and another brand's
sound-alike in a warning or in an authorised shop's post about its own brand."""
from __future__ import annotations

import pytest

from origin.brands.automaton import Brand
from origin.brands.guard import BrandGuard
from origin.brands.normalize import Normalizer
from tests.brands.conftest import record


@pytest.fixture(scope="module")
def guard() -> BrandGuard:
    return BrandGuard([
        Brand(1, "华为", "huawei_official", ("HUAWEI",)), Brand(2, "劳力士", "rolex_official", ("ROLEX",)),
        Brand(3, "永久", "yj_official", (), (), frozenset(), True, ("单车", "自行车")),
        Brand(4, "江小白", "jxb_official"), Brand(5, "多谓", "dw_official"),
        Brand(6, "旺旺", "ww_official", (), (), frozenset({"ww_shop"})), Brand(7, "先背", "xb_official"),
        Brand(8, "耐克", "nike_official", ("NIKE",))])


def test_small_capitals_read_as_their_letters():
    # fancy-text generators write ʀᴏʟᴇx: neither NFKC nor the confusables table folds ʀ, ᴇ, ꜰ
    table = Normalizer({}, ())
    assert table.skeleton("ʀᴏʟᴇx ʜᴜᴀᴡᴇɪ ꜱᴜᴘᴏʀ ɴᴏɴɢꜰᴜ") == "rolexhuaweisupornongfu"


def test_a_mark_in_small_capitals_is_found_as_a_confusable(guard):
    (hit,) = guard.scan(record("ʀᴏʟᴇx绿水鬼 一比一复刻", "私聊 包邮")).hits
    assert (hit.brand.mark, "confusable" in hit.evasions, hit.decision) == ("劳力士", True, "takedown")


def test_a_resold_fake_is_an_offer(guard):
    # the fake words in another clause, and only a reseller's words for selling
    result = guard.scan(record("出HUAWEI手环，高仿，九成新", "自己买的精仿，用了两次"))
    assert [(h.brand.mark, h.decision) for h in result.hits] == [("华为", "demote")]
    genuine = guard.scan(record("出HUAWEI手环，九成新", "自己买的，发票在"))
    assert genuine.decision == "none"


@pytest.mark.parametrize("title, description, decision", [
    ("单车到货", "永久原单，一比一", "review"),           # its product named, a fake word on it
    ("永久免费的公园", "照着老照片1:1复刻了一辆单车", "none"),  # the fake word is not on the mark
    ("永久原单，一比一", "", "none"),                        # no product of the brand
])
def test_a_common_word_mark_with_its_product_in_the_other_field(guard, title, description,
                                                                decision):
    assert guard.scan(record(title, description)).decision == decision


def test_a_repeat_shared_with_the_next_word_is_not_an_odd_spelling(guard):
    # 江小白白酒: 白白 is the mark's 白 and 白酒's, so the mark is written plainly
    result = guard.scan(record("江小白白酒 二手", "朋友送的 全新未拆封 支持平台验货"))
    (hit,) = result.hits
    assert (hit.matched, hit.evasions, result.decision) == ("江小白", (), "none")
    # a repeat written into the whole mark is still an evasion
    (hit,) = guard.scan(record("耐耐克克 高仿", "包邮")).hits
    assert "repeated" in hit.evasions


def test_another_brands_sound_in_a_warning_about_a_named_brand(guard):
    # 多为 sounds like the mark 多谓; the warning names 华为 plainly. (stop 43) 多为高仿 is a
    # class hedge and its copula (mostly fakes), a context word: no sound-alike is read in it
    result = guard.scan(record("315提醒：网购华为手机谨防假货",
                               "近期接到多起投诉，低价华为手机多为高仿，请通过官方渠道购买"))
    assert {h.brand.mark for h in result.hits} == {"华为"}
    assert result.decision == "none"
    assert not guard.scan(record("谨防假货", "低价手机多为高仿，请通过官方渠道购买")).hits
    # with no brand named, the sound-alike written as a brand (多为牌) still gets a look
    alone = guard.scan(record("谨防假货", "这种多为牌手机是高仿，请通过官方渠道购买"))
    assert alone.decision == "review"


@pytest.mark.parametrize("account, decision", [("ww_shop", "none"), ("someone", "review")])
def test_an_authorised_shops_post_about_its_own_brand(guard, account, decision):
    # 仙贝 sounds like the mark 先背; 旺旺's own shop writes its own goods
    result = guard.scan(record("本店旺旺仙贝均为正品", "拒绝高仿，假一赔十，下单包邮",
                               account=account))
    assert [h.decision for h in result.hits if h.brand.mark == "先背"] == [decision]
    if account == "ww_shop":
        assert result.decision == "none"


def test_a_context_word_inside_the_mark_is_part_of_the_mark():
    # 元 (a price word) inside 元气森林 made a warning quote a price, which kept it from being one
    guard = BrandGuard([Brand(1, "元气森林", "yq_official"), Brand(2, "七匹狼", "qpl_official")])
    results = [guard.scan(record(f"{mark}假货泛滥，怎么防", "认准官方旗舰店，别信"))
               for mark in ("元气森林", "七匹狼")]
    assert [(r.decision, r.rule) for r in results] == [("none", "warning_against_fakes")] * 2
    (hit,) = results[0].hits
    assert "price" not in {signal.kind for signal in hit.signals}


@pytest.mark.parametrize("title, description, decision", [
    ("七匹狼夹克假货泛滥，怎么防", "认准授权店和官方旗舰店，收到货扫码验真", "none"),   # advice on 假货
    ("七匹狼夹克高仿，怎么防", "认准授权店和官方旗舰店，收到货扫码验真", "review"),    # a seller's word
    ("七匹狼夹克假货泛滥", "认准本店 包邮", "takedown"),                              # and it sells
])
def test_authenticity_advice_about_fakes(title, description, decision):
    guard = BrandGuard([Brand(2, "七匹狼", "qpl_official")])
    assert guard.scan(record(title, description)).decision == decision


def test_a_rare_word_crossing_a_homophone_does_not_make_it_ordinary():
    # 马哈吉 (jieba: 3 sightings) crosses 呀马哈|吉他; a sound-alike of 雅马哈 before the goods
    guard = BrandGuard([Brand(1, "雅马哈", "yamaha_official")])
    result = guard.scan(record("呀马哈吉他 一比一复刻", "拍下48小时发货"))
    assert [(h.brand.mark, h.via, h.weak_sound) for h in result.hits] == [
        ("雅马哈", "homophone", None)]
    assert result.decision != "none"
    # a common word crossing the edge still does (品钱 across 新品|钱包 for a mark 品潜)
    guard = BrandGuard([Brand(2, "品潜", "pq_official")])
    (hit,) = guard.scan(record("新品钱包 高仿", "")).hits
    assert hit.weak_sound == "sound_alike_is_ordinary_word"
