"""Folding raw status text and phrase patterns into comparable tokens.

Both sides of a match go through :func:`fold`: HTML tags and entities removed, casefolded,
combining marks stripped (except the Japanese voicing marks, which change the letter), a
few letters without a decomposition mapped to their base (``ł`` → ``l``), and every run
of characters that are not letters treated as one separator.

>>> fold_tokens("Objeto <b>ENTREGUE</b> ao destinat&aacute;rio")
('objeto', 'entregue', 'ao', 'destinatario')
>>> fold_tokens("Прибыло в место вручения, 101000, Москва")
('прибыло', 'в', 'место', 'вручения', 'москва')
>>> fold_tokens("ｼｮｳ 配達完了")
('ショウ', '配达完了')
>>> fold("貨件已簽收") == fold("货件已签收")
True
"""

from __future__ import annotations

import functools
import html
import unicodedata
from typing import Final

import regex

__all__ = [
    "MAX_STATUS_INPUT",
    "fold",
    "fold_tokens",
    "scripts",
    "strip_html",
    "translit_key",
    "translit_ru",
]

#: Longest raw status (in characters) that is looked at; the rest is ignored.  Real
#: carrier statuses are far shorter; the bound keeps every call cheap.
MAX_STATUS_INPUT: Final = 1000

_TAG: Final = regex.compile(r"<[^<>]{0,400}>")
_MARKS: Final = regex.compile(r"[^\P{Mn}\u3099\u309a]+")
_LETTERS: Final = regex.compile(r"\p{L}+")
_EXTRA: Final = str.maketrans(
    {
        "ł": "l", "ı": "i", "ø": "o", "đ": "d", "ħ": "h", "ŀ": "l", "ß": "ss",
        # Vietnamese Đ is often typed as its look-alike, the eth Ð ("Ðóng túi gói")
        "ð": "d",
        # Arabic: alef variants, alef maqsura, teh marbuta and tatweel fold to one form
        "أ": "ا", "إ": "ا", "آ": "ا", "ٱ": "ا", "ى": "ي", "ة": "ه", "ـ": None,
        # Hebrew final letters fold to their ordinary forms, so a stem matches either
        "ך": "כ", "ם": "מ", "ן": "נ", "ף": "פ", "ץ": "צ",
    }
)  # fmt: skip

# Traditional Chinese characters of carrier wording folded to their simplified forms, so
# one row reads mainland, Taiwanese and Hong Kong statuses alike (Japanese kanji such as
# 達 in 配達 fold the same way on both sides, which is harmless).
_HANT: Final = str.maketrans(
    "達遞運輸轉發貨簽籤門櫃郵國際關檢驗處離開區時間號單務態續準備車機場裝電話員動業點過還進遲誤異計劃聯絡統體實碼價費稅領戶證經攬揀撥報託寫專線長層臺灣廣東歸絕請訂購買賣額與樣設後裡從將對應邊內網頁歷紀錄記們無沒項順風豐韻圓華鄉鎮縣義龍預約總規則質損壞遺滯驛兌換貼徵繳納資錯詳細繫係轄營館屬獨頭緊廠倉儲庫擬試認確據條掃標製環傳護險貴寶數當隊陸島嶼測",
    "达递运输转发货签签门柜邮国际关检验处离开区时间号单务态续准备车机场装电话员动业点过还进迟误异计划联络统体实码价费税领户证经揽拣拨报托写专线长层台湾广东归绝请订购买卖额与样设后里从将对应边内网页历纪录记们无没项顺风丰韵圆华乡镇县义龙预约总规则质损坏遗滞驿兑换贴征缴纳资错详细系系辖营馆属独头紧厂仓储库拟试认确据条扫标制环传护险贵宝数当队陆岛屿测",
)

_SCRIPT_TESTS: Final = (
    ("Hang", regex.compile(r"\p{Hangul}")),
    ("Kana", regex.compile(r"[\p{Hiragana}\p{Katakana}]")),
    ("Hani", regex.compile(r"\p{Han}")),
    ("Cyrl", regex.compile(r"\p{Cyrillic}")),
    ("Arab", regex.compile(r"\p{Arabic}")),
    ("Hebr", regex.compile(r"\p{Hebrew}")),
    ("Grek", regex.compile(r"\p{Greek}")),
    ("Thai", regex.compile(r"\p{Thai}")),
    ("Latn", regex.compile(r"\p{Latin}")),
)

_RU_LATIN: Final = str.maketrans(
    {
        "а": "a", "б": "b", "в": "v", "г": "g", "д": "d", "е": "e", "ж": "zh", "з": "z",
        "и": "i", "й": "i", "к": "k", "л": "l", "м": "m", "н": "n", "о": "o", "п": "p",
        "р": "r", "с": "s", "т": "t", "у": "u", "ф": "f", "х": "kh", "ц": "ts", "ч": "ch",
        "ш": "sh", "щ": "shch", "ъ": "", "ы": "y", "ь": "", "э": "e", "ю": "yu", "я": "ya",
    }
)  # fmt: skip


def strip_html(text: str) -> str:
    """*text* with HTML tags removed and entities decoded (tags become spaces)."""
    if "<" in text:
        text = _TAG.sub(" ", text)
    if "&" in text:
        text = html.unescape(text)
        if "<" in text:
            text = _TAG.sub(" ", text)
    return text


# A word that mixes Latin letters with Cyrillic or Greek ones ("Взeмане" with a Latin e,
# "Aναμονή" with a Latin A, as carriers' systems emit them): its Latin letters that look
# like a letter of the word's other script are read as that letter.
_LATIN: Final = regex.compile(r"\p{Latin}")
_CYRILLIC_GREEK: Final = regex.compile(r"[\p{Cyrillic}\p{Greek}]")
_CYRILLIC: Final = regex.compile(r"\p{Cyrillic}")
_AS_CYRILLIC: Final = str.maketrans("abcehkmoptxy", "авсенкмортху")
_AS_GREEK: Final = str.maketrans("abehikmnoptxyz", "αβεηικμνορτχυζ")


def _unmix(word: regex.Match[str]) -> str:
    text = word.group()
    if not (_LATIN.search(text) and _CYRILLIC_GREEK.search(text)):
        return text
    return text.translate(_AS_CYRILLIC if _CYRILLIC.search(text) else _AS_GREEK)


def fold(text: str) -> str:
    """Casefolded *text* without HTML, combining marks or letters' regional variants.

    >>> fold("Взeмане от куриер") == fold("Вземане от куриер")
    True
    """
    text = strip_html(text).casefold()
    if text.isascii():
        return text
    text = _MARKS.sub("", unicodedata.normalize("NFKD", text))
    text = unicodedata.normalize("NFC", text).translate(_EXTRA).translate(_HANT)
    if _LATIN.search(text) and _CYRILLIC_GREEK.search(text):
        text = _LETTERS.sub(_unmix, text)
    return text


def fold_tokens(text: str) -> tuple[str, ...]:
    """The letter runs of ``fold(text)``: digits, punctuation and spaces separate them."""
    return tuple(_LETTERS.findall(fold(text)))


def scripts(folded: str) -> frozenset[str]:
    """The writing systems (ISO 15924 codes; ``Kana`` for Japanese kana) in folded text."""
    if folded.isascii():
        return frozenset({"Latn"}) if _LETTERS.search(folded) else frozenset()
    return frozenset(name for name, test in _SCRIPT_TESTS if test.search(folded))


def translit_ru(token: str) -> str:
    """A folded Russian token in the Latin spelling trackers and SMS use (``вручен`` → ``vruchen``).

    >>> translit_ru("прибыло")
    'pribylo'
    """
    return token.translate(_RU_LATIN)


# Spellings of the same Russian letters in the transliterations people use (GOST, BGN,
# passport, SMS): each group is reduced to one form, on the text and on the stems alike.
_TRANSLIT_FOLD: Final = (
    (regex.compile(r"shch|sch|ŝ"), "sh"),
    (regex.compile(r"kh"), "h"),
    (regex.compile(r"ts|tz"), "c"),
    (regex.compile(r"zh"), "z"),
    (regex.compile(r"[yj]o"), "e"),
    (regex.compile(r"[yj]a"), "a"),
    (regex.compile(r"[yj]u"), "u"),
    (regex.compile(r"[yj]"), "i"),
    (regex.compile(r"ii+"), "i"),
)


@functools.lru_cache(maxsize=16384)
def translit_key(token: str) -> str:
    """A Latin token with the transliteration variants of Russian letters merged.

    >>> translit_key("khranenie"), translit_key("hranenie")
    ('hranenie', 'hranenie')
    >>> translit_key(translit_ru("прием")), translit_key("priyom")
    ('priem', 'priem')
    >>> translit_key("vrucheniya") == translit_key(translit_ru("вручения"))
    True
    """
    for pattern, replacement in _TRANSLIT_FOLD:
        token = pattern.sub(replacement, token)
    return token
