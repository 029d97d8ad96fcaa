"""Consumer warnings name fakes without selling any; a syllable and a particle is not a mark."""
from __future__ import annotations

import pytest

from origin.brands.automaton import Brand
from origin.brands.guard import BrandGuard
from tests.brands.conftest import record


@pytest.fixture(scope="module")
def sounds() -> BrandGuard:
    return BrandGuard([Brand(21, "斐乐", "fila_official", ("FILA",)),
                       Brand(22, "伊利", "yili_official", ("Yili",)),
                       Brand(23, "华为", "huawei_official", ("HUAWEI",)),
                       Brand(24, "大疆", "dji_official", ("DJI",))])


def test_a_consumer_warning_is_not_a_counterfeit_offer(guard):
    result = guard.scan(record("买耐克认准正规渠道", "别信所谓的一比一高仿，质量差还不能退"))
    assert (result.decision, result.rule) == ("none", "warning_against_fakes")
    assert guard.scan(record("警惕假冒耐克", "网上的1:1复刻多半是假货")).decision == "none"


def test_a_warning_with_a_price_or_contact_is_still_an_offer(guard):
    assert guard.scan(record("谨防假冒！耐克一比一", "拍下秒发 包邮")).decision == "takedown"
    assert guard.scan(record("别信别家，耐克高仿", "价格私聊")).decision == "takedown"


def test_authenticity_words_or_an_odd_spelling_only_get_a_look(guard):
    """认准 is seller talk too ("认准本店"); a warning that hides the mark is odd."""
    result = guard.scan(record("耐克高仿 认准本店", "质量保证"))
    assert (result.decision, result.rule) == ("review", "warning_context")
    assert guard.scan(record("警惕 耐@克 高仿", "别信")).decision == "review"


def test_buying_on_the_official_site_is_not_sales_talk(guard):
    """下单 inside 官网下单 says where the buyer bought, not that the poster sells."""
    result = guard.scan(record("终于买到耐克鞋子了", "官网下单，三天到货", account_name="开箱日记"))
    assert result.decision == "none"
    assert "下单" not in {s.word for s in result.hits[0].signals}


@pytest.mark.parametrize("title, description", [
    ("镜头里的飞了", "后期复刻了胶片的色调"),       # fei + 了 for 斐乐 (fei le)
    ("“肥了”怎么造句", "老师说要1:1还原课本原文"),
    ("椅里场景模型", "按照1比1比例还原"),            # yi + 里 for 伊利 (yi li)
    ("打浆工艺", "古法复刻"),                         # a rare dictionary word for 大疆
])
def test_a_syllable_and_a_particle_needs_evidence_on_the_hit(sounds, title, description):
    result = sounds.scan(record(title, description))
    assert result.hits and result.decision == "none"
    assert result.hits[0].rule == "sound_alike_needs_evidence_on_hit"


def test_evidence_on_the_hit_keeps_a_particle_sound_alike(sounds):
    assert sounds.scan(record("飞了 高仿运动鞋", "包邮")).decision == "takedown"   # counterfeit word next to it
    assert sounds.scan(record("斐了运动鞋", "高仿 包邮")).decision == "takedown"  # keeps the mark's 斐
    assert sounds.scan(record("飞·了运动鞋", "高仿 包邮")).decision == "takedown"  # spelled to evade


def test_two_bare_syllables_need_an_offer_for_a_look(sounds):
    """划位 sounds like 华为 and keeps none of it: a counterfeit word in the other field is no
    proof; written against goods, or with selling talk, it gets a look; next to one, a measure."""
    result = sounds.scan(record("划位场景模型", "按照1比1比例还原"))
    assert result.decision == "none"
    sound = [hit for hit in result.hits if hit.via == "homophone"]
    assert [(hit.matched, hit.decision, hit.rule) for hit in sound] == [
        ("划位", "none", "two_syllables_only")]
    assert sounds.scan(record("划位 手机", "高仿")).decision == "review"
    assert sounds.scan(record("划位场景模型", "高仿 包邮")).decision == "review"
    assert sounds.scan(record("划位手机 高仿", "包邮")).decision == "takedown"
