"""Bulgarian (bg) status lexicon: Speedy and Econt shipment operations in Bulgarian.

Bulgarian shares Cyrillic with Russian and Ukrainian; the detection module tells them
apart by ъ written as a vowel ("към", "връщане"), and the stems here are Bulgarian forms
that Russian does not write ("доставен", not "доставлен"; "подател", "пратка").
"""

from __future__ import annotations

from parcelkit.status._lexicon import Action, Direction, I, Idiom, Modality, Place, T, Term
from parcelkit.status._stage import Stage

__all__ = ["IDIOMS", "LANG", "SCRIPT", "TERMS"]

LANG = "bg"
SCRIPT = "Cyrl"

#: Speedy operation codes with their Bulgarian names, from an OpenCart Speedy module.
_SPEEDY = "https://github.com/iliyahristov/kaielectric.com/blob/HEAD/public_html/admin/language/bg/extension/shipping/tk_speedy.php"
#: Econt shipment statuses with their Bulgarian names, from an OpenCart Econt module.
_ECONT = "https://github.com/iliyahristov/kaielectric.com/blob/HEAD/public_html/admin/language/bg/extension/shipping/tk_econt.php"
#: Econt shipment states in Bulgarian, from an Econt SDK.
_ECONT_SDK = "https://github.com/uSkizzik/econt-sdk-js/blob/HEAD/src/Shipments/objects.ts"
#: A Bulgarian FAQ on courier statuses.
_ECOLET = "https://ecolet.ro/faq/%D0%BA%D0%B0%D0%BA%D0%B2%D0%BE-%D0%BE%D0%B7%D0%BD%D0%B0%D1%87%D0%B0%D0%B2%D0%B0%D1%82-%D1%81%D1%82%D0%B0%D1%82%D1%83%D1%81%D0%B8%D1%82%D0%B5-%D0%BD%D0%B0-%D0%BF%D1%80%D0%B0%D1%82%D0%BA%D0%B8%D1%82/"

A = Action
P = Place
M = Modality
S = Stage

_AST_BG = "https://github.com/zorem/woo-advanced-shipment-tracking/blob/HEAD/lang/woo-advanced-shipment-tracking-bg_BG.po"

TERMS: tuple[Term, ...] = (
    T("изпратен", A.DEPART, source=_AST_BG,
      examples=("Вашата поръчка е частично изпратена", "Изпратена поръчка")),
    # ---- actions (Bulgarian past participles: -ен/-ена/-ено/-ени, -ан/-ана/-ано)
    T("доставен", A.DELIVER, source=_SPEEDY,
      examples=("Доставена", "Доставена обратно към подателя")),
    # the noun in its Bulgarian forms only: Russian "доставки" is a date's genitive
    T("доставка$", A.DELIVER, source=_SPEEDY,
      examples=("Неуспешна доставка", "Невъзможна доставка")),
    # the verbal noun: the delivery is under way
    T("доставяне", A.OUT_FOR_DELIVERY, source=_ECOLET, examples=("Доставяне (Delivering)",)),
    T("приет", A.ACCEPT, source=_ECONT_SDK, examples=("Приета в Еконт", "Приета в офис")),
    T("пътува", A.MOVE, source=_ECONT_SDK, examples=("Пътува по линия",)),
    T("отложен", A.DELAY, source=_SPEEDY, examples=("Отложена доставка",)),
    T("предаден", A.HAND_OVER, source=_ECONT, examples=("Предадена на клиент",)),
    T("вземане", A.PICK_UP, source=_SPEEDY, examples=("Взeмане от куриер",)),
    T("събиране", A.PICK_UP, source=_SPEEDY,
      examples=("Подготвена за самостоятелно събиране от получател",)),
    T("отказан", A.REFUSE, source=_SPEEDY, examples=("Отказано от получателя",)),
    T("връщ", A.RETURN, source=_SPEEDY, examples=("Връщане към подателя",)),
    T("върна", A.RETURN, source=_ECONT, examples=("Върната пратка",)),
    T("унищож", A.LOSE, source=_SPEEDY,
      examples=("Унищожена", "Обработенa за унищожаване", "Унищожена пратка")),
    T("кражба", A.LOSE, source=_SPEEDY, examples=("Кражба",)),
    T("отменен", A.CANCEL, source=_SPEEDY, examples=("Отменена",)),
    T("обработ", A.SORT, source=_SPEEDY, examples=("Обработва се в офис",)),
    T("провер", A.SORT, source=_SPEEDY,
      examples=("Проверява се при пристигане", "Проверява се при заминаване")),
    T("пристиг", A.ARRIVE, source=_SPEEDY, examples=("Проверява се при пристигане",)),
    T("заминава", A.DEPART, source=_SPEEDY, examples=("Проверява се при заминаване",)),
    T("спрян", A.HOLD, source=_SPEEDY, examples=("Спрян от изпращача",)),
    T("забав", A.DELAY, source=_SPEEDY, examples=("Неочаквано забавяне",)),
    T("износ", A.EXPORT, source=_SPEEDY, examples=("Износ към чуждестранен доставчик",)),
    # ---- places and parties
    T("подател", P.SENDER, source=_SPEEDY,
      examples=("Връщане към подателя", "Доставена обратно към подателя")),
    T("изпращач", P.SENDER, source=_SPEEDY, examples=("Спрян от изпращача",)),
    T("получател", P.ADDRESSEE, source=_SPEEDY,
      examples=("Отказано от получателя",
                "Подготвена за самостоятелно събиране от получател")),
    T("клиент", P.ADDRESSEE, source=_ECONT, examples=("Предадена на клиент",)),
    T("куриер", P.COURIER, source=_SPEEDY, examples=("Взeмане от куриер",)),
    # an Econt or Speedy office is where the addressee collects the parcel
    T("офис", P.PICKUP_POINT, source=_SPEEDY, examples=("Обработва се в офис",)),
    T("чуждестран", Direction.INTERNATIONAL, source=_SPEEDY,
      examples=("Износ към чуждестранен доставчик",)),
    # ---- modality
    T("неуспешн", M.FAILED, source=_SPEEDY, examples=("Неуспешна доставка",)),
    T("невъзможн", M.FAILED, source=_SPEEDY, examples=("Невъзможна доставка",)),
    T("подготвен", M.AWAITING, source=_SPEEDY,
      examples=("Подготвена за самостоятелно събиране от получател",)),
)

IDIOMS: tuple[Idiom, ...] = (
    I("получена информация", S.INFO_RECEIVED, source=_SPEEDY,
      examples=("Получена информация за пратка",)),
    I("подготвена$", S.INFO_RECEIVED, source=_ECONT, examples=("Подготвена",)),
    # Econt: "в куриер" is with the delivering courier, "по направление" on a line haul
    I("в$ куриер$", S.OUT_FOR_DELIVERY, leg="destination", source=_ECONT,
      examples=("В куриер",)),
    I("в$ куриер$ по$ направление", S.IN_TRANSIT, source=_ECONT,
      examples=("В куриер по направление",)),
    # Speedy: brought back to the office after a delivery round, no return stated
    I("върнат в$ офиса", S.AT_DELIVERY_OFFICE, leg="destination", source=_SPEEDY,
      examples=("Върнат в офиса",)),
    I("пренасочен", S.IN_TRANSIT, detail="redirected", source=_SPEEDY,
      examples=("Пренасочена",)),
    I("препратен", S.IN_TRANSIT, detail="redirected", source=_ECONT,
      examples=("Препратена пратка",)),
    I("отложена доставка", S.UNKNOWN, detail="rescheduled", source=_SPEEDY,
      examples=("Отложена доставка",)),
    I("неточен непълен адрес", S.DELIVERY_FAILED, detail="address_incorrect",
      leg="destination", source=_SPEEDY,
      examples=("Отложена доставка поради неточен/непълен адрес",)),
    I("капацитет за доставка", S.UNKNOWN, detail="delayed", source=_SPEEDY,
      examples=("Достигнат капацитет за доставка",)),
    I("отдел застраховка", S.EXCEPTION, source=_SPEEDY,
      examples=("Обработено в отдел застраховка",)),
    I("непознато събитие", S.UNKNOWN, detail="system", source=_ECONT,
      examples=("Непознато събитие",)),
    # held-out round 3 rows (scored once, then joined the development corpus)
    I('анулиран', Stage.CANCELLED,
      source='https://github.com/uSkizzik/econt-sdk-js/blob/HEAD/src/Shipments/objects.ts',
      examples=('Анулирана след изпращане', 'Анулирана преди изпращане')),
    # carriers' and connectors' wording, each row from the source it names
    I('предаване към клиент', Stage.DELIVERED,
      source='https://github.com/dfox47/chocolana.com/blob/HEAD/admin/language/en-gb/extension/sale/econt.php',
      examples=('предаване към клиент',)),
    I('маршрутна линия', Stage.IN_TRANSIT,
      source='https://github.com/dfox47/chocolana.com/blob/HEAD/admin/language/en-gb/extension/sale/econt.php',
      examples=('предаване към маршрутна линия',)),
    I('поръчката се обработва', Stage.ORDER,
      source='https://github.com/dfox47/chocolana.com/blob/HEAD/admin/language/en-gb/extension/sale/econt.php',
      examples=('Поръчката се обработва',)),
)
