"""The brand guard: scan one upload's metadata for protected marks and decide what to do.

Most uploads mention no brand, so ``scan`` first asks the hot automaton (one ``translate`` and one
automaton pass over the record, no offsets); only a record that hits something is normalised
again with its offset maps, its context words found, and every hit decided. What that finds in
a record's texts does not depend on who posted them except for the owner's own accounts, so it
is kept per distinct text (``_read``, ``_read_field``): everyday traffic repeats account names,
news and review templates and a seller's offers, and a repeat costs a dictionary lookup and
copies instead of ~190 µs.
"""
from __future__ import annotations

import re
import unicodedata
from itertools import accumulate, chain
from dataclasses import dataclass, field, replace
from typing import NamedTuple

from origin.brands.automaton import (LATIN_LETTER, OFFER_KINDS, PRICE, TRIGGER_KINDS, Brand,
                                     BrandIndex, Found, Pattern)
from origin.brands.config import SEVERITY, Rules, load_rules
from origin.brands.context import (BOUGHT_KINDS, BUYING_ASKED, COPIED, FIELDS,
                                   INSPECTION_REFUSED, LABEL_MADE, RETAIL_FRACTION, SAID_KINDS,
                                   SOUND_VIAS, Evidence, Signal, Verdict, decide, not_acted_on)
from origin.brands.learnt import ContextModel, shipped_model
from origin.brands.listings import judged_listings
from origin.brands.others_offers import (contact_made, fitted_parts, offers_asked_about,
                                         punished_trade, serviced)
from origin.brands.reported_offers import (FITTED_GOODS, fitted_goods, inspections_done,
                                           papers_denied, past_trade, quoted_listings,
                                           refused_sales)
from origin.brands.normalize import (TONE_DIGIT, FieldViews, View, confusable_symbols, is_cjk,
                                     leet, look_alike_ones, normalizer, one_as_i, one_as_l,
                                     ones, six_as_g, without_tones)
from origin.brands.prices import amounts, under_floor
from origin.brands.words import (accented_words, english_words, everyday_characters,
                                 word_table)
from origin.brands.records import TEXTS, ScanRecord
from origin.errors import printable

VIA_PREFERENCE = ("mark", "alias", "knockoff", "pinyin", "initials", "homophone")
DIRECT_VIAS = ("mark", "alias", "knockoff")
# words that stand for their sentence: reported speech, verdicts and a buyer's own purchase
WIDENED_KINDS = SAID_KINDS + BOUGHT_KINDS
SENTENCE_STOPS = frozenset("，。！？；：\n")
CLAUSE_JOINS = frozenset("，,")    # clauses of one sentence: the subject may go on across them
# (stop 45) a clause that is only a price, a price label (秒杀价, 团购价) and a unit at most
BARE_PRICE_CLAUSE = re.compile(
    r"(?:[\u4e00-\u9fff]{0,3}价)?[¥￥$]?\s*\d+(?:\.\d+)?\s*(?:元|块|[rR])?")
APOSTROPHES = frozenset("'’")
SENTENCE_ENDS = frozenset("。！？；!?\n")     # a listing's commas join its phrases; these do not
# signals that span a stretch of text read from its shape, not a word found in it
SHAPE_SPANS = frozenset({"quote", "question"})
# a character that negates the verb after it: 不退款 refuses the refund 退款 promises
NEGATING_CHARS = frozenset("不没无冇")       # (stop 48) 冇: Cantonese's 没有 (冇发票)
NO_BEFORE = re.compile(r"(?i:\b(?:no|without|not)\s+)$")     # "no receipt": proof denied
# (stop 40) a resale's proof refused with a verb between (不接受验货, 不支持专柜验货, 拒绝验货): a
# reseller of the real thing invites the inspection a seller of copies turns down
# (stop 46: ``_proof_refused``, with the rules' `inspection_places` and 不走, 没过 as verbs:
# 也不走转转验货; and proof only missing, 就差个小票)
def _proof_refused(rules: Rules) -> re.Pattern:
    """What before a `resale` word refuses or lacks the proof it names (see above)."""
    places = _alternatives(rules.inspection_places)
    # (stop 48) 冇 and 开 (冇发票, 不开发票: no invoice issued)
    return re.compile(r"(?:[不没无冇]|拒绝|谢绝)(?:接受|支持|提供|允许|能|给|让|走|过|经过?|开)?(?:任何)?"
                      rf"(?:{places})?$"
                      # (stop 45) and proof that cannot be issued (开不了发票, 开不出小票)
                      r"|[开给出]不[了出]$"
                      r"|[差缺少]了?个?$")
VOWELS = frozenset("aeiouy")       # lowercase initials holding one may be an English word
CURRENCY_SIGNS = frozenset("$¥￥€£")
# an English word one space before a counterfeit word, and the word after its plural
QUANTIFIER_BEFORE = re.compile(r"(?<![A-Za-z'’])([A-Za-z]+)\s+$")
HABIT_AFTER = re.compile(r"(?:e?s)?\s+([A-Za-z]+)\b")
CURRENCY_CODE = re.compile(r"[$¥￥€£]\s?\d")     # after a currency's letters: NT$1400, HK$39
LATIN_WORD_BEFORE = re.compile(r"(?<![A-Za-z])[A-Za-z]+$")
WORD_BEFORE = re.compile(r"(?<![A-Za-z'’])[A-Za-z'’]+$")      # with its apostrophe: I'm, we're
# what a buyer paid for his own purchase (在某平台花¥118买的, 花了1280元买的): a ``purchase`` word
# or a price written straight before 买的 (粉丝寄来一个￥35买的X, 188块买的, 238米买的: 米 is 元 in
# slang, as after 花): what someone paid
PAID = re.compile(r"花了?\s?(?:[$¥￥€£]\s?)?\d[\d,.]*\s?(?:元|块钱|块|米)?\s?[买购]"
                  r"|(?:[$¥￥€£]\s?\d[\d,.]*|\d[\d,.]*\s?(?:元|块钱|块|米))\s?买的"
                  # the English twin: got, bought, ordered or picked up … for a price, paid a
                  # price ("My friend got this X for £98 from a guy on Facebook", "paid $40 for
                  # it", "Ordered X from an ad for €14")
                  r"|(?i:\b(?:got|bought|ordered|purchased|picked up|paid)\b"
                  r"[^.!?\n]{0,60}?\bfor\s?[$£€¥]\s?\d"
                  r"|\bpaid\s?[$£€¥]\s?\d)")
# a sentence that opens with a selling verb and asks (Selling fake X? Expect a takedown): it speaks
# to sellers, the reader is the one who sells
ASKS_SELLERS = re.compile(r"(?:^|(?<=[.!?。！？\n]))\s*((?i:(?:are you |you )?(?:selling|sell)\b)"
                          r"[^.!?。！？\n]{1,80}[?？])")
# a sentence whose subject is the act of selling or buying (Selling counterfeit goods can bring
# criminal charges; Selling knock-offs may get you sued): a gerund opening it and a modal verb in its
# clause say what the trade leads to, no offer ("Selling my X, can meet on campus": the comma ends
# the gerund's clause first)
TRADE_AS_SUBJECT = re.compile(
    r"(?:^|(?<=[.!?。！？\n]))\s*((?i:(?:re)?selling|buying)\b[^.!?,;:。！？，；：\n]{1,80}?"
    r"\b(?i:can|could|may|might|will|would|should|must)\b[^.!?。！？\n]*)")
# (stop 38) the same asked: whether the trade is a crime, legal, worth the risk (Is selling fake X a
# crime? Is buying replicas illegal?): the question's subject is the act, its reader no buyer
TRADE_ASKED = re.compile(
    r"(?:^|(?<=[.!?。！？\n]))\s*((?i:(?:is|isn't|was|are)\s+(?:it\s+)?(?:(?:re)?selling|buying)\b)"
    r"[^.!?。！？\n]{1,80}[?？])")
# (stop 42) a question whether the trade or the goods are lawful or genuine, read by its shape and
# not one word order (Is selling a '1:1 X' legal? / Q: Is it legal to sell …? / Selling a 1:1 X: is
# that legal? / Can I legally sell …? / 问：卖1:1的X是否合法？ / 卖高仿X算不算侵权？ / X 1:1 ¿es
# legal?): a question sentence whose clause opens on an interrogative or modal word (is, can,
# should …; ¿), or a Chinese question form (是否, 能不能, 算不算 …, or 吗 at its end), holding a
# legality predicate anywhere (legal, allowed, a crime, infringe …; 合法, 违法, 侵权 …) or an
# authenticity one as its last word (… real? / … genuine? / 是不是正品？, not a seller's 你还想要正品吗？).
# Its reader is no buyer:
# the counterfeit and selling words inside it are the case asked about, as in TRADE_ASKED's
# "Is selling fake X a crime?". A seller's own question (Is this the best 1:1 X? DM me) holds no
# predicate, and clauses before the question that hold a price are his (1:1 X ¥99包邮，违法吗？).
ASKED_SENTENCE = re.compile(r"(?:[^。！？!?.\n]|\.(?!\s))+(?:[？?]|[吗么嘛](?=\s*(?:[。！!\n]|$)))")
LABEL = re.compile(r"(?i)^\s*(?:q(?:uestion)?\s*\d*|asked|问|提问|请问|网友问|咨询)\s*[:：.]?\s*")
ASKS_LATIN = re.compile(
    r"(?i)(?:^|(?<=[,:;(–—]))\s*[\"'“‘]?(?:is|are|was|were|am|isn['’]t|aren['’]t|wasn['’]t|can|"
    r"could|may|might|should|would|will|do|does|did|must|shall|am i|es|está|son|puedo|se puede|"
    r"pode|posso|é)\b|¿")
LEGALITY_LATIN = re.compile(
    r"(?i)\b(?:legal(?:ly)?|illegal(?:ly)?|lawful(?:ly)?|unlawful(?:ly)?|allowed|permitted|"
    r"permissible|a crime|criminal|against the law|infring\w*|(?:ok|okay|legit|fine) to (?:sell|"
    r"resell|buy|import|own)|ilegal|delito|crimen|permitido|proibido)\b")
AUTHENTIC_LATIN = re.compile(
    r"(?i)\b(?:real|genuine|authentic|legit|original)(?:\s+or\s+(?:not|fake))?\s*[?？]$")
ASKS_CHINESE = re.compile(r"是否|能否|可否|是不是|算不算|会不会|能不能|可不可以|合不合法|违不违法|"
                          r"犯不犯法|侵不侵权|[吗么嘛][？?]?\s*$")
LEGALITY_CHINESE = re.compile(r"合法|违法|犯法|侵权|违规|允许|犯罪|合规")
ASKED_MARKS = ("?", "？", "吗", "么", "嘛")
AUTHENTIC_CHINESE = re.compile(r"是(?:不是)?(?:正品|真品|正货)[吗么嘛]?[？?]?\s*$")
# (stop 43) ... or, when it names a counterfeit word of its own, whether the asker may sell the
# goods at all (Can I resell a first copy X? / 1:1的X能卖吗 / 高仿X可以转卖吗): his permission to
# sell copies is the case asked about, as 合法吗 asks it. Not a seller's "Can I sell you …?" nor
# 可以卖给你 (their object is the reader: an offer), nor a live seller's 真的能卖这个价吗？ (the
# price is what is sold at: a boast)
SALE_ASKED_LATIN = re.compile(
    r"(?i)\b(?:can|could|may|might|should)\s+(?:i|we|one)\s+(?:legally\s+|still\s+|also\s+|"
    r"even\s+)?(?:re-?)?sell\b(?!\s+(?:you|u|ya|to\s+you|it\s+for|them\s+for|for)\b)")
SALE_ASKED_CHINESE = re.compile(r"(?:能|可以|可不可以|能不能|可否|能否)(?:转|再|拿出来|拿去)?"
                                r"(?:卖|出售|转卖|转售|销售)(?!给你|给您|这个?价|这么|那么|多少|到|出去|得)")


# (stop 43) the verdict that spans what a warning tells the reader to beware of
# (BrandGuard._warnings_objects)
WARNED_AGAINST = "warned_against"
# verdicts read from a sentence's shape to where they end, not widened to their run of text again
# (a Chinese question's run went on past its ？: 真的能卖这个价吗？X原单尾货 took the offer after it)
# (stop 44) and the verdicts over what a rule forbids posters to post and over the sentence holding
# a rule's sanction (below), and a buyer's question whether to buy (context.BUYING_ASKED)
PROHIBITED = "prohibited"
SANCTIONED = "sanctioned"
READ_TO_THEIR_END = frozenset({WARNED_AGAINST, "legality_question", PROHIBITED, BUYING_ASKED})
# (stop 44) A rule addressed to posters (a group's, a moderator's) forbids what it names: a
# prohibition opening what may not be posted (本群禁止发X高仿广告, 严禁在群里推销…, Mod post: no X
# 'AAA' listings here, Do not post replica X ads) is read as a warning's object is
# (_warnings_objects), to the end of its sentence or run, up to a clause holding a price, a way to
# reach the poster or the poster himself. A prohibitive needs a posting verb after it (禁止议价,
# 不许砍价 are a seller's terms; 说不准, 拿不准 say "unsure"), English "no" a clause of its own and
# a posting noun (a seller's "no fakes here, only 1:1 top quality" names none)
PROHIBITED_CHINESE = re.compile(
    r"(?:禁止|严禁|不许|(?<![说拿看猜])不准|请勿|不允许)"
    r"(?:在?(?:本群|群里|群内|此群|这里|本帖|评论区|群))?"
    r"(?:发布?|转发|卖|出售|销售|推销|兜售|打广告|刷屏|带货)")
PROHIBITED_LATIN = re.compile(
    r"(?i)(?:(?<![^\s:.!?–—•*])(?<![A-Za-z]\s)|(?<=[:.!?–—•*]\s))"
    r"(?:no|zero)\s+(?:[^\s.!?,;:]+\s+){0,6}?(?:listings?|posts?|ads|adverts?|advertisements?|"
    r"advertising|selling|sales|links?|spam)\b"
    r"|\b(?:do\s+not|don['’]t|never)\s+(?:post|advertise|list|promote|spam)\b")
# (stop 44) ... and the sanction a rule announces for posting (再看到有人发X高仿的链接，直接移出
# 群聊; Posts selling X described as AAA will be removed; Listings of X replicas are not allowed):
# the sentence it ends, commas included, is the rule, its counterfeit and selling words what the
# rule is about. Read only in a sentence naming a posting act or thing and in a record with no
# price and no way to reach the poster (a seller's "listing will be removed soon … $45 DM me",
# 砍价的直接拉黑 beside his price, speak of his own listing and buyers)
SANCTION = re.compile(
    r"移出(?:本群|群聊|群)|踢出|(?:直接|一律|立即|马上|立刻)踢|拉黑|封禁|禁言|删帖|(?:一律|直接|立即)删除"
    r"|(?i:\b(?:will|shall|must|would)\s+be\s+(?:removed|deleted|banned|blocked|kicked|"
    r"taken\s+down)\b|\b(?:is|are)\s+not\s+(?:allowed|permitted|tolerated)\b"
    r"|\b(?:isn['’]t|aren['’]t)\s+(?:allowed|permitted|tolerated)\b"
    r"|\b(?:is|are)\s+(?:strictly\s+)?(?:prohibited|banned|forbidden)\b"
    r"|\bgets?\s+(?:you\s+)?(?:removed|deleted|banned|kicked)\b)")
POSTING = re.compile(r"发|卖|推销|兜售|广告|链接|刷屏|带货|(?i:\b(?:post(?:s|ing|ed|er)?|listings?|"
                     r"listed|ads?|adverts?|advertis\w*|sell(?:s|ing|ers?)?|vendors?|links?|"
                     r"promot\w*)\b)")
# (stop 44) A commerce or sale word after an imperative negation (别去下单, 不要下单, 千万别加微信,
# 别点链接) is advice not to buy: no way to buy from the poster. Not a seller's terms to the buyers
# he turns away, a condition before them (介意的别下单, 犹豫者不要下单, 不满意别下单: 的 or 者 before
# the negation, or a condition in its clause)
IMPERATIVE_NEGATION = re.compile(
    r"(?:别|不要|千万别|千万不要|切勿|请勿)(?:去|再|随便|轻易|急着|贸然)?[加点找扫进私]?$")
BUYERS_CONDITION = re.compile(r"[的者]$|介意|犹豫|不喜欢|不满意|嫌|如果|要是|不想|不懂|不急|不信|"
                              r"不接受|想好|在意|不能接受")
# (stop 44) A counterfeit word named as a word, a claim (尾单说法多是幌子, "原单"这个叫法只是噱头):
# the sellers' word mentioned, not used; an ``attribution`` over its run of text
MENTIONED_AFTER = re.compile(r"[”」』\"']?(?:的|这个|这种|这一|这套|一)?(?:说法|叫法|字眼|名头|噱头|幌子)")
# (stop 40) a message counted as a thing (收到一条私信：“…”, 这条私信): a DM the poster got, not his
# call to write to him (私信我, 私信领券); only the message words, not 微信 or 联系, and not after
# 的 (有需要的私信, 想要同款的私信我 are a seller's calls)
MESSAGE_WORDS = frozenset({"私信", "私讯"})
MESSAGE_AS_A_THING = frozenset("条封")
# (stop 39) contact received in English: other people writing to the poster ("So many of you DM
# me asking whether …", "People keep messaging me about …", "I get DMs every day asking"), not his
# call to write to him ("DM me for price")
RECEIVED_LATIN = re.compile(
    r"(?i)(?:\b(?:(?:so\s+)?(?:many|lots|a\s+lot|tons|loads|some|most)\s+of\s+(?:you|my\s+"
    r"followers|people)|(?:so\s+)?many\s+(?:people|followers|buyers))\s+(?:(?:keep|kept|always|"
    r"often|constantly|have|has|still)\s+)?"
    # people, followers, you guys uncounted: only with the habit or the perfect that makes the
    # sentence a report ("People keep DMing me"; "Interested people DM me" is a seller's call)
    r"|\b(?:people|followers|you\s+guys)\s+(?:keep|kept|always|often|constantly|have|still)\s+)"
    r"(?:been\s+)?(?:dm(?:'?d|ed|ing|s)?|pm(?:'?d|ed|ing|s)?|messag(?:e|ed|es|ing)|"
    r"email(?:ed|s|ing)?|text(?:ed|s|ing)?)\s+me\b"
    r"|\bi\s+(?:keep\s+|always\s+|still\s+)?get(?:ting)?\s+(?:so\s+many\s+|a\s+lot\s+of\s+|"
    r"lots\s+of\s+|tons\s+of\s+)?(?:dms|pms|messages)\b")
# (stop 39) a verdict on a class of goods in English: a hedge before the counterfeit word ("they're
# basically all fakes", "almost all of them are replicas", "mostly knockoffs")
CLASS_HEDGE_LATIN = re.compile(
    r"(?i)(?:(?:\b(?:are|were|is)|['’]re)\s+(?:(?:basically|almost|nearly|practically|virtually|"
    r"pretty\s+much)\s+(?:all|always)|mostly|most\s+likely)\s+(?:an?\s+)?"
    r"|\b(?:(?:basically|almost|nearly|practically|virtually|pretty\s+much)\s+all|most)\s+of\s+"
    r"(?:them|these|those)\s+(?:are|were)\s+(?:an?\s+)?)$")
# the English 不是正品 read from its shape: "not real", "not legit" said of the goods (Not real but
# looks legit; …, not real, priced accordingly), not of a material before its noun (not real
# leather); "not really" is another word
NOT_GENUINE_LATIN = re.compile(
    r"(?i)\bnot\s+(?:real|legit)(?=\s*(?:[,.;:!?)\-–—]|$)|\s+(?:but|though|tho)\b)")
# the genuine article as the measure of sameness in English (logo and tags like the real one,
# identical to the original ones): 和正品一模一样's reading; not a question (is it like the real
# one?), nor "as the real ones", which a seller's hearsay reads (Same factory as the real ones they
# say: an attributed sentence, whose counterfeit words would set his own price aside)
LIKE_THE_REAL_ONE = re.compile(
    r"(?i)\b(?:like|to)\s+the\s+(?:real|genuine|original|authentic)\s+(?:ones?|things?|items?|"
    r"pairs?)\b(?![^.!?\n]*\?)")
# (stop 45) the brand's channel denied in English (not from an authorised dealer, not the official
# importer, no brand warranty, not from the brand store): a negation, a few small words, the brand
# or its authorisation and what it sells through
DISOWNED_LATIN = re.compile(
    r"(?i)\b(?:not|no|non|without|never)\b(?:\s+(?:from|through|via|by|at|in|on|the|an?|its|sold|"
    r"bought|made|shipped))*\s+(?:the\s+)?(?:brand|brand's|official|authori[sz]ed)(?:\s+[a-z]+)?\s+"
    r"(?:dealers?|stores?|shops?|importers?|retailers?|warrant(?:y|ies)|channels?|boutiques?|"
    r"sellers?|distributors?|outlets?|paperwork|papers|(?:web)?sites?)\b"
    # (stop 48) in French, Spanish and Portuguese: not from the brand's shop, no brand warranty
    r"|\b(?:pas|non)\s+(?:de|du|chez)\s+(?:la\s+|le\s+)?(?:boutique|magasin|revendeur)\s+"
    r"(?:de\s+la\s+marque|officiel)|\b(?:sem|sin)\s+garant[ií]a\s+(?:da|de\s+la)\s+marca\b")
# (stop 45) the mark's label made or put on by someone else in English (logo made to order, logo
# put on at the workshop, tags printed on, we add the logo)
LABEL_MADE_LATIN = re.compile(
    r"(?i)\b(?:logos?|labels?|tags?)\b[^.,;!?\n]{0,20}?\b(?:put\s+on|added|printed\s+on|"
    r"stitched\s+on|sewn\s+on|made\s+to\s+order|applied)\b"
    r"|\b(?:put|add|print|stitch|sew)(?:s|ed|ing)?\s+(?:the|a|any|your)?\s*logos?\b"
    # (stop 48) the logo put on, sewn or printed in French and Spanish (le logo est posé chez nous)
    r"|\blogos?\s+(?:est\s+|a\s+été\s+|sont\s+|fue\s+)?(?:posée?s?|ajoutée?s?|cousue?s?|"
    r"brodée?s?|imprimée?s?|puestos?|bordados?|cosidos?)\b")
# (stop 45) the inspection itself turned down (不接受鉴定, 拒绝验货, 唔接受去專櫃驗): what stop 40 read as
# a resale's proof refused (``_proof_refused``) is, said of goods on offer, a seller of copies' word
# (stop 46: ``_refused_inspection``, with the rules' `inspection_places`, 任何 (不支持任何鉴定) and an
# inspection gone round, 不走转转验货, 没过牌子验货; not 不过, "but")
def _refused_inspection(rules: Rules) -> re.Pattern:
    """The inspection turned down or gone round, as one match (see above)."""
    places = _alternatives(rules.inspection_places)
    inspection = r"(?:鉴定|验货|查验|检测|验)"
    failed = ""
    if rules.fails_after:
        # (stop 48) the inspection failed (验不过的, 过不了鉴定): a clause's end after it, not
        # 验货不过运费自理 ("but")
        failed += (rf"|{inspection}(?:{_alternatives(rules.fails_after)})"
                   r"(?=[的了啦呢，。！？；,.!?;\s]|$)")
    if rules.fails_before:
        failed += rf"|(?:{_alternatives(rules.fails_before)})(?:{places})?{inspection}"
    return re.compile(rf"(?:(?:[不唔](?:接受|支持|允许)|拒绝|谢绝)(?:任何)?(?:去)?(?:{places})?"
                      rf"|(?:不走|没走|没过|不经过?|没经过?|未经过?)(?:{places}))"
                      rf"{inspection}{failed}")


# (stop 46) a price said to be a fraction of the genuine one's, in English, French and Spanish (a
# third of the retail price, un quart du prix boutique; not "half the retail price", a reseller's
# word too); the Chinese from the rules' `retail_referents` (``_retail_fraction``)
FRACTION_LATIN = re.compile(
    r"(?i)\b(?:(?:an?|one)\s+)?(?:third|quarter|fifth|tenth|fraction)\s+(?:of\s+)?(?:the\s+)?"
    r"(?:retail|shop|store|boutique|official|brand(?:'s)?|rrp|list|mall)\s+price"
    r"|\b(?:un|le)\s+(?:quart|tiers|cinquième|dixième)\s+du\s+prix\s+(?:boutique|magasin|officiel|"
    r"de\s+la\s+marque)"
    r"|\b(?:un\s+tercio|un\s+cuarto|la\s+quinta\s+parte)\s+del\s+precio\s+(?:de\s+)?(?:tienda|"
    r"oficial|original)")
# (stop 48) and a tenth said as a discount (免税店的一折价), not a sale's 一折起 ("from 90 % off")
# (stop 50) and in tenths (价钱只有商场三成), not 成本, 成品, 成功 …
CHINESE_FRACTION = (r"(?:[一二三四五六七八九十两\d]+分之[一1]|零头|[一1]折(?!起)"
                    r"|[一二三四五两]成(?![本品功员年绩熟立长交为人]))")


def _retail_fraction(rules: Rules) -> re.Pattern | None:
    """A price a fraction of the genuine one's in Chinese (see `retail_referents`)."""
    if not rules.retail_referents:
        return None
    referents = _alternatives(rules.retail_referents)
    return re.compile(rf"(?:{referents})(?:的)?(?:价格?|售价)?(?:的)?{CHINESE_FRACTION}"
                      rf"|{CHINESE_FRACTION}(?:的)?(?:{referents})(?:价|售价)")


# (stop 45) a report word gone round, not reported (不走海关, 绕过海关, 逃过检查): right before a
# `benign` word it is a smuggler's boast, the word no news
EVADED_BEFORE = re.compile(r"(?:不走|不经过?|未经过?|没走|没过|绕过|绕开|逃过|逃避|躲过|避开)$")
# (stop 45) what ends a Chinese clause for the brand's denial and the label's maker: a comma, a
# stop, a space (a title's phrases)
CLAUSE_BREAK = re.compile(r"[，。！？；：,.;:!?\s]")
# (stop 45) the derived words' names: a look-alike (the brand's channel denied) and a counterfeit
# word (the mark's label made by someone else), read only in a record that offers
DISOWNED = "brand_disowns_goods"
# (stop 46) a look-alike word (a price a fraction of the genuine one's: context.RETAIL_FRACTION)
# and a counterfeit word (the genuine article copied: context.COPIED), read only in a record that
# offers, as those are
# (stop 43) the English 不是正品 as a counterfeit word reads it (the listed notoriginal, …, and
# NOT_GENUINE_LATIN's "not real"): a disclosure when the goods are said to fit the mark
NOT_GENUINE_WORDS = re.compile(r"not\s*(?:original|authentic|genuine|real|legit)")
# (stop 45) a look-alike word's marking denied before it in its clause (不带任何原厂标识, 无原厂logo)
MARKING_DENIED = re.compile(r"(?:不带|不含|不印|不贴|没带|没有|无|未印)(?:任何)?$")
# (stop 45) what reported goods turned out to be (其实是仿品): the poster's finding
FOUND_OUT = ("其实是", "其實是", "原来是", "原來是", "实际上是", "實際上是", "实际是", "實際是")
FOUND_NOT_GENUINE = "found_not_genuine"
# the genuine article named in English (a genuine Rolex costs $5,000): the `genuine` list's words
GENUINE_LATIN = re.compile(r"\b(?:genuine|authentic)\b", re.IGNORECASE)
# a question: a sentence ending in a question mark (朋友送了个X，我怀疑是高仿，怎么去验？ / Is my X
# fake?), from the end of the sentence before it (。！？!? or a full stop before a space)
QUESTION = re.compile(r"(?:[^。！？!?.\n]|\.(?!\s))+[？?]")
# a question whether to buy (微商卖的X能买吗, 这个值得买吗) and a bare answer "no" after it, a
# sentence of its own (不能。, 别买！; stop 43: after a label's colon, 答：不能, or before one, No: …):
# a buyer's question answered with a warning
BUYING_QUESTION = re.compile(
    r"(?:能|可以|值得|敢|该)买吗|能不能买|可不可以买|值不值得买|要不要买"
    # the English twin: a question (up to its question mark) whether to buy
    r"|(?i:\b(?:(?:can|should|could) (?:i|we|you)(?: still)? buy|(?:is it|are they) (?:safe|ok"
    r"|okay|worth it) to buy|worth buying|legit to buy)\b[^?？\n]{0,60}[?？])")
ANSWERED_NO = re.compile(r"(?:^|(?<=[\n。！？；，：!?;,:]))\s*(?:不能|不可以|不行|不要买|别买|不建议|不值得"
                         # a bare English "no" (No. / Nope! / Don't. / Don't buy it.)
                         r"|(?i:no|nope|don[’']?t|do not|don[’']?t buy(?: it| them)?|not worth it))"
                         r"(?=\s*(?:[\n。！？；，：!?;,.:]|$))")
# (stop 44) an English answer that leaves the question's predicate out, a sentence ending on its
# auxiliary (Is it illegal to resell …? / Selling it is. Keeping one isn't.): it answers the
# question before it, whatever it names
ELLIPTICAL_ANSWER = re.compile(
    r"(?:^|(?<=[\n.!?。！？]))\s*[^.!?。！？\n]{1,40}?\b(?i:is|isn['’]t|are|aren['’]t|was|wasn['’]t|"
    r"can|can['’]t|cannot|could|does|doesn['’]t|do|don['’]t|will|won['’]t|would|wouldn['’]t|"
    r"may|might)(?:\s+(?i:not|too|either))?\s*[.!](?=\s|$)")
# what may follow a speech verb in a request to be told (跟我说一声, 跟我说下哦)
REQUEST_TAIL = frozenset("一声下哦呀吧啊哈嘛噢喔哟呢~～!！")
# a rare reading is tried in windows this many characters either side of its character
RARE_SPAN = 8
# characters that may stand between a comparison's marker and its genuine referent, and between
# the referent and the sameness word (跟你在商场看到的一个样: 你在, 看到的)
REFERENT_GAP = 4
# (stop 42) what closes a name set apart before its goods, and the words that mark a maker's name
NAME_CLOSERS = frozenset("】)）》」』]〗〕>")
MAKER_MARKERS = ("品牌", "牌", "家")


def _traditional_map(normalizer) -> tuple[dict[int, str], re.Pattern]:
    """Each traditional character of the basic CJK block and its simplified one, one character
    for one so offsets hold (專櫃 as 专柜), and a pattern finding any of them: the normaliser's
    own OpenCC fold (``Normalizer.simplified``; stop 43: converting the block again cost 69 ms of
    each build), kept in the guard's cache."""
    table = normalizer.simplified()
    return table, re.compile("[" + "".join(map(chr, sorted(table))) + "]" if table else "(?!)")
# words in quotation marks: what a warning quotes (商家说的“包邮”“私聊”都是套路)
# and English single quotes, opened after a space and closed before one or punctuation (PSA: that
# 'factory direct' serum is fake), never an apostrophe inside a word (it's, sellers')
QUOTED = re.compile(r"[“「『\"]([^“”「」『』\"\n]{1,40})[”」』\"]"
                    r"|(?<![^\s(\[])['‘]([^'‘’\n]{1,40})['’](?![^\s.,;:!?)\]])")
# (stop 40) a longer quotation after a word that reports speech: an ad or a seller's message
# quoted whole by a warning ("If an ad says 'X, same factory, $19.9 + free ship, DM me', it's not
# the real thing"; 广告上写着“…”), up to 120 characters, an apostrophe inside a word (I'll)
# allowed in single quotes. Only after such a word: a seller's own offer set in quotes, with
# nobody said to have said it, stays his
LONG_QUOTED = re.compile(r"[“「『\"]([^“”「」『』\"\n]{1,120})[”」』\"]"
                         r"|(?<![^\s(\[])['‘]((?:[^'‘’\n]|(?<=\w)['’](?=\w)){1,120})['’]"
                         r"(?![^\s.,;:!?)\]])")
QUOTE_INTRO = re.compile(r"(?:(?i:\b(?:says?|said|saying|swore|swears|claim(?:s|ed|ing)?|"
                         r"described\s+as|reads?|reading|wrote|writes|written|posted|"
                         r"promis(?:es|ed|ing)|advertis(?:es|ed|ing)))|说|称|写着|写的|写道|"
                         r"宣传|广告语?|文案|私信|消息)[\s:：,，]*$")
QUOTE_INTRO_REACH = 24      # characters before the quotation where the word may end
# an English sentence ends at . ! ? before a space (not in $9.99) or a line's end; its clauses at
# , ; : before a space (Chinese stops end both)
LATIN_SENTENCE_END = re.compile(r"[.!?](?=\s|$)|[。！？\n]")
CLAUSE_STOP = re.compile(r"[,;:](?=\s|$)|[，；：]")
# a word of a script written with spaces (Latin, Cyrillic, Greek, fancy letters, digits), apostrophes
# inside it included: one unit of distance, as one Chinese character is
WORD = re.compile(r"[^\W\u2e80-\u9fff\uf900-\ufaff\U00020000-\U0003ffff]+"
                  r"(?:['’][^\W\u2e80-\u9fff\uf900-\ufaff\U00020000-\U0003ffff]+)*")
# Leetspeak beyond digits: a symbol written for a letter inside a Latin word (Pr@da, Hu@wei, Gucc!)
# or starting one ($ony, €rke); not a mention (@nike) nor a price ($35, US$35)
SYMBOL_LETTERS = {"@": "a", "$": "s", "€": "e"}
# a letter of a script written with spaces (Latin, Cyrillic, Lisu ...), not a Chinese character
_SPACED_LETTER = r"[^\W\d_\u2e80-\u9fff\uf900-\ufaff\U00020000-\U0003ffff]"


def _symbol_reading() -> tuple[dict[str, str], re.Pattern]:
    """The symbols read as letters and where: ``SYMBOL_LETTERS``, and those the confusables
    table reads as letters (E𝈖KE, 𝈓IᏞА, Estee 𝈪auder) beside letters of any script but
    Chinese (耐𝈖克 is 耐克 with a symbol between). Built with the guard: the table costs 0.15 s."""
    table = confusable_symbols()
    symbols = "".join(sorted(table))
    return {**SYMBOL_LETTERS, **table}, re.compile(
        r"(?<=[A-Za-z])[@$€](?=[A-Za-z])|(?<![A-Za-z0-9@$€])[$€](?=[A-Za-z]{2})"
        rf"|(?<={_SPACED_LETTER})[{symbols}](?={_SPACED_LETTER})"
        rf"|(?<![^\W_])[{symbols}](?={_SPACED_LETTER}{{2}})")


# Latin words with single spaces or hyphens between them, each of two letters or more: that is how
# words are written, not a separator inserted into a mark (cha cha, cha-cha for ChaCha; N I K E
# and N-I-K-E are one)
LATIN_WORDS = re.compile(r"[A-Za-z]{2,}(?:[ -][A-Za-z]{2,})+")
# a Latin word a space after a position, or ending a space before one (``_english_word``); an
# underscore joins a handle's words as a space does (student_sell)
LATIN_WORD_AFTER = re.compile(r"[ _][A-Za-z]{2,}")
LATIN_WORD_ENDS = re.compile(r"(?<![A-Za-z])[A-Za-z]{2,}[ _]$")
# English punctuation ends a clause when a space or the end follows it (not 1.5, 3.0, 1:1)
LATIN_STOP = re.compile(r"[,.!?;:](?=\s|$)")
# distinct records and field texts whose slow-path reading is kept (a few kB each)
READINGS_KEPT = 4096
FIELDS_KEPT = 8192


@dataclass
class Hit:
    """One brand found in one field, decided on its own context."""

    brand: Brand
    via: str
    pattern: str
    field: str
    start: int              # offsets into the ORIGINAL field text
    end: int
    matched: str
    evasions: tuple[str, ...]
    decision: str = "none"
    rule: str = ""
    score: int = 0
    signals: tuple[Signal, ...] = ()
    weak_sound: str | None = None   # see context.Evidence
    ambiguous: bool = False

    def to_json(self) -> dict:
        return {"brand": self.brand.mark, "brand_id": self.brand.id, "owner": self.brand.owner,
                "via": self.via, "pattern": self.pattern, "field": self.field,
                "start": self.start, "end": self.end, "matched": self.matched,
                "evasions": list(self.evasions), "signals": [s.to_json() for s in self.signals],
                "score": self.score, "decision": self.decision, "rule": self.rule}


@dataclass
class RecordResult:
    """What scanning one record produced; ``error`` is set instead of raising, so batches go on."""

    id: str
    account: str | None
    decision: str = "none"
    rule: str = "no_brand_hit"
    hits: list[Hit] = field(default_factory=list)
    absolute_terms: list[Signal] = field(default_factory=list)
    error: str | None = None
    ticket: str | None = None

    @property
    def actionable(self) -> list[Hit]:
        """Hits that warrant a measure (and so a ticket for the brand owner)."""
        return [hit for hit in self.hits if SEVERITY[hit.decision] >= SEVERITY["demote"]]

    def to_json(self) -> dict:
        return {"id": self.id, "account": self.account, "decision": self.decision,
                "rule": self.rule, "hits": [hit.to_json() for hit in self.hits],
                "absolute_terms": [{"term": s.word, "field": s.field, "start": s.start,
                                    "end": s.end, "matched": s.matched}
                                   for s in self.absolute_terms],
                "ticket": self.ticket, "error": self.error}


class _FieldReading(NamedTuple):
    """One field's text as the slow path reads it, whatever record it comes in."""

    views: FieldViews
    signals: list[Signal]               # positioned from the field's start
    hits: dict[tuple[bool, bool], list[Hit]]   # by whether the record holds a trigger word,
                                               # and whether it holds one or offers
    written: str = ""                   # the field as written (views read symbols as letters)


class _Reading(NamedTuple):
    """A record's texts as the slow path reads them: hits decided as if no brand had authorised
    the account (the one input besides the texts)."""

    signals: list[Signal]
    absolute: tuple[Signal, ...]
    hits: tuple[Hit, ...]               # templates: ``_analyse`` copies them
    evidence: tuple[Evidence, ...]
    verdicts: tuple[Verdict, ...]
    advertises: bool                    # sales talk and no resale: absolute terms need a look
    text: str                           # the fields joined as positions count them ("" if no hit)


class BrandGuard:
    """Brands + rules, compiled once; ``scan`` is then safe to call millions of times."""

    def __init__(self, brands: list[Brand], rules: Rules | None = None,
                 model: ContextModel | None | str = "shipped"):
        """``model``: the learnt context model that reconsiders the rules' verdicts (learnt.py),
        the package's own by default, None for the rules alone."""
        self.rules = rules or load_rules()
        self._shipped = model == "shipped"
        self.model = shipped_model() if self._shipped else model
        self.normalizer = normalizer(self.rules.emoji_words, self.rules.fuzzy_pinyin)
        self.index = BrandIndex(brands, self.rules, self.normalizer)
        self.words = word_table()
        self.english = english_words(self.rules.glued_word_min_zipf)
        self.common_english = english_words(self.rules.initials_english_min_zipf)
        self.accented = accented_words()
        self.everyday = everyday_characters(self.rules.everyday_character_min_zipf)
        self._symbol_letters, self._symbol_letter = _symbol_reading()
        self._t2s, self._traditional = _traditional_map(self.normalizer)
        self._cues: dict[int, tuple[str, ...]] = {}
        self._fields: dict[tuple[str, str], _FieldReading] = {}
        self._readings: dict[tuple[str, str, str], _Reading] = {}
        self._owners: dict[str, list[Brand]] = {}       # account -> brands it owns or sells
        self._first_person = _whole_words(self.rules.first_person)
        self._others = _third_parties(self.rules)
        self._own_order = _own_order(self.rules)
        self._received = _received_contact(self.rules)
        self._class_hedge = _class_hedge(self.rules)
        self._warned = _warned_against(self.rules)
        self._fits = _compatible_with(self.rules)
        self._proof_refused = _proof_refused(self.rules)
        self._refused_inspection = _refused_inspection(self.rules)
        self._retail_fraction = _retail_fraction(self.rules)
        self._sale_refusals = _sale_refusals(self.rules)
        for brand in brands:
            for name in (brand.owner, *brand.authorized):
                self._owners.setdefault(name, []).append(brand)

    def __getstate__(self) -> dict:
        """What the guard's cache file keeps: the compiled guard, not what it has read since.
        The shipped model's weights too (1 MB; the cache is keyed by the model file): reading
        them from the package's ``.npz`` cost every scan NumPy's ``zipfile`` import and an
        inflate, 10-15 ms of its start."""
        return dict(self.__dict__, _fields={}, _readings={}, _listing_words=None)

    def __setstate__(self, state: dict) -> None:
        state.setdefault("_fields", {})
        state.setdefault("_readings", {})
        self.__dict__.update(state)
        if state.get("_shipped") and state.get("model") is None:   # pickled without its weights
            self.model = shipped_model()

    def use_model(self, model: ContextModel | None) -> None:
        """Decide with another context model from now on (None: the rules alone)."""
        self.model, self._shipped = model, False
        self._readings.clear()

    def _decide(self, evidence: Evidence, signals: list[Signal], text: str) -> Verdict:
        """The rules' verdict, reconsidered by the context model when there is one."""
        verdict = decide(evidence, signals, self.rules)
        if self.model is None:
            return verdict
        return not_acted_on(evidence, self.model.judge(evidence, verdict, signals, text,
                                                       self.rules), signals, self.rules)

    def scan(self, record: ScanRecord) -> RecordResult:
        texts = record.texts
        limit = self.rules.max_field_chars
        if len(texts[0]) > limit or len(texts[1]) > limit or len(texts[2]) > limit:
            name, text = max(zip(FIELDS, texts), key=lambda item: len(item[1]))
            return RecordResult(record.id, record.account, error=(
                f"record {printable(record.id)}: {name} is {len(text)} characters, limit {limit}"))
        if not self.index.worth_a_look(texts):
            return RecordResult(record.id, record.account)
        return self._analyse(record)

    def scan_many(self, records: list[ScanRecord]) -> list[RecordResult]:
        """``scan`` of each record, the hot path run over all of them at once (see
        ``BrandIndex.worth_a_look_many``): what a file scan calls, a batch at a time."""
        found = self.scan_found(records)
        return [found[index] if index in found else RecordResult(record.id, record.account)
                for index, record in enumerate(records)]

    def scan_found(self, records: list[ScanRecord]) -> dict[int, RecordResult]:
        """``scan_many``'s results by index, for the records whose result is not clean
        (``RecordResult(id, account)``: no hit, decision none) or may not be; every other
        record is clean. A file scan prints and stores the clean 95 % of everyday traffic from
        the records themselves, with no result objects."""
        limit = self.rules.max_field_chars
        fields = list(chain.from_iterable(map(TEXTS, records)))
        if not fields or max(map(len, fields)) > limit:     # each too long one: its error
            return {index: self.scan(record) for index, record in enumerate(records)}
        look = self.index.worth_a_look_many(fields, len(FIELDS))
        return {index: self._analyse(records[index]) for index in sorted(look)}

    # -- the slow path, for records that hit something ---------------------------------------------
    def _analyse(self, record: ScanRecord) -> RecordResult:
        reading = self._read(record.texts)
        result = RecordResult(record.id, record.account, absolute_terms=list(reading.absolute))
        hits = []
        for index, (template, evidence, verdict) in enumerate(
                zip(reading.hits, reading.evidence, reading.verdicts)):
            if template.brand.allows(record.account):       # the one part that is the account's
                verdict = decide(replace(evidence, authorised=True), reading.signals, self.rules)
            elif evidence.via in SOUND_VIAS and record.account:
                owns = self._poster_owns(template, record.account, reading.hits)
                if owns:       # another brand's account: its own characters are no sound-alike
                    verdict = self._decide(replace(evidence, poster_owns=owns), reading.signals,
                                           reading.text)
            hit = object.__new__(Hit)          # a copy (copy.copy: 5x the time)
            hit.__dict__.update(template.__dict__, decision=verdict.decision, rule=verdict.rule,
                                score=verdict.score, signals=verdict.near)
            if index == 0 or SEVERITY[hit.decision] > SEVERITY[result.decision]:
                result.decision, result.rule = hit.decision, hit.rule   # the most severe hit
            hits.append(hit)
        result.hits = hits
        if result.absolute_terms and result.decision == "none" and reading.advertises:
            result.decision, result.rule = "review", "advertising_law_art9"
        return result

    def _read(self, texts: tuple[str, str, str]) -> _Reading:
        """Everything the slow path finds in a record's texts, decided as if posted by an account
        no brand authorised: a pure function of the texts, kept for texts seen again (a seller's
        repeated offer, a channel's news template) up to ``READINGS_KEPT`` records."""
        reading = self._readings.get(texts)
        if reading is not None:
            return reading
        fields = [self._read_field(name, text) for name, text in zip(FIELDS, texts)]
        signals, base = [], 0
        for name, text, field_reading in zip(FIELDS, texts, fields):
            signals += field_reading.signals if not base else [
                Signal(s.kind, s.word, name, s.start, s.end, s.matched, base + s.start)
                for s in field_reading.signals]
            base += len(text) + 1
        signals += _answered_no(texts)
        # (stop 50) or quotations someone else said, every offer word in them, judged
        listings = judged_listings(texts, signals, self.rules) \
            or quoted_listings(texts, signals, self.rules)
        if listings:
            signals = sorted(signals + listings, key=lambda s: s.position)
        findings = self._findings_on_reported_sales(texts, signals)
        if findings:
            signals = sorted(signals + findings, key=lambda s: s.position)
        sanctions = _sanctions(texts, signals, self.rules.contact_words)
        if sanctions:
            signals = sorted(signals + sanctions, key=lambda s: s.position)
        if any(s.word == "legality_question" for s in signals):
            signals = _legality_answered(texts, signals, self.rules.contact_words)
        # (stop 49) a buyer asking whether to buy someone else's offer: its words are all reported
        asked = offers_asked_about(signals, self.rules)
        if asked:
            signals = sorted(signals + asked, key=lambda s: s.position)
            listings = listings + [s for s in signals if s.kind == "attribution"
                                   or s.kind == "quote" and s.word in self.rules.speech]
        if not any(s.kind in OFFER_KINDS and not _within(s, listings) for s in signals):
            # (stop 45) the brand disowning goods nobody offers: a report, a review's disclaimer
            # (stop 47: nor the listing a report judges; stop 49: nor the offer a buyer asks about)
            signals = [s for s in signals if s.word not in (DISOWNED, LABEL_MADE, COPIED,
                                                            RETAIL_FRACTION, INSPECTION_REFUSED)]
        triggered = any(signal.kind in TRIGGER_KINDS for signal in signals)
        offers = triggered or any(signal.kind in OFFER_KINDS for signal in signals)
        views = {name: field_reading.views for name, field_reading in zip(FIELDS, fields)}
        own = {name: field_reading.signals for name, field_reading in zip(FIELDS, fields)}
        bases = dict(zip(FIELDS, (0, len(texts[0]) + 1, len(texts[0]) + len(texts[1]) + 2)))
        hits = _dedupe(_drop_sounds_over_marks(
            [hit for name, field_reading in zip(FIELDS, fields)
             for hit in self._field_hits(name, field_reading, triggered, offers)]))
        labels = self._labels(hits, dict(zip(FIELDS, texts)), bases)
        if labels:
            signals = sorted(signals + labels, key=lambda s: s.position)
        signals = _outside_marks(signals, hits, bases)
        stops = tuple(sorted(
            [bases[name] + at for name, text in zip(FIELDS, texts)
             for at, char in enumerate(text) if char in SENTENCE_STOPS]
            + [bases[name] + match.start() for name, text in zip(FIELDS, texts)
               for match in LATIN_STOP.finditer(text)])) if hits else ()
        units = _word_units("\x00".join(texts)) if hits else None
        joined = "\n".join(texts) if hits else ""    # as positions count: one character a field
        objects_after = tuple(bases[name] + at for name, text in zip(FIELDS, texts)
                              for at in self._objects_after(own[name], text)) if hits else ()
        # (stop 41) the record's prices in yuan, read only when a hit's brand declared a floor
        prices = [value for text in texts for value in amounts(text, self.rules.yuan_per)] \
            if any(hit.brand.price_floor for hit in hits) else []
        if prices and any(word in text.lower() for text in texts for word in self.rules.own_item):
            prices = []           # the poster's own purchase sold off: a resale at any price
        # (stop 43) brands the record names as what its goods fit (each mention of them: "not
        # original Apple" after "compatible with Apple Watch"), and what the poster discloses
        fitted = {hit.brand.id for hit in hits if hit.via in DIRECT_VIAS and self._fits is not None
                  and self._fits.search(texts[FIELDS.index(hit.field)],
                                        max(0, hit.start - 24), hit.start)}
        disclosed = self._disclosures(dict(zip(FIELDS, texts)), signals) if fitted else ()
        # (stop 49) brands whose goods the record names as what a service repairs (X维修)
        repaired = {hit.brand.id for hit in hits if hit.via in DIRECT_VIAS
                    and serviced(texts[FIELDS.index(hit.field)], hit.start, hit.end, self.rules)}
        evidence = [Evidence(
            field=hit.field, via=hit.via, evasions=frozenset(hit.evasions),
            position=bases[hit.field] + hit.start, length=hit.end - hit.start,
            common_word_without_cue=self._needs_cue(hit, hits, views),
            authorised=False, weak_sound=hit.weak_sound, ambiguous=hit.ambiguous,
            product_cue=self._has_cue(hit.brand, views),
            on_hit=bool(hit.weak_sound) and self._evidence_on_hit(hit, own[hit.field],
                                                                  views[hit.field].original),
            offer_shape=bool(hit.weak_sound) and self._offer_shape(
                hit, own[hit.field], views[hit.field].original,
                after_only=hit.weak_sound == "sound_alike_is_ordinary_word"), stops=stops,
            names_other_brand=any(other.brand is not hit.brand and other.via in DIRECT_VIAS
                                  for other in hits),
            keeps_most=hit.via == "homophone" and self._keeps_most(hit),
            goods_after=hit.via == "homophone" and self._goods_after(
                hit, views[hit.field].original),
            objects_after=objects_after, units=units,
            glued=bool(hit.weak_sound) and _glued(hit, own[hit.field], views[hit.field].original),
            disguised=self._disguised(hit, views[hit.field].original)
            and not _written_plainly(hit, hits),
            under_floor=under_floor(prices, hit.brand.price_floor),
            initials_on_goods=hit.via == "initials" and not hit.weak_sound
            and not hit.ambiguous and self._goods_after(hit, views[hit.field].original),
            compatible=hit.brand.id in fitted,
            disclosed=disclosed if hit.brand.id in fitted else (),
            serviced=hit.brand.id in repaired)
            for hit in hits]
        kinds = {s.kind for s in signals}
        verdicts = [self._decide(e, signals, joined) for e in evidence]
        if fitted:
            # (stop 50) a sound-alike in the clause after a fitted mark (兼容X滚筒洗衣机) names
            # that mark's goods, not another mark
            spans = [(hit.field, hit.start, hit.end) for hit in hits
                     if hit.brand.id in fitted and hit.via in DIRECT_VIAS]
            for index, hit in enumerate(hits):
                if hit.via in SOUND_VIAS and hit.brand.id not in fitted and fitted_goods(
                        texts[FIELDS.index(hit.field)], hit.start,
                        [(low, high) for field, low, high in spans if field == hit.field]):
                    verdicts[index] = Verdict("none", FITTED_GOODS, verdicts[index].score,
                                              verdicts[index].near)
        reading = _Reading(
            signals, tuple(s for s in signals if s.kind == "absolute"), tuple(hits),
            tuple(evidence), tuple(verdicts),
            "commerce" in kinds and "resale" not in kinds,    # one person's resale is not advertising
            joined)
        if len(self._readings) >= READINGS_KEPT:
            self._readings.clear()
        self._readings[texts] = reading
        return reading

    def _disclosures(self, texts: dict[str, str], signals: list[Signal]) -> tuple[int, ...]:
        """The record positions of the poster's disclosures that his goods are not the brand's
        own: a counterfeit word read from a negated genuine word (非原装, 不是正品, not original,
        not genuine) and a look-alike word right after a negation (非原厂, 不是原厂) or, at stop
        45, a marking denied before it (不带任何原厂标识, 无原厂logo), or (stop 48) in it (没有任何
        品牌)."""
        negations = (*self.rules.words.get("negation", ()), *self.rules.negation_prefixes)
        found = []
        for s in signals:
            if s.kind == "counterfeit" and self._denies_genuine(s):
                found.append(s.position)
            elif s.kind == "weak_counterfeit" and (
                    texts[s.field][:s.start].endswith(negations)
                    # (stop 49) a word that says fitting goods are not the brand's (副厂件)
                    or s.matched.lower() in self.rules.fitted_disclosures
                    or MARKING_DENIED.search(texts[s.field], 0, s.start)
                    # (stop 48) a brand denied in the word itself (盒上没有任何品牌)
                    or s.matched.startswith(negations)):
                found.append(s.position)
        return tuple(found)

    def _denies_genuine(self, signal: Signal) -> bool:
        """A counterfeit word read from a negated genuine word (非原装, 不是正品, not original)."""
        matched = signal.matched.lower()
        return matched.startswith((*self.rules.words.get("negation", ()),
                                   *self.rules.negation_prefixes)) \
            and matched.endswith(self.rules.words.get("genuine", ())) \
            or bool(NOT_GENUINE_WORDS.fullmatch(matched))

    def _findings_on_reported_sales(self, texts: tuple[str, ...],
                                    signals: list[Signal]) -> list[Signal]:
        """(stop 45) The poster's finding on a sale he reports (卖家声称X是“公司貨”，送專櫃一驗，
        根本不是正品; "If a seller offers X … for US$197" under "X called 'first grade' are not
        originals"): in a record with an ``attribution`` and no price outside the sentences it
        reports, a counterfeit word that denies the goods are genuine (``_denies_genuine``) or
        follows 其实是 (what they turned out to be) is a ``verdict`` on that sale, not the
        poster's offer. A seller's own price ("others sell fakes; mine 1:1, ¥99") keeps his words
        his."""
        reported = [s for s in signals if s.kind == "attribution"]
        if not reported or any(s.kind == "price" and not _within(s, reported) for s in signals):
            return []
        found = []
        for s in signals:
            if s.kind != "counterfeit" or _within(s, reported):
                continue
            before = texts[FIELDS.index(s.field)][:s.start]
            turned_out = next((word for word in FOUND_OUT if before.endswith(word)), None)
            if turned_out is None and not self._denies_genuine(s):
                continue
            low = s.start - len(turned_out or "")
            found.append(Signal("verdict", FOUND_NOT_GENUINE, s.field, low, s.end,
                                texts[FIELDS.index(s.field)][low:s.end], s.position - s.start + low))
        return found

    def _labels(self, hits: list[Hit], texts: dict[str, str],
                bases: dict[str, int]) -> list[Signal]:
        """A mark's label offered on goods (同厂冲锋衣，可印X标; 可贴X标): an affixing verb
        (``label_verbs``, 上 may follow it) right before a hit and a ``label_words`` word right
        after it are a ``counterfeit`` signal spanning the three: putting another's mark on one's
        goods is what counterfeiting is, whatever the mark's everyday meaning (骆驼, 长虹)."""
        verbs, words = self.rules.label_verbs, self.rules.label_words
        if not verbs or not words:
            return []
        longest = max(map(len, words))
        found, seen = [], set()
        for hit in hits:
            text = texts[hit.field]
            start = hit.start - 1
            if start > 0 and text[start] == "上":
                start -= 1
            if start < 0 or text[start] not in verbs:
                continue
            at = hit.end          # a Latin label word may stand a space off (adidas logo)
            if at < len(text) and text[at] == " ":
                at += 1
            after = text[at:at + longest].lower()
            word = next((w for w in words if after.startswith(w)
                         and (at == hit.end or w.isascii())), None)
            if word is None or (hit.field, start) in seen:
                continue
            seen.add((hit.field, start))
            end = at + len(word)
            found.append(Signal("counterfeit", "label", hit.field, start, end, text[start:end],
                                bases[hit.field] + start))
        return found

    def _read_field(self, name: str, text: str) -> _FieldReading:
        """One field's views and context words (positions counted from the field's start), kept
        per distinct text: an account's name, a template's title come back record after record."""
        key = (name, text)
        found = self._fields.get(key)
        if found is None:
            # symbols written for letters (Pr@da, $ony) read as those letters, character for
            # character, so every offset still points into ``text``
            letters = self._symbol_letters
            read = self._symbol_letter.sub(lambda match: letters[match.group()], text) \
                if not letters.keys().isdisjoint(text) else text
            views = self.normalizer.views(read, self.index.light_marks)
            second = self.normalizer.second_reading(read)
            if second is not None:      # 匡🍎威, 六㊙神 (pictures of words as separators), Conʋerse
                views = replace(views, second=self.normalizer.views(second))
            found = _FieldReading(views, self._signals(name, views), {}, text)
            if len(self._fields) >= FIELDS_KEPT:
                self._fields.clear()
            self._fields[key] = found
        return found

    def _field_hits(self, name: str, reading: _FieldReading, triggered: bool,
                    offers: bool) -> list[Hit]:
        """The field's brand hits (shared, never changed: ``_analyse`` decides copies)."""
        hits = reading.hits.get((triggered, offers))
        if hits is None:
            hits = reading.hits[(triggered, offers)] = self._brand_hits(
                name, reading.views, reading.signals, triggered, offers)
            if reading.written != reading.views.original:
                for hit in hits:                # as written, and the symbols it undid
                    written = reading.written[hit.start:hit.end]
                    if written != hit.matched:
                        hit.matched = written
                        # $ony is leetspeak; E𝈖KE a look-alike from the confusables table
                        swap = "letter_swap" if SYMBOL_LETTERS.keys() & set(written) else \
                            "confusable"
                        hit.evasions = tuple(sorted(set(hit.evasions) | {swap}))
        return hits

    def _signals(self, name: str, field_views: FieldViews) -> list[Signal]:
        """The field's context words, positioned as if the field began the record."""
        found: dict[tuple, Signal] = {}
        for automaton, view in ((self.index.context_raw, field_views.raw),
                                (self.index.context_light, field_views.light)):
            for match in automaton.find(view.text):
                start, end = view.original_span(match.start, match.end)
                for word in match.entries:
                    key = (word.kind, word.word, start)
                    found.setdefault(key, Signal(
                        word.kind, word.word, name, start, end,
                        field_views.original[start:end], start))
        signals = sorted(found.values(), key=lambda s: s.position)
        derived = self._admissions(name, field_views.original, signals)
        derived += self._disowned(name, field_views.original, signals)
        derived += self._prices_and_quotes(name, field_views.original)
        derived += self._separable_words(name, field_views.original)
        derived += self._others_trade(name, field_views.original)
        if any(mark in field_views.original for mark in ASKED_MARKS):
            derived += _legality_asked(name, field_views.original, signals)
        derived += self._warnings_objects(name, field_views.original, signals)
        derived += _mentioned(name, field_views.original, signals)
        derived += self._losses(name, field_views.original)
        derived += punished_trade(name, field_views.original, self.rules)
        derived += past_trade(name, field_views.original, self.rules, self._first_person)
        signals = self._negated_advice(field_views.original, signals)
        signals = self._sale_refused(field_views.original, signals)
        signals = _advised_against(field_views.original, signals)
        signals = self._own_orders(name, field_views.original, signals)
        signals = self._contact_received(field_views.original, signals)
        signals = contact_made(field_views.original, signals, self.rules)
        signals = sorted(signals + derived, key=lambda s: s.position) if derived else signals
        # (stop 50) goods a refused sale names, an inspection done (做过鉴定), papers denied
        for reading in (refused_sales, inspections_done, papers_denied):
            signals = reading(field_views.original, signals, self.rules)
        classed = self._fakes_as_a_class(name, field_views.original, signals)
        if classed:
            signals = sorted(signals + classed, key=lambda s: s.position)
        return self._said_sentences(field_views.original,
                                    _without_genuine_prices(field_views.original, signals))

    def _said_sentences(self, text: str, signals: list[Signal]) -> list[Signal]:
        """``attribution`` and ``verdict`` words widened to the sentence they stand for, whose
        counterfeit and selling words are someone else's or judged (context.py): a Chinese run
        from the nearest space or sentence stop to the next (那些说一比一复刻还¥99包邮的), or an
        English sentence less the clauses around the word's own that speak in the first person
        ("They send photos, ask $99 by bank transfer, then ship a fake"; not "mine are real").
        ``purchase`` words the same, their English sentence whole: the buyer is the first person
        ("Thought I got a bargain at $15, turned out to be a knockoff")."""
        if not any(s.kind in WIDENED_KINDS for s in signals):
            return signals
        widened = []
        for s in signals:
            if s.kind in SAID_KINDS and _says_nothing(text, s):
                continue       # 要的跟我说, 跟我说一声: a request to be told, nothing reported
            if s.word in READ_TO_THEIR_END:
                widened.append(s)
                continue
            if s.kind in WIDENED_KINDS:
                first_person = self._first_person if s.kind in SAID_KINDS else None
                low, high = (_latin_sentence(text, s.start, s.end, first_person)
                             if s.matched.isascii() else _run(text, s.start, s.end))
                if s.kind == "attribution" and not s.matched.isascii():
                    high = self._speech_goes_on(text, high)
                s = Signal(s.kind, s.word, s.field, low, high, text[low:high], low)
            widened.append(s)
        return sorted(widened, key=lambda s: s.position)

    def _speech_goes_on(self, text: str, high: int) -> int:
        """Where reported words end when the clauses after their run go on with what the same
        someone said (有人上门推销X，说是厂家直销¥88，其实是假货): each clause after a comma that
        opens with a ``speech`` word (说, 称, 号称 …) and names no one of its own is his too."""
        speech = self.rules.speech
        while high < len(text) and text[high] in CLAUSE_JOINS:
            at = high + 1
            while at < len(text) and text[at].isspace():
                at += 1
            end = _run(text, at, at + 1)[1]
            # (stop 45) a clause that is only a price (看到有人卖X，1021元，说跟专柜一样) is what the
            # same someone asks: the report goes on past it
            if not any(text.startswith(word, at) for word in speech) \
                    and not BARE_PRICE_CLAUSE.fullmatch(text, at, end):
                break
            high = end
        return high

    def _warnings_objects(self, name: str, text: str, signals: list[Signal]) -> list[Signal]:
        """What a warning tells the reader to beware of (``warned_against``: Beware of fake X on
        WhatsApp, 谨防微信上卖的高仿X), and (stop 44) what a rule forbids posters to post
        (``PROHIBITED_CHINESE``, ``PROHIBITED_LATIN``: 本群禁止发X高仿广告, no X 'AAA' listings
        here): a ``verdict`` from the word to the end of its English sentence or Chinese run of
        text, up to the first clause holding a price, a way to reach the poster (a ``sale`` word,
        a ``contact_words`` one) or the poster himself (a ``first_person`` word, 我), which is his
        own again (Beware of fakes, 1:1 X $39 DM me)."""
        found = []
        offers = [s.start for s in signals if s.kind == "sale" or (
            s.kind == "commerce" and s.word in self.rules.contact_words)]
        openers = [(match, WARNED_AGAINST) for match in self._warned.finditer(text)] \
            if self._warned is not None else []
        openers += [(match, PROHIBITED) for pattern in (PROHIBITED_CHINESE, PROHIBITED_LATIN)
                    for match in pattern.finditer(text)]
        for match, word in openers:
            low = match.start()
            if match.group()[:1].isascii():
                stop = LATIN_SENTENCE_END.search(text, match.end())
                high = stop.start() if stop else len(text)
            else:
                high = _run(text, low, match.end())[1]
            cuts = [low, *(m.end() for m in CLAUSE_STOP.finditer(text, low, high)), high]
            end = low
            for start, stop in zip(cuts, cuts[1:]):
                clause = text[start:stop]
                if PRICE.search(text, start, stop) or any(start <= at < stop for at in offers) \
                        or "我" in clause or self._first_person is not None \
                        and self._first_person.search(clause.replace("’", "'")):
                    break
                end = stop
            while end > match.end() and (text[end - 1].isspace() or text[end - 1] in ",;:，；："):
                end -= 1
            if end > match.end():
                found.append(Signal("verdict", word, name, low, end, text[low:end], low))
        return found

    def _prices_and_quotes(self, name: str, text: str) -> list[Signal]:
        """Signals read from the text's shape, not a word list: a price written as a number
        (``price``: 今晚直播间49.9, $35), what the buyer paid (``purchase``: 花¥118买的), what
        the poster asks (``question``: a sentence ending in a question mark) and what the text
        reports someone said (``quote``:
        words in quotation marks, and 有人私信说有内部渠道货 — from a space or sentence stop to the
        next, holding a speech word that is a word of its own there)."""
        found = [Signal("price", match.group(), name, match.start(), match.end(), match.group(),
                        match.start()) for match in PRICE.finditer(text)]
        found += [Signal("quote", match.group(), name, match.start(), match.end(), match.group(),
                         match.start()) for match in QUOTED.finditer(text)]
        if "'" in text or "‘" in text or len(text) > 40:
            short = {s.start for s in found if s.kind == "quote"}
            found += [Signal("quote", match.group(), name, match.start(), match.end(),
                             match.group(), match.start())
                      for match in LONG_QUOTED.finditer(text) if match.start() not in short
                      and QUOTE_INTRO.search(text, max(0, match.start() - QUOTE_INTRO_REACH),
                                             match.start())]
        found += [Signal("purchase", match.group(), name, match.start(), match.end(),
                         match.group(), match.start()) for match in PAID.finditer(text)]
        if "?" in text or "？" in text:
            for match in QUESTION.finditer(text):
                low = match.start() + len(match.group()) - len(match.group().lstrip())
                found.append(Signal("question", "?", name, low, match.end(),
                                    text[low:match.end()], low))
                if BUYING_QUESTION.search(text, low, match.end()):
                    # (stop 44) whether to buy (代购说是"尾单"，能买吗？): a buyer's question, its
                    # counterfeit words what he asks about in a record that sells nothing
                    found.append(Signal("purchase", BUYING_ASKED, name, low, match.end(),
                                        text[low:match.end()], low))
        speech = self.rules.speech
        if not speech or not any(word in text for word in speech):
            return found
        words = self.words.segments(text)
        for word in speech:
            at = text.find(word)
            while at >= 0:
                end = at + len(word)
                # 说明书, 小说, 名称 are other words; 私信说, 号称, 所谓 are the speech word itself
                alone = not any(start < end and at < stop and (start, stop) != (at, end)
                                for start, stop in words)
                if alone:
                    low, high = _run(text, at, end)
                    found.append(Signal("quote", word, name, low, high, text[low:high], low))
                at = text.find(word, end)
        return found

    def _others_trade(self, name: str, text: str) -> list[Signal]:
        """Who sells when it is not the poster, read from the sentence's shape (``third_parties``
        and ``trade_verbs`` in the rules): an English subject that is someone else with a relative
        pronoun or a selling verb after it (Sellers who say …, raid shop selling fake X, fake X
        being sold online), a question put to sellers (Selling fake X? …), and 卖假货的: each an
        ``attribution`` signal, widened to its sentence like any other."""
        found = [Signal("attribution", "asks_sellers", name, match.start(1), match.end(1),
                        match.group(1), match.start(1)) for match in ASKS_SELLERS.finditer(text)]
        # the trade as a sentence's subject (Selling counterfeit goods can bring criminal
        # charges): a verdict on the act, which no seller passes on his own offer
        found += [Signal("verdict", "trade_as_subject", name, match.start(1), match.end(1),
                         match.group(1), match.start(1))
                  for match in TRADE_AS_SUBJECT.finditer(text)]
        found += [Signal("verdict", "trade_as_subject", name, match.start(1), match.end(1),
                         match.group(1), match.start(1))
                  for match in TRADE_ASKED.finditer(text)]
        if self._others is not None:
            for match in self._others.finditer(text):
                low, high = match.span()
                if match.group("verb") and not self._after_a_word(text, low):
                    continue
                found.append(Signal("attribution", match.group().lower(), name, low, high,
                                    text[low:high], low))
        for verb in self.rules.trade_verbs:
            at = text.find(verb)
            while at >= 0:
                after = at + len(verb)
                for topic in self.rules.fakes_as_topic:
                    if text.startswith(topic, after) and text.startswith("的", after + len(topic)):
                        end = after + len(topic) + 1
                        found.append(Signal("attribution", verb + topic + "的", name, at, end,
                                            text[at:end], at))
                at = text.find(verb, after)
        return found

    def _fakes_as_a_class(self, name: str, text: str, signals: list[Signal]) -> list[Signal]:
        """Counterfeit words that speak of fakes as a class, not of goods on offer: one right
        after a passive marker (白象泡面为何总被仿: the brand is what others copy) or right before
        a habitual word (仿品通常在这几个地方露馅: what fakes usually are), each a ``verdict``
        signal over both, widened to its sentence as 都是假货 is."""
        rules = self.rules
        found = []
        for s in signals:
            if s.kind != "counterfeit":
                continue
            habit = next((word for word in rules.habitual if text.startswith(word, s.end)), "")
            hedge = self._class_hedge.search(text, max(0, s.start - 8), s.start) \
                if self._class_hedge is not None and self._names_fakes(s) else None
            if hedge and self._own_stock(text, hedge.start()):
                hedge = None
            if s.start and text[s.start - 1] in rules.passive_markers:
                low, high = s.start - 1, s.end
            elif habit:
                low, high = s.start, s.end + len(habit)
            elif hedge:
                # (stop 39) a hedge and a copula before it (基本都是仿品, 多半是高仿): how many of a
                # kind are fake, an estimate no seller makes of his own goods
                low, high = hedge.start(), s.end
            elif s.matched[-1:].isascii() and s.matched[-1:].isalpha():
                # English: a quantifier before it (Most fakes of X fail on the font) or a
                # habitual word after its plural (fakes usually have …); the verdict's span is
                # ASCII, so it stands for its English sentence less the poster's own clauses
                before = QUANTIFIER_BEFORE.search(text, 0, s.start)
                after = HABIT_AFTER.match(text, s.end)
                hedged = CLASS_HEDGE_LATIN.search(text, max(0, s.start - 48), s.start) \
                    if self._names_fakes(s) else None
                if before and before.group(1).lower() in rules.class_quantifiers:
                    low, high = before.start(1), s.end
                elif hedged:
                    low, high = hedged.start(), s.end
                elif after and after.group(1).lower() in rules.habitual:
                    low, high = s.start, after.end()
                else:
                    continue
            else:
                continue
            found.append(Signal("verdict", text[low:high], name, low, high, text[low:high], low))
        return found

    def _names_fakes(self, signal: Signal) -> bool:
        """Whether a counterfeit word names fakes as such (仿品, 仿的, 高仿, 假货, A货, fake,
        replica: ``class_verdict_words``), not a seller's grade of his goods (原单, 纯原, 1:1)."""
        matched = signal.matched.lower()
        return any(word in matched for word in self.rules.class_verdict_words)

    def _own_stock(self, text: str, at: int) -> bool:
        """Whether the clause holding ``at``, and the one before it when ``at`` opens its own,
        names the poster's own stock (``class_owners``: 店里, 我家, 这批): a shop saying what it
        sells (店里基本都是高仿), not a verdict on a class of goods."""
        low = _clause_start(text, at)
        if not text[low:at].strip() and low:
            low = _clause_start(text, low - 1)
        clause = text[low:at]
        return any(word in clause for word in self.rules.class_owners)

    def _after_a_word(self, text: str, at: int) -> bool:
        """Whether a word of the same sentence stands before ``at`` and it is not the poster's
        own (my, our): a participle after a sentence's first word (Shop selling 1:1 X, DM me) or
        after my / our, or one word past them (I'm the guy selling), is the poster's own shop;
        after another word (raid shop selling) it is someone else's."""
        before = LATIN_WORD_BEFORE.search(text[:at].rstrip())
        if before is None:
            return False
        if self._first_person is None:
            return True
        if self._first_person.fullmatch(before.group()):
            return False
        earlier = WORD_BEFORE.search(text[:before.start()].rstrip())
        return earlier is None or not self._first_person.fullmatch(earlier.group())

    def _separable_words(self, name: str, text: str) -> list[Signal]:
        """Words written apart: warning verbs (被朋友圈微商坑了, 提个醒) as ``warning`` signals and
        reported speech (那些跟你说, 对方在群里说) as ``attribution`` signals spanning them, when no
        space or sentence stop falls between their two parts; the 说 of reported speech a word of
        its own there (说明, 说法 are other words)."""
        rules = self.rules
        found = [signal for signal, _ in _separable(name, text, rules.separable_warnings,
                                                    "warning", rules.separable_gap)]
        if not any(first in text for first, _ in rules.separable_attributions):
            return found
        spoken = _separable(name, text, rules.separable_attributions, "attribution",
                            rules.separable_gap)
        if spoken:
            words = self.words.segments(text)
            found += [signal for signal, verb in spoken
                      if not any(start < signal.end and verb < stop
                                 and (start, stop) != (verb, signal.end)
                                 for start, stop in words)]
        return found

    def _losses(self, name: str, text: str) -> list[Signal]:
        """A loss someone suffered, a ``loss`` signal (已有多名邻居被骗, 被朋友圈微商坑了, I got
        scammed): one of ``losses``, or a ``separable_warnings`` pair opening with 被, in a clause
        that asks nothing and holds none of ``loss_conditions`` before it — 怕被骗, 不会被坑, 避免上当,
        "if you were scammed" fear or promise the loss away, as a seller reassuring his buyers
        does. No seller reports his own buyers cheated: the victim is a warning's."""
        rules = self.rules
        if not rules.losses:
            return []
        lowered = text.lower()
        spans = []
        for word in rules.losses:
            at = lowered.find(word)
            while at >= 0:
                spans.append((at, at + len(word)))
                at = lowered.find(word, at + 1)
        if "被" in text:
            spans += [(signal.start, signal.end) for signal, _ in _separable(
                name, text, tuple(p for p in rules.separable_warnings if p[0] == "被"), "loss",
                rules.separable_gap)]
        if not spans:
            return []
        found, seen = [], set()
        for low, high in sorted(spans):
            if low in seen:
                continue
            seen.add(low)
            clause = lowered[_clause_start(text, low):low]
            if any(re.search(rf"\b{re.escape(word)}\b", clause) if word.isascii()
                   else word in clause for word in rules.loss_conditions):
                continue
            stop = next((at for at in range(high, len(text))
                         if text[at] in SENTENCE_STOPS or text[at] in SENTENCE_ENDS
                         or text[at] in ".,;:"), len(text))
            if text[stop:stop + 1] in ("?", "？"):
                continue       # 你被骗过吗？ asks
            found.append(Signal("loss", text[low:high], name, low, high, text[low:high], low))
        return found

    def _own_orders(self, name: str, text: str, signals: list[Signal]) -> list[Signal]:
        """Who orders: the first person as the subject of an order verb in its clause (我下单了
        五家, 我当时下单, 下单时我压根没看到; ``order_verbs``) is the poster's own purchase, a
        ``purchase`` signal, and the ``commerce`` or ``sale`` word inside it no offer of his. A
        shop's voice (我家, 我们, 我这边) and a buyer's agent (我帮你下单) still sell."""
        if self._own_order is None or "我" not in text:
            return signals
        spans = [match.span() for match in self._own_order.finditer(text)]
        if not spans:
            return signals
        kept = [s for s in signals if not (s.kind in ("commerce", "sale") and any(
            low <= s.start and s.end <= high for low, high in spans))]
        kept += [Signal("purchase", text[low:high], name, low, high, text[low:high], low)
                 for low, high in spans]
        return sorted(kept, key=lambda s: s.position)

    def _contact_received(self, text: str, signals: list[Signal]) -> list[Signal]:
        """Contact the poster receives, not offers (stop 39): a contact word (``contact_words``)
        whose subject is counted other people (很多人私信问我, 经常有粉丝私聊我, "so many of you DM
        me asking") or counted as a thing received (收到很多私信, 好多私信问, "I get DMs") is
        someone writing to the poster — the questions an authenticator or a reviewer answers —
        not his way to sell; it is dropped, and so is a message counted as a thing (stop 40:
        收到一条私信, 这条私信). A seller's call has no counted subject (有需要的朋友
        私信我, 喜欢的私聊, "Interested people DM me for price")."""
        words = self.rules.contact_words
        contacts = [s for s in signals if s.kind in ("commerce", "sale") and s.word in words]
        if not contacts:
            return signals
        spans = [match.span() for match in RECEIVED_LATIN.finditer(text)] \
            if any(s.matched.isascii() for s in contacts) else []
        dropped = set()
        for s in contacts:
            if any(low <= s.start and s.end <= high for low, high in spans):
                dropped.add(id(s))
            elif s.word in MESSAGE_WORDS and s.start and text[s.start - 1] in MESSAGE_AS_A_THING:
                dropped.add(id(s))
            elif not s.matched.isascii() and self._received is not None:
                if self._received.search(text, max(0, s.start - 12), s.start):
                    dropped.add(id(s))
        return [s for s in signals if id(s) not in dropped] if dropped else signals

    def _sale_refused(self, text: str, signals: list[Signal]) -> list[Signal]:
        """(stop 47) A sale refused (不出售, not for sale: a parody drawing, a collection shown)
        holds a selling word that sells nothing: the commerce and sale words inside the
        refusal are dropped. Not where the goods are not sold (专柜不出售, not for sale in
        stores: a seller's offer of what the brand's counters lack), a place word in its clause
        within ``sale_refusal_reach`` characters of it."""
        if self._sale_refusals is None or not self._sale_refusals.search(text):
            return signals
        reach = self.rules.sale_refusal_reach
        refused = []
        for match in self._sale_refusals.finditer(text):
            # its clause within reach on either side (专柜不出售; not for sale in stores)
            before = CLAUSE_OR_SENTENCE.split(text[max(0, match.start() - reach):
                                                   match.start()])[-1]
            after = CLAUSE_OR_SENTENCE.split(text[match.end():match.end() + reach])[0]
            if not any(place in before.lower() or place in after.lower()
                       for place in self.rules.sale_refusal_places):
                refused.append(match.span())
        return [s for s in signals if not (s.kind in ("commerce", "sale") and any(
            low <= s.start and s.end <= high for low, high in refused))]

    def _negated_advice(self, text: str, signals: list[Signal]) -> list[Signal]:
        """Where to buy, negated, is where the goods did not come from: 非正品渠道 and 不是官方
        渠道 admit what 正品渠道 advises (the genuine word inside is read by ``_admissions``).
        An enforcer gone round (不走海关, 绕过海关: EVADED_BEFORE) is no report of one (stop 45).
        And proof of purchase denied is none: 无小票, 没有发票, "no receipt" are a seller's of
        factory goods, no reseller's of his own item."""
        advice = [s for s in signals if s.kind in ("warning", "authentic", "resale", "benign")]
        if not advice:
            return signals
        gap = self.rules.negation_gap
        negations = [s for s in signals if s.kind == "negation"]
        undone = self.rules.warning_undone_after
        # (stop 48) 鉴别不了的价, 图便宜的来: a boast that nobody can tell, the buyers called
        negated = {id(s) for s in advice if s.kind == "warning" and undone and text.startswith(
            undone, s.end)}
        # (stop 49) "not from an authorised retailer": the brand's channel denied (DISOWNED_LATIN),
        # the seller's own word on his goods, not the advice to buy from one
        negated |= {id(s) for s in advice if s.kind == "warning" and any(
            m.start() <= s.start < m.end() for m in DISOWNED_LATIN.finditer(text))}
        negated |= {id(s) for s in advice if s.start and (
            # (stop 45) customs not gone through (不走海关, 绕过海关): a smuggler's, no report
            EVADED_BEFORE.search(text, max(0, s.start - 3), s.start) if s.kind == "benign" else
            text[s.start - 1] in self.rules.negation_prefixes
            or any(0 <= s.start - n.end <= gap for n in negations)
            or s.kind == "resale" and (text[s.start - 1] in NEGATING_CHARS
                                       or NO_BEFORE.search(text, 0, s.start)
                                       or self._proof_refused.search(
                                           text, max(0, s.start - 7), s.start)))}
        return [s for s in signals if id(s) not in negated] if negated else signals

    def _admissions(self, name: str, text: str, signals: list[Signal]) -> list[Signal]:
        """Counterfeit words no list can hold: a genuine word negated (不是正品, 非正品: the
        seller says it is not the real thing) and a counterfeit morpheme (仿) that jieba puts in
        no word of its own (仿款, 仿原版; 模仿, 仿佛, 仿真 are words, as are ``morpheme_words``
        jieba lacks: 戏仿, 仿妆), each a ``counterfeit`` signal spanning what it was read from."""
        rules = self.rules
        derived: list[Signal] = []
        # 是不是正品 asks (the A-not-A question: the character before 不 repeats after it)
        negations = [s for s in signals if s.kind == "negation" and not (
            0 < s.start and s.start + 1 < len(text) and text[s.start - 1] == text[s.start + 1])]
        # a promise refused (不退款, 没有包退) promises nothing
        guarantees = [s for s in signals if s.kind == "guarantee"
                      and not (s.start and text[s.start - 1] in NEGATING_CHARS)]
        for genuine in (s for s in signals if s.kind == "genuine"):
            negation = next((n for n in negations if 0 <= genuine.start - n.end
                             <= rules.negation_gap), None)
            if negation is not None:
                start = negation.start
            elif genuine.start and text[genuine.start - 1] in rules.negation_prefixes:
                start = genuine.start - 1
            else:
                continue
            if any(-rules.negation_gap <= g.start - genuine.end <= rules.negation_gap
                   or -rules.negation_gap <= start - g.end <= rules.negation_gap
                   for g in guarantees):
                continue       # 如果不是正品 假一赔十, 不是正品包退: a genuine seller's promise
            if self._inspected(text, start) or self._remedied(text, genuine.end, guarantees):
                continue       # 鉴定不是正品…, 不是正品平台直接退款: what a promise is made on
            derived.append(Signal("counterfeit", text[start:genuine.end], name, start,
                                  genuine.end, text[start:genuine.end], start))
        for genuine in (s for s in signals if s.kind == "genuine"):
            # the genuine article as the measure of sameness (和正品一模一样): not it
            if not genuine.start or text[genuine.start - 1] not in rules.comparison_markers:
                continue
            at = genuine.end + (text.startswith("的", genuine.end))
            same = next((w for w in rules.sameness if text.startswith(w, at)), None)
            if same is None or text[at + len(same):at + len(same) + 1] in ("吗", "嘛", "么", "?",
                                                                          "？"):
                continue
            start, end = genuine.start - 1, at + len(same)
            derived.append(Signal("counterfeit", text[start:end], name, start, end,
                                  text[start:end], start))
        derived += self._referent_sameness(name, text)
        derived += [Signal("counterfeit", match.group(), name, match.start(), match.end(),
                           match.group(), match.start())
                    for match in LIKE_THE_REAL_ONE.finditer(text)]
        for match in NOT_GENUINE_LATIN.finditer(text):
            start, end = match.span()
            if any(g.start <= end + rules.negation_gap and start - rules.negation_gap <= g.end
                   for g in guarantees):
                continue       # refund if not real: a genuine seller's promise
            derived.append(Signal("counterfeit", match.group(), name, start, end, match.group(),
                                  start))
        morphemes = [at for char in rules.counterfeit_morphemes if char in text
                     for at, found in enumerate(text) if found == char]
        if morphemes:
            taken = [(s.start, s.end) for s in signals if s.kind == "counterfeit"]
            taken += self.words.segments(text)
            taken += [(match.start(), match.end()) for word in rules.morpheme_words
                      for match in re.finditer(re.escape(word), text)]
            for at in morphemes:
                if not any(start <= at < end for start, end in taken):
                    derived.append(Signal("counterfeit", text[at], name, at, at + 1, text[at],
                                          at))
        return derived

    def _disowned(self, name: str, text: str, signals: list[Signal]) -> list[Signal]:
        """Goods of the mark said to come from somewhere its owner is not (stop 45): the brand's
        channel denied (``brand_denials`` beside ``brand_referents`` in one clause: 不是品牌店里
        卖的, 品牌官方没有这款, 官网查不到; DISOWNED_LATIN) and the inspection turned down
        (REFUSED_INSPECTION: 不接受鉴定, its own word) are a ``weak_counterfeit`` signal, the
        mark's label made by someone else (logo是后来工厂加上去的, 标照着正品做的, 吊牌防伪卡都能配;
        LABEL_MADE_LATIN) a ``counterfeit`` one. ``_read`` keeps them only in a record that
        offers: said of goods nobody sells they are a report, a review's disclaimer."""
        found = [Signal("weak_counterfeit", DISOWNED, name, m.start(), m.end(), m.group(),
                        m.start()) for m in DISOWNED_LATIN.finditer(text)]
        found += [Signal("counterfeit", LABEL_MADE, name, m.start(), m.end(), m.group(),
                         m.start()) for m in LABEL_MADE_LATIN.finditer(text)]
        found += [Signal("weak_counterfeit", RETAIL_FRACTION, name, m.start(), m.end(), m.group(),
                         m.start()) for m in FRACTION_LATIN.finditer(text)]
        if not any(0x4e00 <= ord(char) <= 0x9fff for char in text):
            return found
        if self._traditional.search(text):      # 唔接受去專櫃驗: read as simplified
            text = text.translate(self._t2s)
        found += [Signal("weak_counterfeit", INSPECTION_REFUSED, name, m.start(), m.end(),
                         m.group(), m.start()) for m in self._refused_inspection.finditer(text)]
        if self._retail_fraction is not None:     # (stop 46) 正价的三分之一都不到
            found += [Signal("weak_counterfeit", RETAIL_FRACTION, name, m.start(), m.end(),
                             m.group(), m.start()) for m in self._retail_fraction.finditer(text)]
        counterfeit = [(s.start, s.end) for s in signals if s.kind == "counterfeit"]
        low = 0
        for stop in [m.start() for m in CLAUSE_BREAK.finditer(text)] + [len(text)]:
            clause = text[low:stop]
            if clause and text[stop:stop + 1] not in ("?", "？") \
                    and not clause.endswith(("吗", "么", "嘛")):
                found += self._clause_disowns(name, clause, low, counterfeit)
            low = stop + 1
        return found

    def _clause_disowns(self, name: str, clause: str, low: int,
                        counterfeit: list[tuple[int, int]]) -> list[Signal]:
        """``_disowned``'s reading of one Chinese clause starting at ``low``."""
        rules = self.rules
        found = []
        for referent in rules.brand_referents:
            at = clause.find(referent)
            while at >= 0:
                end = at + len(referent)
                for denial in rules.brand_denials:
                    before = clause.rfind(denial, 0, at)
                    after = clause.find(denial, end, end + rules.denial_reach + len(denial))
                    for start in (before if before >= 0 and at - (before + len(denial)) <= 2
                                  else -1, after):
                        if start < 0:
                            continue
                        stop = start + len(denial)
                        # 官方授权 不是高仿: the denial is of fakes, not of the brand
                        if any(0 <= c - (low + stop) <= rules.negation_gap
                               for c, _ in counterfeit):
                            continue
                        first, last = min(at, start), max(end, stop)
                        found.append(Signal("weak_counterfeit", DISOWNED, name, low + first,
                                            low + last, clause[first:last], low + first))
                at = clause.find(referent, end)
        labels = self._labels_in(clause, rules.made_labels)
        made = None
        if labels:
            for maker in rules.label_makers:
                at = clause.find(maker)
                while at >= 0 and made is None:
                    end = at + len(maker)
                    if not (maker.startswith("厂") and at and clause[at - 1] == "原") and any(
                            char in rules.making_verbs for char in clause[end:end + 3]):
                        made = (at, end + 3)
                    at = clause.find(maker, end)
            for supplied in rules.supplied_labels:
                if made is None and supplied in clause:
                    at = clause.find(supplied)
                    made = (at, at + len(supplied))
        if made is None and (labels or any(w in clause for w in rules.made_wrappings)):
            referents = (*rules.words.get("genuine", ()), *rules.brand_referents, "原厂", "原版")
            for word in rules.following:
                at = clause.find(word)
                if at < 0:
                    continue
                rest = clause[at + len(word):at + len(word) + 4]
                referent = next((r for r in referents if r in rest), None)
                if referent is None:
                    continue
                end = at + len(word) + rest.find(referent) + len(referent)
                if any(char in rules.making_verbs for char in clause[end:end + 3]):
                    made = (at, end + 3)
                    break
        if made is None and (labels or any(w in clause for w in rules.made_wrappings)):
            # (stop 46) put on afterwards or separately (包装是后配的), not after-sales (售后配件)
            for word in rules.made_afterwards:
                at = clause.find(word)
                if at >= 0 and not (at and clause[at - 1] == "售"):
                    made = (at, at + len(word))
                    break
        if made is None and rules.printing:
            made = self._printed(clause)
        if made is not None:
            first, last = made[0], min(len(clause), made[1])
            found.append(Signal("counterfeit", LABEL_MADE, name, low + first, low + last,
                                clause[first:last], low + first))
        copied = self._copied(clause)
        if copied is not None:
            first, last = copied
            found.append(Signal("counterfeit", COPIED, name, low + first, low + last,
                                clause[first:last], low + first))
        for maker in rules.other_makers:        # (stop 48) 隔壁小厂出的, 朋友厂里做的
            at = clause.find(maker)
            while at >= 0:
                end = at + len(maker)
                rest = clause[end:end + 2 + max(map(len, rules.made_by))]
                made_by = next((w for w in rules.made_by if w in rest
                                and rest.find(w) <= 2), None)
                if made_by is not None:
                    last = end + rest.find(made_by) + len(made_by)
                    found.append(Signal("weak_counterfeit", DISOWNED, name, low + at, low + last,
                                        clause[at:last], low + at))
                    break
                at = clause.find(maker, end)
        return found

    def _labels_in(self, clause: str, words: tuple[str, ...]) -> list[str]:
        """The label words of a clause; a one-character one (标, 码) only as a word of its own
        or inside 商标 (not 标准, 目标, 尺码, 号码)."""
        labels = [w for w in words if w in clause.lower()]
        for single in [w for w in labels if len(w) == 1]:
            segments = self.words.segments(clause)      # words of two characters or more
            if not any(char == single and not any(a <= at < b and clause[a:b] != "商标"
                                                  for a, b in segments)
                       for at, char in enumerate(clause)):
                labels.remove(single)
        return labels

    def _printed(self, clause: str) -> tuple[int, int] | None:
        """(stop 48) A label or code the seller printed (牌子是照着印的, 码是打印的, 序列号都是一个号):
        a ``printed_labels`` word and, after it in the clause, a ``printing`` word; its span. Not
        the labels of fakes named as such before it (假货的防伪码是打印的: how fakes are told), nor
        one negated or asked (防伪码不是打印的, 防伪码是不是打印的)."""
        labels = self._labels_in(clause, self.rules.printed_labels) + [
            w for w in self.rules.made_wrappings if w in clause]
        if not labels:
            return None
        first = min(clause.lower().find(w) for w in labels)
        if any(word in clause[:first].lower() for word in self.rules.class_verdict_words):
            return None
        for word in self.rules.printing:
            at = clause.find(word, first)
            if at >= 0 and not (at and clause[at - 1] in NEGATING_CHARS):
                return first, at + len(word)
        return None

    def _copied(self, clause: str) -> tuple[int, int] | None:
        """(stop 46) The genuine article copied in one clause (样品是买回专柜款拆开照着做的, 细节照着
        专柜款开的模): a ``following`` word, one of ``copied_referents`` at most 6 characters
        before it or 4 after it, and one of ``copying_verbs`` at most 3 characters after the
        later of the two; the span from the first to the verb's end, or None."""
        rules = self.rules
        for word in rules.following:
            at = clause.find(word)
            while at >= 0:
                end = at + len(word)
                before = any(r in clause[max(0, at - 6):at] for r in rules.copied_referents)
                rest = clause[end:end + 4]
                after = next((r for r in rules.copied_referents if r in rest), None)
                if before or after:
                    low = end + rest.find(after) + len(after) if after else end
                    for verb in rules.copying_verbs:
                        found = clause.find(verb, low, low + 3 + len(verb))
                        if found >= 0:
                            return (max(0, at - 6) if before else at, found + len(verb))
                at = clause.find(word, end)
        return None

    def _referent_sameness(self, name: str, text: str) -> list[Signal]:
        """The genuine article named by where it is sold or as the real one (``genuine_referents``:
        专柜, 商场, 正的) as the measure of sameness: a comparison marker, the referent and a
        ``sameness`` word in one clause, at most ``REFERENT_GAP`` characters before and after the
        referent (跟正的一模一样, 包装和专柜一样, 跟你在商场看到的一个样), a ``counterfeit`` signal
        as 和正品一模一样 is. Not when a negation stands between (和专柜不一样), nor when the price
        is what is the same (价格和官网一样, 跟商场一样的价格: a shop matching the official price),
        nor in a question (和专柜一样吗？). The same source is sameness too (和柜台一个厂出来的:
        ``same_source``), and the only one read of ``source_referents`` (跟大牌同一条流水线下来的;
        质感和大牌一样 is a dupe's own boast)."""
        rules = self.rules
        if self._traditional.search(text):      # 同專櫃嘅一模一樣 (stop 42): read as simplified
            text = text.translate(self._t2s)
        referents = [(word, rules.sameness + rules.same_source) for word in rules.genuine_referents
                     if word in text]
        referents += [(word, rules.same_source) for word in rules.source_referents if word in text]
        if not referents:
            return []
        found, words = [], None
        for referent, sameness in referents:
            at = text.find(referent)
            while at >= 0:
                end = at + len(referent)
                signal = self._compared(name, text, at, end, sameness)
                if signal is not None:
                    words = self.words.segments(text) if words is None else words
                    # 真正的 is no "real one": the referent opens a word of its own
                    if not any(start < at < stop for start, stop in words):
                        found.append(signal)
                at = text.find(referent, end)
        return found

    def _compared(self, name: str, text: str, at: int, end: int,
                  sameness: tuple[str, ...]) -> Signal | None:
        """The sameness signal around a genuine referent at ``at``..``end`` (see
        ``_referent_sameness``), one of ``sameness`` after it, or None."""
        rules = self.rules
        marker = next((index for index in range(at - 1, max(-1, at - REFERENT_GAP - 2), -1)
                       if text[index] in rules.comparison_markers), None)
        if marker is None or not _plain_gap(text[marker + 1:at]) \
                or "价" in text[max(0, marker - 3):marker]:
            return None       # 价格和官网一样: the price is what is the same
        for after in range(end, min(len(text), end + REFERENT_GAP + 1)):
            same = next((w for w in sameness if text.startswith(w, after)), None)
            if same is not None:
                break
            if not _plain_gap(text[after]):
                return None
        else:
            return None
        if not _plain_gap(text[end:after]):
            return None
        stop = after + len(same)
        tail = text[stop:stop + 3]
        # (stop 46) the price is the same in that clause only (跟商场一样的价格), not the next one's
        # (和商场卖的放一起分不出来，价钱只有三分之一)
        clause_tail = next((tail[:at] for at, char in enumerate(tail) if char in SENTENCE_STOPS),
                           tail)
        if tail[:1] in ("吗", "嘛", "么", "?", "？") or "价" in clause_tail:
            return None
        return Signal("counterfeit", text[marker:stop], name, marker, stop, text[marker:stop],
                      marker)

    def _inspected(self, text: str, negation: int) -> bool:
        """Whether an ``inspections`` word ends at most ``negation_gap`` characters before the
        negation at ``negation`` in its clause (鉴定不是正品, 验出来不是正品): what an inspection
        may find, the condition a genuine seller's promise names."""
        gap = self.rules.negation_gap
        before = text[max(0, negation - gap - max(map(len, self.rules.inspections), default=0)):
                      negation]
        for word in self.rules.inspections:
            at = before.rfind(word)
            if at >= 0 and len(before) - (at + len(word)) <= gap and not any(
                    char in SENTENCE_STOPS or char.isspace() for char in before[at:]):
                return True
        return False

    def _remedied(self, text: str, end: int, guarantees: list[Signal]) -> bool:
        """Whether a remedy (a ``guarantee`` word that opens no condition: 退款, 包赔) follows a
        negated genuine word ending at ``end`` in its sentence, within ``tied_window``
        characters (不是正品平台直接退款给你; ``guarantees`` holds no refused promise: 不退款)."""
        rules = self.rules
        for g in guarantees:
            if g.word in rules.guarantee_conditions or not 0 <= g.start - end <= rules.tied_window:
                continue
            if not any(char in SENTENCE_ENDS for char in text[end:g.start]):
                return True
        return False

    def _brand_hits(self, name: str, field_views: FieldViews, own: list[Signal],
                    triggered: bool, offers: bool) -> list[Hit]:
        """The brands found in one field (its own context words ``own``), each verified and
        weighed, before the record's hits are compared (``_drop_sounds_over_marks``, ``_dedupe``).

        Sound-alikes (pinyin, initials, homophones) are looked for when the record ``offers``
        (a trigger word, or commerce, sale or price words); the readings that widen the net
        most (rare readings, 1 as i) only when it is ``triggered`` by counterfeit, look-alike or
        impersonation words."""
        hits: list[Hit] = []
        view = field_views.collapsed
        # words, not spans read from the text's shape: a quotation (“肥了”) or a question (大X云台
        # 平替？) holds a hit, no word
        own = [s for s in own if s.kind not in SHAPE_SPANS]
        # (view the match was found in, match, pattern)
        candidates = [(view, m, e) for m in self.index.hot.find(view.text) for e in m.entries
                      if isinstance(e, Pattern)]
        # digits read as letters (n1ke), with 6 as g (6ivenchy), and every i, l and 1 as 1 (Y111)
        digit_reads = [read for read in (leet(view), six_as_g(view), ones(view),
                                         look_alike_ones(field_views.raw, field_views.original))
                       if read is not None]
        for read in digit_reads:
            candidates += [(read, m, e) for m in self.index.leet.find(read.text)
                           for e in m.entries]
        # 1 read as l (Yi1i), and as i with l kept (Yil1: only next to signals)
        letter_reads = [read for read in (one_as_l(view), one_as_i(view) if triggered else None)
                        if read is not None]
        for read in letter_reads:
            candidates += [(read, m, e) for m in self.index.hot.find(read.text)
                           for e in m.entries if isinstance(e, Pattern)]
        if offers:
            sounds = View(self.normalizer.homophones(view.text), view.starts, view.ends,
                          view.inner_starts, view.inner_ends)
            spelled_views = (view, without_tones(view)) if not self.index.sounds_need_letters \
                or LATIN_LETTER.search(view.text) else ()
            for spelled in filter(None, spelled_views):
                candidates += [(spelled, m, e) for m in self.index.sounds.find(spelled.text)
                               for e in m.entries]
            candidates += [(sounds, m, e) for m in self.index.homophone.find(sounds.text)
                           for e in m.entries]
            rare = self._rare_reading_matches(view.text, sounds.text) if triggered else []
            candidates += [(sounds, m, e) for m in rare for e in m.entries]
        else:
            rare = []
        rare_ids = {id(m) for m in rare}
        edges = {s.start for s in own} | {s.end for s in own}
        for found_in, match, pattern in candidates:
            hit = self._hit(name, field_views, found_in, match, pattern, offers, edges)
            if hit is None:
                continue
            if any(found_in is read for read in digit_reads + letter_reads):
                swap = "digit_swap" if any(ch.isdigit() for ch in hit.matched) else \
                    "letter_swap"
                if swap == "letter_swap" and self.normalizer.word_skeleton(
                        hit.matched) == self.normalizer.word_skeleton(pattern.source):
                    continue                            # the plain view found it already
                if swap == "digit_swap" and _digits_priced(hit, own):
                    continue                            # US$99, re: a price's digits, no letters
                hit.evasions = tuple(sorted(set(hit.evasions) | {swap}))
            # a context word on the hit; one inside it written with the mark's own characters
            # is part of the mark (元 in 元气森淋, a price word elsewhere)
            if hit.via in SOUND_VIAS and any(
                    s.kind != "goods" and s.start < hit.end and hit.start < s.end
                    and not (hit.start <= s.start and s.end <= hit.end
                             and s.matched in pattern.source) for s in own):
                # a Latin hit may begin in a collapsed run shared with a context word
                # (超A + ADDS reads "超adds"): it starts at the run's last letter instead
                if not self._trim_run(hit, field_views, found_in, match, pattern,
                                      [s for s in own if s.kind != "goods"]):
                    continue           # 的复 in 的复刻, vx: a context word, not a brand
            if hit.via == "homophone" and any(c in SENTENCE_STOPS for c in hit.matched):
                continue                 # 礼，网: a sound across two sentences is no word
            if id(match) in rare_ids and not self._rare_reading_kept(
                    hit, view.text[match.start:match.end], pattern, own, field_views.original,
                    view.text, match):
                continue
            if hit.via == "mark" and pattern.source == pattern.brand.mark \
                    and not pattern.brand.common_word and not _edge_run(
                        found_in, match.start, match.end) and self._across_words(
                        view.text, match.start, match.end):
                hit.weak_sound = "mark_across_words"      # 快乐高兴 holds 乐高
            elif hit.via == "homophone" and self.words.ordinary(
                    view.text, match.start, match.end, self.rules.ordinary_word_min_frequency,
                    self.rules.ordinary_part_min_frequency,
                    self.rules.crossing_word_min_frequency):
                hit.weak_sound = "sound_alike_is_ordinary_word"
            elif hit.via == "homophone" and not set(view.text[match.start:match.end]) \
                    & set(pattern.source) and not self._evidence_on_hit(
                        hit, own, field_views.original):
                # none of the mark's characters and nothing on the hit itself
                sound = view.text[match.start:match.end]
                if self._bare_phrase(sound):
                    hit.weak_sound = "sound_alike_needs_evidence_on_hit"
                elif len(sound) <= 2:
                    hit.weak_sound = "two_syllables_only"
            elif hit.via == "homophone" and not self._evidence_on_hit(
                    hit, own, field_views.original):
                # keeps some of the mark (猛牛 for 蒙牛, 哇哈哈): counterfeit words elsewhere
                # in the record are about something else unless the record sells
                hit.weak_sound = "homophone_needs_an_offer"
            elif hit.via == "initials" and len(pattern.raw) <= 2:
                hit.weak_sound = "short_initials_need_more"
            if hit.via == "initials" and (
                    _in_a_sentence(field_views.original, hit.start, hit.end)
                    or self._english_word(field_views.original, hit.start, hit.end)) \
                    and not _after_counterfeit(hit, own, field_views.original):
                continue                 # same factory as retail: "as" is a word, not a brand
            if hit.via == "initials" and _currency_code(field_views.original, hit.end):
                continue                 # NT$1400, HK$39: a price's currency, not a brand
            if hit.via == "initials":
                hit.ambiguous = len({entry.brand.id for entry in match.entries}) > 1
            hits.append(hit)
        if field_views.second is not None:
            hits += self._hits_read_again(name, field_views, own, triggered, offers)
        return hits

    def _hits_read_again(self, name: str, field_views: FieldViews, own: list[Signal],
                         triggered: bool, offers: bool) -> list[Hit]:
        """The hits of the field's second reading (``Normalizer.second_reading``) that hold a
        character it reads otherwise, each verified as any hit is: a picture of a word inside
        one (匡🍎威, 六㊙神: the views read 匡苹果威, 六秘神) is a separator set into the mark, a
        letter named otherwise than it looks (Conʋerse) the letter named. Its evasions are
        those of the text as written (an emoji, a compatibility form, a look-alike), and a
        separator for a picture."""
        second = field_views.second
        pictures = self.normalizer.pictures
        original = field_views.original
        found = []
        for hit in self._brand_hits(name, second, own, triggered, offers):
            changed = [at for at in range(hit.start, hit.end)
                       if original[at] != second.original[at]]
            if not changed:
                continue                   # the first reading's hit
            separated = [at for at in changed if original[at] in pictures]
            if any(at in (hit.start, hit.end - 1) for at in separated):
                continue                   # a picture at the hit's edge is its word, not a gap
            hit.matched = original[hit.start:hit.end]
            hit.evasions = tuple(sorted(
                set(hit.evasions) - {"separator"}
                | self.normalizer.evasions(hit.matched, hit.pattern)
                | ({"separator"} if separated else set())))
            found.append(hit)
        return found

    def _hit(self, name: str, field_views: FieldViews, view: View, match, pattern: Pattern,
             offers: bool, edges: set[int]) -> Hit | None:
        """Verify one candidate (word edges, repeats) and say which evasions it undid.

        A Latin mark needs a word edge on each side ("anikea" holds no NIKE), but a context word
        glued to it ("超ANIKE", "replicaNIKE") is an edge too: ``edges`` are those words' ends.
        """
        if pattern.via in self.rules.needs_signals and not offers:
            return None
        start, end = match.start, match.end
        original = field_views.original
        begin, finish = view.original_span(start, end)
        if end - start < 2 and pattern.raw not in self.normalizer.word_skeleton(
                original[begin:_overlaid(original, finish)], collapse=False):
            # one character of the view (a collapsed key: initials ll read as l) whose widest
            # span does not repeat it: the check below fails on any narrower span too, and
            # selling text in English has an l in every other word
            return None
        # pinyin or a Latin name glued to an English word (Huaxizivibes, thefeile) has an edge
        # there, inside one Latin word too (words are read only for such a hit)
        glues = pattern.via in ("pinyin", "alias")
        if pattern.latin_start and view.inner_starts[start] == begin \
                and _within_a_word(original, begin, edges) \
                and not (glues and self._english_glued(original, begin, finish, True)) \
                or pattern.latin_end and view.inner_ends[end - 1] == finish \
                and _within_a_word(original, finish, edges) \
                and not (glues and self._english_glued(original, begin, finish, False)):
            # inside a Latin word, at a place no collapsed run can move (ships, link): no edge
            # of either kind below; an English sentence holds some initials at most letters
            return None
        # initials, pinyin or a Latin alias in one case glued to a word in the other (ccSUV,
        # NKshoes, hailanzhijiaPOLO, Estee LauderDW) or to an English word have an edge there,
        # when their other side is a real one (aNKe is no abbreviation)
        cased = pattern.via in ("initials", "pinyin", "alias")
        case_edges = 0
        # (the run the view collapsed may hold the glued word's first letter: ysldDW reads
        # "ysldw", its d the run dD, and the edge is inside the run)
        if pattern.latin_start and not self._edge(original, begin, edges, -1):
            if cased and _case_edge(original, begin, finish, True):
                case_edges += 1
            else:
                begin = view.inner_starts[start]
                if self._edge(original, begin, edges, -1):
                    pass
                elif cased and _case_edge(original, begin, finish, True) \
                        or glues and self._english_glued(original, begin, finish, True):
                    case_edges += 1
                else:
                    return None
        if pattern.latin_end and not self._edge(original, finish, edges, 0):
            if cased and not case_edges and _case_edge(original, begin, finish, False):
                case_edges += 1
            else:
                finish = view.inner_ends[end - 1]
                if self._edge(original, finish, edges, 0):
                    pass
                elif not case_edges and (
                        cased and _case_edge(original, begin, finish, False)
                        or glues and self._english_glued(original, begin, finish, False)):
                    case_edges += 1
                else:
                    return None
        finish = _overlaid(original, finish)             # overlay marks belong to the letter
        matched = original[begin:finish]
        raw = self.normalizer.word_skeleton(matched, collapse=False)
        toned = pattern.via == "pinyin" and TONE_DIGIT.search(raw) is not None
        if toned:
            # pinyin written with tone numbers (yong3jiu3, hua2wei4): the last syllable's number
            # is the hit's too (the view matched without it); the numbers are set between the
            # syllables as separators are (a separator below), no letter written twice
            if original[finish:finish + 1] in ("1", "2", "3", "4", "5") \
                    and not original[finish + 1:finish + 2].isdigit() and raw[-1:].isalpha():
                finish += 1
                matched = original[begin:finish]
            raw = TONE_DIGIT.sub("", self.normalizer.word_skeleton(matched, collapse=False))
        if end - start < 2 and pattern.raw not in raw:       # 旺旺 collapses to one character
            return None
        if pattern.via in DIRECT_VIAS and not (pattern.latin_start or pattern.latin_end) \
                and _edge_run(view, start, end):
            # 江小白白酒: the run 白白 is the mark's last character and the next word's first
            # (白酒), not a repeat written into the mark: the hit ends at the run's first 白
            edge_begin = begin if pattern.raw[:1] * 2 == pattern.raw[:2] else \
                view.inner_starts[start]
            edge_finish = finish if pattern.raw[-1:] * 2 == pattern.raw[-2:] else \
                view.inner_ends[end - 1]
            trimmed = self.normalizer.word_skeleton(original[edge_begin:edge_finish],
                                                    collapse=False)
            if len(trimmed) >= len(pattern.raw):
                begin, finish = edge_begin, edge_finish
                matched, raw = original[begin:finish], trimmed
        if (pattern.latin_start or pattern.latin_end) and len(raw) > len(pattern.raw) \
                and " " in matched:
            # "Alpha to omega: a guide": a letter repeated across a word break is the next
            # word's (a), not a repeat written into the mark; the hit ends where its word does
            for low, high in _word_trims(original, begin, finish):
                if self.normalizer.word_skeleton(original[low:high], collapse=False) \
                        == pattern.raw:
                    begin, finish, matched, raw = low, high, original[low:high], pattern.raw
                    break
        if pattern.via in ("pinyin", "initials") and len(raw) < len(pattern.raw):
            return None          # "bx" is not the initials bxx (the view collapsed their repeat)
        if pattern.via == "pinyin" and self._letters_set_apart(matched) \
                and any(map(is_cjk, pattern.source)):
            return None          # H.E. 洗: letters set apart are initials, no syllable of 禾洗
        evasions = self.normalizer.evasions(matched, pattern.source)
        if "separator" in evasions and LATIN_WORDS.fullmatch(matched):
            evasions.discard("separator")   # cha cha, Red Bull: words, spaced as words are
        if len(raw) > len(pattern.raw):
            evasions.add("repeated")
        if toned:
            evasions.add("separator")
        if pattern.via in ("knockoff",) + SOUND_VIAS:
            evasions.add(pattern.via)
        return Hit(pattern.brand, pattern.via, pattern.source, name, begin, finish, matched,
                   tuple(sorted(evasions)))

    def _letters_set_apart(self, matched: str) -> bool:
        """Does a separator stand between two Latin letters or digits of ``matched`` (H.E.)?
        A syllable written out beside a mark's characters is written in one piece."""
        alnum_before = gap = False
        for char in matched:
            folded = self.normalizer.word_skeleton(char, collapse=False)
            if not folded:
                gap = gap or unicodedata.category(char)[0] != "M"
                continue
            alnum = folded.isascii() and folded.isalnum()
            if alnum and alnum_before and gap:
                return True
            alnum_before, gap = alnum, False
        return False

    def _trim_run(self, hit: Hit, field_views: FieldViews, view: View, match, pattern: Pattern,
                  own: list[Signal]) -> bool:
        """Start ``hit`` at the last character of the collapsed run it begins in, if that clears
        every context word it overlapped and still spells the whole pattern."""
        inner = view.inner_starts[match.start] if view.inner_starts else hit.start
        if not pattern.latin_start or inner <= hit.start or any(
                s.start < hit.end and inner < s.end for s in own):
            return False
        matched = field_views.original[inner:hit.end]
        raw = self.normalizer.word_skeleton(matched, collapse=False)
        if len(raw) < len(pattern.raw):
            return False
        evasions = self.normalizer.evasions(matched, pattern.source) | {pattern.via}
        if len(raw) > len(pattern.raw):
            evasions.add("repeated")
        kept = {e for e in hit.evasions if e in ("digit_swap", "letter_swap")}
        hit.start, hit.matched, hit.evasions = inner, matched, tuple(sorted(evasions | kept))
        return True

    def _across_words(self, text: str, start: int, end: int) -> bool:
        """Do common words cross both edges of ``text[start:end]`` (快乐|高兴 over 乐高)? Then
        the mark's characters are the ends of two other words, not the brand."""
        least = self.rules.ordinary_word_min_frequency
        before = after = False
        for word_start, word_end in self.words.segments(text):
            if word_start < start < word_end <= end:
                before = before or self.words.frequency(text[word_start:word_end]) >= least
            elif start <= word_start < end < word_end:
                after = after or self.words.frequency(text[word_start:word_end]) >= least
        return before and after

    def _poster_owns(self, hit: Hit, account: str, hits: tuple[Hit, ...] = ()) -> str | None:
        """A sound-alike posted by an account another brand authorises: "own" when its characters
        are that brand's own (an authorised shop writing its mark, read as another's sound),
        "own_brand_post" when the record writes that brand out (its own post about its own
        goods), "other" otherwise; None for accounts no other brand authorises."""
        own = [brand for brand in self._owners.get(account, ()) if brand is not hit.brand]
        if not own:
            return None
        letters = set(self.normalizer.word_skeleton(hit.matched, collapse=False))
        if any(letters & set(self.normalizer.word_skeleton(brand.mark, collapse=False))
               for brand in own):
            return "own"
        if any(other.via in DIRECT_VIAS and other.brand in own for other in hits):
            return "own_brand_post"
        return "other"

    def _rare_reading_matches(self, skeleton: str, sounds: str) -> list[Found]:
        """Homophone matches that need one character read by a rare reading of its own (寻 xín
        for 新, 能 tái for 台): each such character's other sound classes put in its place, in a
        window around it, one at a time. Only matches covering that character are new."""
        rare = self.normalizer.rare_readings
        found = []
        for at, char in enumerate(skeleton):
            others = rare.get(ord(char))
            if not others:
                continue
            low = max(0, at - RARE_SPAN + 1)
            before, after = sounds[low:at], sounds[at + 1:at + RARE_SPAN]
            for other in others:
                for match in self.index.homophone.find(before + other + after):
                    start, end = match.start + low, match.end + low
                    if start <= at < end:
                        found.append(Found(start, end, match.entries))
        return found

    def _rare_reading_kept(self, hit: Hit, written: str, pattern: Pattern, own: list[Signal],
                           original: str, skeleton: str, match: Found) -> bool:
        """A sound-alike through a rare reading counts only as a seller writes one: keeping a
        character of its mark (冒台 for 茅台), a counterfeit word on it (精仿冒台), and no everyday
        word (能 in 可能 reads tái too). Every text read so gains candidates: 1 119 of the tune
        part's 1 343 benign texts would with 10 000 marks loaded."""
        if not set(written) & set(pattern.source):
            return False
        if not self._evidence_on_hit(hit, own, original):
            return False
        return not self.words.ordinary(skeleton, match.start, match.end,
                                       self.rules.ordinary_word_min_frequency,
                                       self.rules.ordinary_part_min_frequency,
                                       self.rules.crossing_word_min_frequency)

    def _objects_after(self, own: list[Signal], text: str) -> list[int]:
        """Starts of the field's counterfeit words (with the ones glued after them: 一比一复刻)
        followed by an object marker (了, 的) or an object verb (还原) and more words in their
        clause: 一比一复刻了这个镜头, 复刻的九十年代书房, 1:1还原课本里的插图 make what follows,
        not a mark written before them."""
        markers, verbs = self.rules.object_markers, self.rules.object_verbs
        counterfeit = [s for s in own if s.kind == "counterfeit"]
        if not (markers or verbs) or not counterfeit:
            return []
        starts = {s.start: s for s in counterfeit}
        found = []
        for signal in counterfeit:
            end = signal.end
            while end in starts and starts[end].end > end:      # 一比一 + 复刻
                end = starts[end].end
            verb = next((v for v in verbs if text.startswith(v, end)), "")
            after = end + len(verb) if verb else end + 1
            if (verb or end < len(text) and text[end] in markers) and after < len(text) \
                    and not text[after].isspace() and text[after] not in SENTENCE_STOPS:
                found.append(signal.start)
        return found

    def _bare_phrase(self, sound: str) -> bool:
        """Is a sound-alike (with none of the mark's characters) a syllable and a particle
        (飞了 for 斐乐, 椅里 for 伊利) or a word jieba lists but rarely saw (打浆 for 大疆)?
        斐了 keeps 斐, the mark's own syllable, and is never asked."""
        if len(sound) >= 2 and sound[-1] in self.rules.particles:
            return True                     # a particle inside (啊地打肆) ends no phrase
        return 0 < self.words.frequency(sound) < self.rules.ordinary_word_min_frequency

    def _keeps_most(self, hit: Hit) -> bool:
        """Is the hit written with more than half of its mark's own characters (劳力是 for 劳力士;
        not 老风箱 for 老凤祥, an everyday word after one of them)?"""
        skeleton = self.normalizer.word_skeleton
        mark = skeleton(hit.brand.mark, collapse=False)
        written = skeleton(hit.matched, collapse=False)
        return 2 * sum(a == b for a, b in zip(written, mark)) > len(mark)

    def _goods_after(self, hit: Hit, original: str) -> bool:
        """A noun of jieba's dictionary written straight after the hit, or a space apart (醢尔冰箱,
        哗渓子 眉笔): the hit is the brand of the goods it names."""
        at = hit.end
        # (stop 42) set apart as a name (【AMS】铂金包, (WBL)钢笔, 《ZRT》面霜) or marked as the
        # maker's (zrt牌精华水, AMS家丝巾, XTE品牌洗衣机): the brand of the goods all the same
        while at < len(original) and original[at] in NAME_CLOSERS:
            at += 1
        at += at < len(original) and original[at].isspace()
        marker = next((word for word in MAKER_MARKERS if original.startswith(word, at)), "")
        if marker and self.words.noun_at(original, at + len(marker)):
            return True
        return self.words.noun_at(original, at)

    def _disguised(self, hit: Hit, original: str) -> bool:
        """Is the hit spelled as only someone hiding the mark from a filter spells it? Not the
        owner's spelling nor one an honest writer has a reason for: a symbol, emoji or an
        unusual space set inside the mark (蕉․下, 浪@琴, 长💯城, 小\u202f熊; an ordinary space
        only between Latin letters set apart one by one: C h o w), an invisible character, a
        look-alike letter or digit (Unicode's confusables table, leetspeak), a compatibility or
        styled form, accents no word list writes on a Latin name (Lõngines: wordfreq's English
        list writes Lancôme, Hermès, Nestlé), other characters of the same sound that are no
        ordinary word (美悳, 索伲), and pinyin written with tones, half in characters or inside
        Chinese text (suǒní, 老ban, HuiLi小白鞋; in English text a mark's plain pinyin is how
        its name is written, unless the owner writes a Latin name of his own: Xing-Ba-Ke).
        Initials are not: an abbreviation is how anyone shortens a name."""
        if hit.via == "initials" or hit.weak_sound not in (None, *DISGUISED_SOUNDS):
            return False
        matched = hit.matched
        if hit.via == "homophone":
            # keeping some of the mark's characters and sounding like the others (索伲, 霤神), or
            # two characters of its sound at least one of which few texts use (呔椮, 鸿郖: outside
            # GB2312's level 1, the 3 755 characters of everyday text): an evader's picks; two
            # everyday characters (微单, 箱未) are any text's
            if not all(map(is_cjk, matched)) or not self._whole_words(original, hit):
                return False           # 日期看图 holds 期看, 保真 有 holds 真有: words' pieces
            return hit.weak_sound != "two_syllables_only" or any(
                self._rare(char) for char in matched if char not in hit.brand.mark)
        evasions = set(hit.evasions)
        if evasions & DISGUISES:
            return True
        if hit.via == "pinyin":
            if any(map(is_cjk, matched)) or not matched.isascii() \
                    or TONE_DIGIT.search(matched.lower()):
                return True
            if any(map(is_cjk, original[:hit.start])) or any(map(is_cjk, original[hit.end:])):
                return True
            return any(_latin(char) for alias in hit.brand.aliases for char in alias)
        if "separator" in evasions and _hidden_gap(matched):
            return True
        if "diacritics" in evasions:
            return any(not word.isascii() and word.lower() not in self.accented
                       for word in re.findall(r"[^\W\d_]+", matched))
        return False

    def _rare(self, char: str) -> bool:
        """A Chinese character outside everyday text (``words.everyday_characters``), judged
        in its simplified form as the views read it."""
        return is_cjk(char) and self.normalizer.word_skeleton(char)[:1] not in self.everyday

    def _whole_words(self, original: str, hit: Hit) -> bool:
        """Does no word of the text's segmentation (jieba's dictionary, words of two characters
        or more) hold the hit's start or end inside it? A disguise stands as a name of its own (今天团|煤|脦|滚筒);
        a sound-alike cut out of two words (生产日期|看图) is the text's."""
        low, high = _run(original, hit.start, hit.end)
        return not any(low + start < at < low + end
                       for start, end in self.words.segments(original[low:high])
                       for at in (hit.start, hit.end))

    def _evidence_on_hit(self, hit: Hit, own: list[Signal], original: str) -> bool:
        """Counterfeit evidence on the hit itself: a counterfeit word right next to it in its
        field and sentence (乃克 高仿, 划为墨镜，仿品; not 很耐磕。今天一比一复刻了蛋糕), or an
        evader's spelling beyond the sound (飞·了)."""
        window = self.rules.hit_evidence_window
        for signal in own:
            if signal.kind == "counterfeit" \
                    and max(signal.start - hit.end, hit.start - signal.end) <= window:
                low, high = (hit.end, signal.start) if signal.start >= hit.end else \
                    (signal.end, hit.start)
                if not any(char in SENTENCE_ENDS for char in original[low:high]):
                    return True
        return any(self.rules.evasion_weights.get(e, 0) for e in hit.evasions
                   if e not in SOUND_VIAS and e != "repeated")

    @staticmethod
    def _offer_shape(hit: Hit, own: list[Signal], original: str, after_only: bool = False) -> bool:
        """Goods written straight before or after the hit, or a space apart (划为墨镜);
        ``after_only`` for an everyday word, which names the goods' brand only written before
        them as a brand is (划为墨镜, not 戒指竟然是A货: 竟然 after the goods is the sentence)."""
        def touching(start: int, end: int) -> bool:
            return start == end or (end - start == 1 and original[start].isspace())
        goods = [signal for signal in own if signal.kind == "goods"]
        if any(signal.start < hit.end and hit.start < signal.end for signal in goods):
            return False      # 子是 in 鞋子是: the hit cuts through the goods word, not beside it
        return any(signal.kind == "goods" and (touching(hit.end, signal.start)
                                               or not after_only
                                               and touching(signal.end, hit.start))
                   for signal in own if signal.start >= hit.end or signal.end <= hit.start)

    def _edge(self, original: str, at: int, edges: set[int], side: int) -> bool:
        """Is ``at`` a word edge for a Latin mark: no Latin letter on that side, or a context word?"""
        if at in edges or not 0 <= at + side < len(original):
            return True
        if side < 0 and original[at - 1] in APOSTROPHES and at >= 2 \
                and original[at - 2].isascii() and original[at - 2].isalpha():
            return False        # the tail of a contraction (I'll, don't, it's) is no word start
        folded = self.normalizer.word_skeleton(original[at + side], collapse=False)
        return not (folded and folded[side].isascii() and folded[side].isalpha())

    def _english_word(self, original: str, start: int, end: int) -> bool:
        """Is ``original[start:end]`` a whole Latin word, not in capitals, that English uses at
        least ``initials_english_min_zipf`` often (My, lee, away), with another Latin word a space
        or a handle's underscore before or after it (My friend got, @lee mine is, student_sell)?
        A word of the sentence, not a mark's initials; a seller writing an abbreviation among
        English words writes it in capitals (BBL check scarf), or names it after a counterfeit
        word (``_after_counterfeit``)."""
        word = original[start:end]
        if not (word.isascii() and word.isalpha()) or word.isupper() \
                or start > 0 and _latin(original[start - 1]) \
                or end < len(original) and _latin(original[end]) \
                or f"\n{word.lower()}\n" not in self.common_english:
            return False
        return bool(LATIN_WORD_AFTER.match(original, end) or LATIN_WORD_ENDS.search(
            original, max(0, start - 40), start))

    def _english_glued(self, original: str, begin: int, finish: int, at_start: bool) -> bool:
        """Is the Latin word glued to ``original[begin:finish]`` before it (``at_start``) or
        after it an English word of three letters or more (Yongjiuhaul, DaisenLab, thefeile;
        a capital after a small letter starts the next word: XiaoxiongStyleBox), while the
        hit and that word together are none (mantra, theme)?"""
        if at_start:
            low = begin
            while low > 0 and _latin(original[low - 1]) and not (
                    low < begin and original[low].isupper() and original[low - 1].islower()):
                low -= 1
            # (stop 49) the whole is the word the glue is in, not across a space the hit holds
            # (origin|al or China: "original" is a word, "al or" no alias glued to it)
            high = begin
            while high < finish and not original[high].isspace():
                high += 1
            word, whole = original[low:begin], original[low:high]
        else:
            high = finish
            while high < len(original) and _latin(original[high]) and not (
                    high > finish and original[high].isupper()
                    and original[high - 1].islower()):
                high += 1
            low = finish
            while low > begin and not original[low - 1].isspace():
                low -= 1
            word, whole = original[finish:high], original[low:high]
        return len(word) >= 3 and f"\n{word.lower()}\n" in self.english \
            and f"\n{whole.lower()}\n" not in self.english

    def _needs_cue(self, hit: Hit, hits: list[Hit], views: dict[str, FieldViews]) -> bool:
        """A common-word mark (苹果) counts as the brand only next to an alias or a product cue
        written against it (苹果手机, 长城 哈弗): 熊猫 three words after 电视 is a panda on TV."""
        if not hit.brand.common_word or hit.via in ("alias", "knockoff"):
            return False
        if any(other.brand is hit.brand and other.via == "alias" for other in hits):
            return False
        return not self._cue_against(hit, views[hit.field].original)

    def _cue_against(self, hit: Hit, original: str) -> bool:
        """A product cue of the hit's brand within ``cue_gap`` letters after it (凤凰牌自行车,
        长城 哈弗) or after a listing's counterfeit or look-alike words (凤凰 原厂代工自行车), or
        before it with nothing between but such words (空调 美的, 电视 A货 熊猫款, 自行车平替
        凤凰; spaces, symbols and emoji not counted),
        in the same field: a goods word with other words between it and a later common word is a
        clause of its own (旧电脑让我联想到, 这辆自行车我要永久珍藏)."""
        skeleton = self.normalizer.word_skeleton
        gap = self.rules.cue_gap
        before = skeleton(original[max(0, hit.start - 24):hit.start], collapse=False)
        after = skeleton(original[hit.end:hit.end + 24], collapse=False)
        listing = self.__dict__.get("_listing_words")
        if listing is None:
            listing = self._listing_words = frozenset({""} | {
                skeleton(word, collapse=False) for kind in ("counterfeit", "weak_counterfeit")
                for word in self.rules.words.get(kind, ())})
        # a listing's counterfeit or look-alike words between the mark and its goods are skipped
        # as they are before it (凤凰 原厂代工自行车, 大白兔 大牌平替奶糖)
        while word := max((w for w in listing if w and after.startswith(w)), key=len,
                          default=""):
            after = after[len(word):]
        for cue in self._cue_words(hit.brand):
            if cue in after[:len(cue) + gap]:
                return True
            at = before.rfind(cue, max(0, len(before) - len(cue) - gap))
            if at >= 0 and before[at + len(cue):] in listing:
                return True
        return False

    def _cue_words(self, brand: Brand) -> tuple[str, ...]:
        cues = self._cues.get(brand.id)
        if cues is None:
            cues = tuple(filter(None, (self.normalizer.word_skeleton(w)
                                       for w in brand.context_words)))
            self._cues[brand.id] = cues
        return cues

    def _has_cue(self, brand: Brand, views: dict[str, FieldViews]) -> bool:
        """Is one of the brand's product words (手机 for 苹果) anywhere in the record?"""
        cues = self._cue_words(brand)
        return any(cue in v.collapsed.text for cue in cues for v in views.values())


def _word_units(text: str) -> tuple[int, ...] | None:
    """Distance in words, not characters: ``units[p]`` counts the units that begin before
    position ``p`` of ``text``, a word written with spaces (WORD) one unit, the spaces between
    two such words none, any other character one. A Chinese character is a word of its own, so
    Chinese text keeps its character distances (None: every character one unit); English takes
    five or six characters a word, and its listings' context words lay five times as far off.
    """
    words = [match.span() for match in WORD.finditer(text)]
    if all(end - start == 1 for start, end in words):
        return None
    step = [1] * len(text)           # does a unit begin at this character?
    for index, (start, end) in enumerate(words):
        step[start + 1:end] = [0] * (end - start - 1)
        following = words[index + 1][0] if index + 1 < len(words) else end
        if following > end and text[end:following].isspace():
            step[end:following] = [0] * (following - end)      # spaces between two words
    return (0, *accumulate(step))


def _in_a_sentence(original: str, start: int, end: int) -> bool:
    """Are ``original[start:end]``'s letters a lowercase word between two English words, one
    space either side, the one before lowercase (same factory as retail, authorised by Red Bull:
    the word after may be a name)? Initials there are a word of the sentence: any two or three
    letters are some of 10 000 marks' initials, and a seller writing an abbreviation among
    English words writes it in capitals (UA BBL check scarf). One with a vowel (at, be, fly: an
    English word's shape, as ``_after_counterfeit`` reads it) is a word of the sentence after a
    lowercase word or I and before any Latin word, one letter included (to be a knockoff, when I
    fly home), or a price (a bargain at $15)."""
    word = original[start:end]
    if not (word.isascii() and word.isalpha() and word.islower()):
        return False
    before, after = original[max(0, start - 3):start], original[end:end + 3]
    if len(before) == 3 and before[2] == " " and before[:2].isascii() \
            and before[:2].isalpha() and before[:2].islower() \
            and len(after) == 3 and after[0] == " " and after[1:].isascii() \
            and after[1:].isalpha() and after[2].islower():
        return True
    if not (set(word) & VOWELS and start >= 2 and original[start - 1] == " "
            and len(after) >= 2 and after[0] == " "
            and (after[1].isascii() and after[1].isalnum() or after[1] in CURRENCY_SIGNS)):
        return False
    # the word before lowercase, or the pronoun I (a capital opens a name: My he washing machine)
    previous = LATIN_WORD_BEFORE.search(original, 0, start - 1)
    return previous is not None and (previous.group().islower() or previous.group() == "I")


def _after_counterfeit(hit: Hit, own: list[Signal], original: str) -> bool:
    """Lowercase initials a space after a counterfeit word (replica zdf gold bangle, fake whh
    yogurt drink): the word the counterfeit word names, an abbreviation, when it is no English
    word: three letters or more, or two with no vowel (hn, nk; not by, or, as)."""
    word = original[hit.start:hit.end]
    if len(word) < 3 and set(word.lower()) & VOWELS:
        return False
    return any(s.kind == "counterfeit" and s.end <= hit.start
               and original[s.end:hit.start] == " " for s in own)


def _currency_code(original: str, end: int) -> bool:
    """Whether letters ending at ``end`` are a currency's code written on a price (NT$1400,
    HK$39, US$ 99): a currency sign and a digit straight after them."""
    return CURRENCY_CODE.match(original, end) is not None


def _digits_priced(hit: Hit, own: list[Signal]) -> bool:
    """Whether every digit a hit read as a letter is a digit of a price (``US$99, returns``
    read as GREE): a number written as a price is the price."""
    prices = [(s.start, s.end) for s in own if s.kind == "price"]
    return bool(prices) and all(
        any(low <= at < high for low, high in prices)
        for at, char in enumerate(hit.matched, hit.start) if char.isdigit())


def _word_trims(original: str, begin: int, finish: int) -> list[tuple[int, int]]:
    """``original[begin:finish]`` without its last word and without its first (the separators
    at the cut dropped): the spans to try as the mark when a repeat crossed a word break."""
    text, spans = original[begin:finish], []
    for low, high in ((begin, begin + text.rfind(" ")), (begin + text.find(" ") + 1, finish)):
        while low < high and not original[high - 1].isalnum():
            high -= 1
        while low < high and not original[low].isalnum():
            low += 1
        if high - low >= 2 and (low, high) != (begin, finish):
            spans.append((low, high))
    return spans


def _glued(hit: Hit, own: list[Signal], original: str) -> bool:
    """A counterfeit word touching the hit in its field, or a space apart (大江原单, 高仿大江)."""
    for signal in own:
        if signal.kind != "counterfeit":
            continue
        low, high = (hit.end, signal.start) if signal.start >= hit.end else (signal.end, hit.start)
        if 0 <= high - low <= 1 and original[low:high].strip() == "":
            return True
    return False


# evasions that are a disguise wherever they stand in a mark (``BrandGuard._disguised``)
DISGUISES = frozenset({"zero_width", "confusable", "combining_marks", "digit_swap", "letter_swap",
                       "compat", "emoji"})
# what an honest writer sets between words: a space, an ideographic space
PLAIN_SPACES = frozenset(" \u3000")
# a clause's end, which a hit may straddle in ordinary text
CLAUSE_MARKS = frozenset("，。！？；：、,.!?;:")


# sound-alikes the rules hold back for want of an offer, which a disguise in an offer is
DISGUISED_SOUNDS = ("homophone_needs_an_offer", "two_syllables_only")


# evasions that leave a mark as its owner writes it, as far as a reader sees
PLAIN_EVASIONS = frozenset({"fullwidth", "traditional"})


def _written_plainly(hit: Hit, hits: list[Hit]) -> bool:
    """Does the record also write ``hit``'s brand as its owner does (the mark or an alias, in
    full-width or traditional characters at most): then nothing is hidden from a filter
    (XUEHUA雪花啤酒)."""
    return any(other is not hit and other.brand is hit.brand and other.via in ("mark", "alias")
               and PLAIN_EVASIONS.issuperset(other.evasions) for other in hits)


def _hidden_gap(matched: str) -> bool:
    """Does a gap inside ``matched`` (a mark written out) hold something besides plain spaces,
    or set Latin letters apart one by one (C h o w  T a i)? Spaced-out Chinese titles
    (长 城 葡 萄 酒) and words spaced as words are ordinary."""
    letters = [i for i, char in enumerate(matched) if char.isalnum()]
    gaps = [matched[a + 1:b] for a, b in zip(letters, letters[1:]) if b > a + 1]
    if any(gap.strip() in CLAUSE_MARKS for gap in gaps):
        return False                   # 198块，学弟: a clause ends inside the hit, no gap set in
    if any(set(gap) - PLAIN_SPACES for gap in gaps):
        return True
    words = matched.split()
    return len(words) >= 3 and all(len(word) == 1 and _latin(word) for word in words)


def _latin(char: str) -> bool:
    return char.isascii() and char.isalpha()


def _cased(char: str) -> bool:
    """A letter with a case: Latin, and the fancy-text, full-width and other scripts' letters
    that stand for Latin ones (𝑊𝑎𝐻𝑎, Ｍａｒｔ, Arсtеry), not a Chinese character."""
    return char.isupper() or char.islower()


def _case_edge(original: str, begin: int, finish: int, at_start: bool) -> bool:
    """Initials (pinyin, a Latin alias) written in one case against a Latin letter of the
    other case (ccSUV, NKshoes, 𝑊𝑎𝐻𝑎𝐻𝑎AD)."""
    at = begin - 1 if at_start else finish
    if not (0 <= at < len(original) and _cased(original[at])):
        return False                    # no letter glued on: most candidates, cheaply
    letters = [char for char in original[begin:finish] if _cased(char)]
    if not letters:
        return False
    if not (all(map(str.isupper, letters)) or all(map(str.islower, letters))):
        # pinyin written in capitalised syllables (YaShiLanDai, Estee Lauder) ends in a small
        # letter: glued to a code in capitals after it (DW) it has an edge there, never before
        if at_start or not letters[0].isupper() or letters[-1].isupper():
            return False
        letters = letters[-1:]
    neighbour = original[at]
    if neighbour.isupper() == letters[0].isupper():
        return False
    # the glued word is a word of its own case (SUV, shoes), not one capital starting a word
    # written in the initials' case: "The" is T + he, "It" is I + t, no abbreviation glued on
    step = -1 if at_start else 1
    run = at
    while 0 <= run + step < len(original) and _cased(original[run + step]) \
            and original[run + step].isupper() == neighbour.isupper():
        run += step
    if abs(run - at) >= 1:
        return True
    # or a model code: capitals then digits (YanJingU8, yanjingU8 啤酒: 燕京's U8, a phone's P30)
    after = run + step
    return neighbour.isupper() and not at_start and after < len(original) \
        and original[after].isascii() and original[after].isdigit()


def _overlaid(original: str, finish: int) -> int:
    """``finish`` moved past the combining marks written over the letter before it."""
    while finish < len(original) and unicodedata.category(original[finish])[0] == "M":
        finish += 1
    return finish


def _within_a_word(original: str, at: int, edges: set[int]) -> bool:
    """Are ``original[at - 1]`` and ``original[at]`` Latin letters of one case, no context word
    starting or ending between them? Then ``at`` is no word edge (``BrandGuard._edge``) and no
    edge between cases (``_case_edge``: the letters beside it have one case)."""
    if at in edges or not 0 < at < len(original):
        return False
    before, after = original[at - 1], original[at]
    return before.isascii() and after.isascii() and before.isalpha() and after.isalpha() \
        and before.isupper() == after.isupper()


def _edge_run(view: View, start: int, end: int) -> bool:
    """Does the match ``view.text[start:end]`` begin or end (not both) on a collapsed run (白白 in
    江小白白酒), whose other characters may belong to the next word rather than to the mark?"""
    if not view.inner_starts or not view.inner_ends:
        return False
    # both edges on runs (耐耐克克) is a repeat written into the whole mark, an evasion
    return (view.inner_starts[start] != view.starts[start]) != (
        view.inner_ends[end - 1] != view.ends[end - 1])


def _drop_sounds_over_marks(hits: list[Hit]) -> list[Hit]:
    """A brand written out (耐克, NIKE, a listed knock-off) is that brand: its characters are
    not also another brand's sound-alike, so an authorised shop's own mark never reads as
    someone else's; and a whole pinyin spelling is not also some other brand's initials."""
    def covered(hit: Hit, by: list[Hit]) -> bool:
        return any(other.brand is not hit.brand and other.field == hit.field
                   and other.start < hit.end and hit.start < other.end
                   # a homophone holding a whole mark and more is not that mark's characters
                   # read again: 堡格力 (宝格丽) holds 格力 but says more; unless the record
                   # writes that mark on its own elsewhere too (stop 45: 放伊利…收纳架 beside
                   # 给伊利全脂奶粉配的): the record names that brand, a neighbour read with it
                   and not (hit.via == "homophone" and hit.start <= other.start
                            and other.end <= hit.end
                            and hit.end - hit.start > other.end - other.start
                            and not written_apart(other, hit, by))
                   for other in by)

    def written_apart(mark: Hit, sound: Hit, by: list[Hit]) -> bool:
        """The mark written again outside every reading of the sound-alike's brand."""
        return any(again.brand is mark.brand and again.via == mark.via and not any(
            held.brand is sound.brand and held.field == again.field
            and held.start <= again.start and again.end <= held.end for held in hits)
            for again in by)

    def inside(hit: Hit, by: list[Hit]) -> bool:
        return any(other.brand is not hit.brand and other.field == hit.field
                   and other.start <= hit.start and hit.end <= other.end
                   and other.end - other.start > hit.end - hit.start for other in by)

    direct = [hit for hit in hits if hit.via in DIRECT_VIAS]
    kept = [hit for hit in hits if hit.via not in SOUND_VIAS or not covered(hit, direct)]
    spelled = [hit for hit in kept if hit.via == "pinyin"]    # ya3ge1er3 holds no "ya" initials
    # the fuller reading wins: a sound inside another brand's longer spelling is part of it
    # (xue in 雪花's xue花 is no 吁娥)
    return [hit for hit in kept if not (hit.via == "initials" and covered(hit, spelled))
            and not (hit.via in SOUND_VIAS and inside(hit, spelled))]


def _outside_marks(signals: list[Signal], hits: list[Hit],
                   bases: dict[str, int]) -> list[Signal]:
    """The context words that are not part of a mark written out in the record: 元 in 元气森林 is
    no price wherever the mark stands, not only beside its own hit (``context.near`` drops the
    words inside the hit it decides; a second mention of the mark in the description priced a
    shopkeeper's warning in the title: 元气森林假货太多 | 收来路不明的元气森林…). Marks written
    as such (``DIRECT_VIAS``) only: a sound-alike may lie over the record's own words."""
    spans = [(bases[hit.field] + hit.start, bases[hit.field] + hit.end) for hit in hits
             if hit.via in DIRECT_VIAS]
    if not spans:
        return signals
    return [s for s in signals if not any(
        low <= s.position and s.position + len(s.matched) <= high for low, high in spans)]


def _plain_gap(between: str) -> bool:
    """Whether the characters between a comparison's parts leave it one plain comparison: no
    stop or space (another clause), no negation (和专柜不一样) and no price (价格和官网一样)."""
    return not any(char.isspace() or char in SENTENCE_STOPS or char in SENTENCE_ENDS
                   or char in NEGATING_CHARS or char in "价钱,." for char in between)


def _dedupe(hits: list[Hit]) -> list[Hit]:
    """One hit per brand and overlapping span, the most direct route (mark before homophone)."""
    hits.sort(key=lambda h: (VIA_PREFERENCE.index(h.via), -(h.end - h.start)))
    kept: list[Hit] = []
    for hit in hits:
        if not any(k.brand is hit.brand and k.field == hit.field
                   and k.start < hit.end and hit.start < k.end for k in kept):
            kept.append(hit)
    kept.sort(key=lambda h: (FIELDS.index(h.field), h.start))
    return kept


def _clause_start(text: str, at: int) -> int:
    """Where the clause holding position ``at`` starts: after the last sentence stop before it
    (Chinese stops, or Latin punctuation followed by a space)."""
    start = 0
    for index in range(at - 1, -1, -1):
        if text[index] in SENTENCE_STOPS or text[index] in SENTENCE_ENDS or (
                text[index] in ",.!?;:" and index + 1 < len(text) and text[index + 1].isspace()):
            start = index + 1
            break
    return start


def _alternatives(words) -> str:
    """``words`` as one regex alternation, longest first (so 基本都是 wins over 基本)."""
    return "|".join(re.escape(w) for w in sorted(words, key=len, reverse=True))


def _whole_words(words: frozenset[str]) -> re.Pattern | None:
    """A pattern finding any of ``words`` as a whole word, in any case (None for no words)."""
    if not words:
        return None
    # not US in US$99, not I inside I'm when I'm is not listed
    return re.compile(rf"(?<![\w'’])(?:{_alternatives(words)})(?![\w'’$])", re.IGNORECASE)


# a clause's or a sentence's end: how far a sale refusal's place word may stand
CLAUSE_OR_SENTENCE = re.compile(r"[，。！？；、,.!?;\n]")


def _sale_refusals(rules: Rules) -> re.Pattern | None:
    """``sale_refusals`` in any case, a Latin one's spaces any run of spaces (not for  sale)."""
    if not rules.sale_refusals:
        return None
    return re.compile("|".join(r"\s+".join(map(re.escape, words.split())) for words in sorted(
        rules.sale_refusals, key=len, reverse=True)), re.IGNORECASE)


def _own_order(rules: Rules) -> re.Pattern | None:
    """The first person ordering (``order_verbs``): 我 and at most four characters of its clause
    before the verb (not 我们, 我家, 我这, 我店, 我司: a shop's voice; nothing for another between:
    我帮你下单 is an agent's offer), or the verb's time clause before 我 (下单时我, 付款的时候我)."""
    if not rules.order_verbs:
        return None
    verbs = _alternatives(rules.order_verbs)
    return re.compile(rf"我(?![们家这店司])(?:(?![帮给替为你您])[^，。！？；,.!?;\s]){{0,4}}?(?:{verbs})"
                      rf"|(?:{verbs})(?:时|的时候|那会儿?)我")


def _received_contact(rules: Rules) -> re.Pattern | None:
    """What stands before a contact word the poster receives (``_contact_received``), anchored at
    the word: counted other people (很多人, 经常有粉丝, 不少网友们) and at most four characters of
    ``contact_adverbs`` (都, 跑来, 天天), or contact counted as a thing received (收到很多, 好多)."""
    if not (rules.contact_quantifiers and rules.contact_people) and not rules.contact_received:
        return None

    parts = []
    if rules.contact_quantifiers and rules.contact_people:
        adverbs = re.escape(rules.contact_adverbs)
        parts.append(rf"(?:{_alternatives(rules.contact_quantifiers)})"
                     rf"(?:{_alternatives(rules.contact_people)})"
                     + (rf"[{adverbs}]{{0,4}}" if adverbs else ""))
    if rules.contact_received:
        parts.append(rf"(?:收到了?)?(?:{_alternatives(rules.contact_received)})的?")
    return re.compile(rf"(?:{'|'.join(parts)})$")


def _class_hedge(rules: Rules) -> re.Pattern | None:
    """A hedge and a copula right before a counterfeit word (基本都是, 多半是, 大部分为, 一律是),
    or a kind of goods and 就是 (KW货就是: ``class_kinds``)."""
    if not rules.class_hedges:
        return None
    kinds = rf"|(?<=[{re.escape(''.join(rules.class_kinds))}])就是" if rules.class_kinds else ""
    return re.compile(rf"(?:(?:{_alternatives(rules.class_hedges)})上?(?:都|全|也)?"
                      rf"(?:是|为|属于|属){kinds})$")


def _phrases(words: tuple[str, ...]) -> str:
    """``words`` as one regex alternation, English ones as whole words with any spacing and
    either apostrophe (don't, don’t) in any case, longest first."""
    words = sorted(words, key=len, reverse=True)
    latin = [r"\s+".join(re.escape(part).replace("'", "['’]") for part in word.split())
             for word in words if word.isascii()]
    chinese = [re.escape(word) for word in words if not word.isascii()]
    return "|".join(([rf"(?i:\b(?:{'|'.join(latin)})\b)"] if latin else []) + chinese)


def _warned_against(rules: Rules) -> re.Pattern | None:
    """Any ``warned_against`` word (``_phrases``)."""
    return re.compile(_phrases(rules.warned_against)) if rules.warned_against else None


def _compatible_with(rules: Rules) -> re.Pattern | None:
    """A ``compatible_with`` word ending where a hit starts: 于 (适用于), "the", spaces and an
    opening quotation mark may stand between."""
    if not rules.compatible_with:
        return None
    # (stop 48) or a ``holders`` verb opening its clause (装X的收纳盒; not 原装X, 包装X)
    holders = rf"|(?:^|(?<=[，。！？；：,.!?;:\s]))(?:{_phrases(rules.holders)})" \
        if rules.holders else ""
    return re.compile(rf"(?:{_phrases(rules.compatible_with)}{holders}{fitted_parts(rules)})"
                      r"于?(?i:\s*the\b)?"
                      rf"[\s\"'“‘「『《(（]*$")


def _third_parties(rules: Rules) -> re.Pattern | None:
    """Others as an English sentence's subject: a ``third_parties`` noun with who / that or a
    speech verb after it (the listing says), or a selling verb (group ``verb``: the caller checks
    the word before the noun; offers and offering at stop 45: "If a seller offers X"), or the
    passive "being sold" (sold by someone unnamed)."""
    if not rules.third_parties:
        return None
    nouns = _alternatives(rules.third_parties)
    return re.compile(
        rf"(?i:\b(?:{nouns})\s+(?:who|that|says|said|claims|claimed|calls|promises)\b"
        rf"|\b(?:{nouns})\s+"
        rf"(?P<verb>selling|peddling|pushing|flogging|sold|sells|offers|offering)\b"
        # (stop 50) what others offered, a report even where it opens the sentence (Traders
        # offered X at N 'with logo added in shop'; buy only from authorised dealers)
        rf"|\b(?:{nouns})\s+offered\b"
        rf"|\bbeing\s+sold\b)")


def _separable(name: str, text: str, pairs: tuple[tuple[str, str], ...], kind: str,
               gap: int) -> list[tuple[Signal, int]]:
    """Each pair's first part followed by its last with 1 to ``gap`` characters between, none a
    space or sentence stop: a ``kind`` signal spanning both, and where its last part starts."""
    found: list[tuple[Signal, int]] = []
    for first, last in pairs:
        at = text.find(first)
        while at >= 0:
            after = at + len(first)
            for end in range(after, min(len(text), after + gap + 1)):
                char = text[end]
                if char.isspace() or char in SENTENCE_STOPS or char in SENTENCE_ENDS:
                    break
                if end > after and text.startswith(last, end):
                    stop = end + len(last)
                    found.append((Signal(kind, first + last, name, at, stop, text[at:stop], at),
                                  end))
                    break
            at = text.find(first, at + 1)
    return found


def _says_nothing(text: str, signal: Signal) -> bool:
    """Whether a speech word ending in 说 ends its run of text with nothing said after it but
    particles (有需要跟我说, 要的跟我说一声): a request to be told, not what someone said."""
    if not signal.word.endswith("说"):
        return False
    rest = text[signal.end:_run(text, signal.start, signal.end)[1]]
    return all(char in REQUEST_TAIL for char in rest)


def _within(signal: Signal, spans: list[Signal]) -> bool:
    """Whether the signal lies inside one of the spans (record positions)."""
    return any(span.position <= signal.position and signal.position + len(signal.matched)
               <= span.position + len(span.matched) for span in spans)


def _run(text: str, start: int, end: int) -> tuple[int, int]:
    """The run of text holding ``start:end``: to the nearest space or sentence stop either side;
    a space between two Latin letters or digits is inside a name (始祖鸟Beta AR硬壳), not a break
    between a listing's phrases."""
    low, high = start, end
    while low > 0 and text[low - 1] not in SENTENCE_STOPS and (
            not text[low - 1].isspace() or _inside_a_name(text, low - 1)):
        low -= 1
    while high < len(text) and text[high] not in SENTENCE_STOPS and (
            not text[high].isspace() or _inside_a_name(text, high)):
        high += 1
    return low, high


def _inside_a_name(text: str, at: int) -> bool:
    """Is the space at ``at`` one between two Latin letters or digits (Beta AR, 990 v6)?"""
    return 0 < at < len(text) - 1 and text[at] == " " and text[at - 1].isascii() \
        and text[at - 1].isalnum() and text[at + 1].isascii() and text[at + 1].isalnum()


def _latin_sentence(text: str, start: int, end: int,
                    first_person: re.Pattern | None) -> tuple[int, int]:
    """The English sentence holding ``start:end``, less the clauses before and after the one
    holding it that hold a first-person word (the poster speaking of himself)."""
    low, high = 0, len(text)
    for match in LATIN_SENTENCE_END.finditer(text):
        if match.end() <= start:
            low = match.end()
        elif match.start() >= end:
            high = match.start()
            break
    cuts = [low, *(match.end() for match in CLAUSE_STOP.finditer(text, low, high)), high]
    own = 0
    while own + 2 < len(cuts) and cuts[own + 1] <= start:
        own += 1
    first, last = own, own + 1

    def mine(index: int) -> bool:
        return bool(first_person and first_person.search(
            text[cuts[index]:cuts[index + 1]].replace("’", "'")))

    while first > 0 and not mine(first - 1):
        first -= 1
    while last < len(cuts) - 1 and not mine(last):
        last += 1
    low, high = cuts[first], cuts[last]
    while low < high and text[low].isspace():
        low += 1
    while high > low and (text[high - 1].isspace() or text[high - 1] in ",;:，；："):
        high -= 1
    return low, high


def _without_genuine_prices(text: str, signals: list[Signal]) -> list[Signal]:
    """A price in a clause a genuine word opens (正品从来没有¥188这种价, a genuine X costs well above
    $259) is what the real article costs, quoted against fakes, not the poster's sale price; a
    genuine word inside a counterfeit or look-alike word (不是正品, 正品品质) names no real article."""
    if not any(s.kind == "price" for s in signals):
        return signals
    taken = [(s.position, s.position + len(s.matched)) for s in signals
             if s.kind in ("counterfeit", "weak_counterfeit")]
    # a Chinese listing's phrases stand apart by spaces (非专柜正品 介意勿扰 ¥899): its genuine
    # word and the price share a run of text; an English clause runs to its punctuation
    genuine = [(s.position + len(s.matched), False) for s in signals if s.kind == "genuine"
               and not any(low <= s.position and s.position + len(s.matched) <= high
                           for low, high in taken)]
    genuine += [(match.end(), True) for match in GENUINE_LATIN.finditer(text)]
    if not genuine:
        return signals
    return [s for s in signals if s.kind != "price" or not any(
        _clause_start(text, s.position) <= end <= s.position
        and (latin or not any(char.isspace() for char in text[end:s.position]))
        for end, latin in genuine)]


def _legality_asked(name: str, text: str, signals: list[Signal]) -> list[Signal]:
    """Questions whether the trade or the goods are lawful, may be sold or are genuine
    (ASKED_SENTENCE and the patterns after it), each a ``verdict`` signal over the question:
    from its first clause that holds no price to its end (a seller's priced listing before
    违法吗？ stays his). A question whether goods are genuine or may be sold counts only when it
    names a counterfeit word of its own (Is this 1:1 X real? Can I resell a first copy X?): a
    seller's bare "Are they real?" before his offer asks about nothing."""
    found = []
    taken = [s.start for s in signals if s.kind in ("counterfeit", "weak_counterfeit")]
    for match in ASKED_SENTENCE.finditer(text):
        low, high = match.start(), match.end()
        while low < high and text[low].isspace():
            low += 1
        asked = text[low:high]
        label = LABEL.match(asked)
        body = asked[label.end():] if label else asked
        named = any(low <= at < high for at in taken)
        latin = ASKS_LATIN.search(body) is not None and (
            LEGALITY_LATIN.search(body) is not None or named and (
                AUTHENTIC_LATIN.search(body) is not None
                or SALE_ASKED_LATIN.search(body) is not None))
        chinese = ASKS_CHINESE.search(body) is not None and (
            LEGALITY_CHINESE.search(body) is not None or named and (
                AUTHENTIC_CHINESE.search(body) is not None
                or SALE_ASKED_CHINESE.search(body) is not None))
        if not (latin or chinese):
            continue
        clauses = [low, *(low + m.end() for m in CLAUSE_STOP.finditer(asked)), high]
        for start, stop in zip(clauses, clauses[1:]):
            if not PRICE.search(text, start, stop):
                break
            low = start = stop
        if low >= high:
            continue
        found.append(Signal("verdict", "legality_question", name, low, high, text[low:high],
                            low))
    return found


def _legality_answered(texts: tuple[str, ...], signals: list[Signal],
                       contact_words: frozenset[str]) -> list[Signal]:
    """The answer to a legality question (_legality_asked): a verdict after the question stands
    for its whole sentence, commas included (答：在相同商品上使用他人注册商标的高仿品，构成侵权。):
    advice on the case asked about, not the poster's offer. (stop 43) So does a bare "no"
    answering it (No: reselling a first copy X is selling counterfeit goods … / 不能。X是注册商标，
    …卖都是侵权。), and (stop 44) an English answer that leaves the question's predicate out
    (``ELLIPTICAL_ANSWER``: Selling it is.): the answer, from there to its field's end, up to a
    sentence holding a price or a way to reach the poster (``_answer_end``), which is his own
    again (不能！1:1 X ¥99 私我)."""
    question = min((s for s in signals if s.word == "legality_question"),
                   key=lambda s: s.position)
    asked = question.position
    bases = dict(zip(FIELDS, accumulate((len(text) + 1 for text in texts), initial=0)))
    found = []
    for name, text in zip(FIELDS, texts):
        answers = [m for pattern in (ANSWERED_NO, ELLIPTICAL_ANSWER) for m in pattern.finditer(text)
                   if bases[name] + m.start() >= asked + len(question.matched)]
        if not answers:
            continue
        answer = min(answers, key=lambda m: m.start())
        low = answer.end() - len(answer.group().lstrip())
        offers = [s.start for s in signals if s.field == name and s.start >= low and (
            s.kind in ("price", "sale") or s.kind == "commerce" and s.word in contact_words)]
        high = _answer_end(text, low, offers)
        if high > low:
            found.append(Signal("verdict", "legality_answer", name, low, high, text[low:high],
                                bases[name] + low))
        break
    for s in signals:
        if s.kind != "verdict" or s.word == "legality_question" or s.position <= asked:
            continue
        text = texts[FIELDS.index(s.field)]
        low = max((m.end() for m in LATIN_SENTENCE_END.finditer(text, 0, s.start)), default=0)
        stop = LATIN_SENTENCE_END.search(text, s.end)
        high = stop.start() if stop else len(text)
        while low < high and text[low].isspace():
            low += 1
        found.append(Signal("verdict", "legality_answer", s.field, low, high, text[low:high],
                            bases[s.field] + low))
    return sorted(signals + found, key=lambda s: s.position) if found else signals


def _answer_end(text: str, low: int, offers: list[int]) -> int:
    """Where an answer starting at ``low`` ends: its field's end, or the end of the last sentence
    before the first one holding an offer word (a field position in ``offers``)."""
    if not offers:
        return len(text)
    first, end = min(offers), low
    for match in LATIN_SENTENCE_END.finditer(text, low):
        if match.end() > first:
            break
        end = match.end()
    return end


def _mentioned(name: str, text: str, signals: list[Signal]) -> list[Signal]:
    """A counterfeit word named as a word or a claim (``MENTIONED_AFTER``: 尾单说法多是幌子,
    "原单"这个叫法只是噱头): an ``attribution`` from it, widened to its run of text as 所谓 is,
    whose counterfeit words are the sellers' claim the poster speaks of, not his goods."""
    found = []
    for s in signals:
        if s.kind == "counterfeit":
            after = MENTIONED_AFTER.match(text, s.end)
            if after:
                found.append(Signal("attribution", "mentioned", name, s.start, after.end(),
                                    text[s.start:after.end()], s.start))
    return found


def _advised_against(text: str, signals: list[Signal]) -> list[Signal]:
    """Commerce and sale words after an imperative negation (``IMPERATIVE_NEGATION``: 别去下单,
    不要加微信) dropped: advice not to buy, no way to buy from the poster. Kept when a condition on
    the buyer stands before the negation in its clause (介意的别下单: a seller's terms)."""
    dropped = set()
    for s in signals:
        if s.kind not in ("commerce", "sale") or not s.start:
            continue
        negation = IMPERATIVE_NEGATION.search(text, max(0, s.start - 6), s.start)
        if negation is None:
            continue
        clause = text[_clause_start(text, negation.start()):negation.start()]
        if not BUYERS_CONDITION.search(clause):
            dropped.add(id(s))
    return [s for s in signals if id(s) not in dropped] if dropped else signals


def _sanctions(texts: tuple[str, ...], signals: list[Signal],
               contact_words: frozenset[str]) -> list[Signal]:
    """The sentences that announce a rule's sanction for posting (``SANCTION``: 再看到有人发X高仿
    的链接，直接移出群聊; Posts selling X described as AAA will be removed), each naming a posting
    act or thing (``POSTING``), as ``verdict`` signals: what the rule is about is no offer. None
    in a record holding a price or a way to reach the poster: his own listing's terms."""
    if any(s.kind in ("price", "sale") or s.kind == "commerce" and s.word in contact_words
           for s in signals):
        return []
    found, base = [], 0
    for name, text in zip(FIELDS, texts):
        for match in SANCTION.finditer(text):
            low = max((m.end() for m in LATIN_SENTENCE_END.finditer(text, 0, match.start())),
                      default=0)
            stop = LATIN_SENTENCE_END.search(text, match.end())
            high = stop.start() if stop else len(text)
            while low < high and text[low].isspace():
                low += 1
            if POSTING.search(text, low, high) and not any(
                    f.field == name and f.start == low for f in found):
                found.append(Signal("verdict", SANCTIONED, name, low, high, text[low:high],
                                    base + low))
        base += len(text) + 1
    return found


def _answered_no(texts: tuple[str, ...]) -> list[Signal]:
    """A question whether to buy, answered "no" in a sentence of its own after it (title 微商卖的
    X能买吗, description 不能。…): a ``warning`` at the answer. A seller's 不能错过 is no bare answer."""
    found: list[Signal] = []
    asked, base = False, 0
    for name, text in zip(FIELDS, texts):
        question = BUYING_QUESTION.search(text) if not asked else None
        if asked or question:
            after = question.end() if question else 0
            for match in ANSWERED_NO.finditer(text, after):
                word = match.group().strip()
                start = match.end() - len(word)
                found.append(Signal("warning", word, name, start, match.end(), word, base + start))
            asked = True
        base += len(text) + 1
    return found
