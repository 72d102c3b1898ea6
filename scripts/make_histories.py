"""Write the pasted-history corpus in tests/data/histories/ (deterministic, seeded).

Each history is a ``.txt`` laid out the way one kind of tracking page shows its history
when copied (Russian Post's table and its cards, Cainiao / AliExpress, a 17TRACK-style
aggregator, USPS, Nova Poshta, Japan Post, a Chinese courier), with page furniture around
it (headers, buttons, adverts), and a ``.json`` sidecar with what a reader should get: the
zone and the moment to read it at, and each event's time (ISO 8601), stage, location and
weight in grams.  The statuses are real carriers' wordings; the stage of each is the
team's reading of it, not parcelkit's output.

    python scripts/make_histories.py
"""

from __future__ import annotations

import datetime as dt
import json
import random
from collections.abc import Callable
from pathlib import Path
from zoneinfo import ZoneInfo

OUT = Path(__file__).resolve().parent.parent / "tests" / "data" / "histories"
Step = tuple[str, str, str]  # (status text, stage, location)

RU_MONTHS = (
    "января", "февраля", "марта", "апреля", "мая", "июня",
    "июля", "августа", "сентября", "октября", "ноября", "декабря",
)
UK_MONTHS = (
    "січня", "лютого", "березня", "квітня", "травня", "червня",
    "липня", "серпня", "вересня", "жовтня", "листопада", "грудня",
)
EN_MONTHS = (
    "January", "February", "March", "April", "May", "June",
    "July", "August", "September", "October", "November", "December",
)

RUSSIAN_POST: list[Step] = [
    ("Приём", "accepted", "Шэньчжэнь"),
    ("Покинуло место приёма", "in_transit", "Шэньчжэнь"),
    ("Экспорт", "export", "Пекин"),
    ("Прибыло на территорию РФ", "import", "Москва"),
    ("Передано таможне", "customs", "102001, Москва"),
    ("Выпущено таможней", "customs", "102001, Москва"),
    ("Покинуло место международного обмена", "in_transit", "102001, Москва"),
    ("Прибыло в сортировочный центр", "in_transit", "140961, Подольск"),
    ("Покинуло сортировочный центр", "in_transit", "140961, Подольск"),
    ("Прибыло в место вручения", "at_delivery_office", "190000, Санкт-Петербург"),
    ("Неудачная попытка вручения", "delivery_failed", "190000, Санкт-Петербург"),
    ("Вручение адресату", "delivered", "190000, Санкт-Петербург"),
]
CAINIAO: list[Step] = [
    ("Order information received by logistics", "info_received", "Shenzhen"),
    ("Accepted by carrier", "accepted", "Shenzhen"),
    ("Arrived at sorting center", "in_transit", "Dongguan"),
    ("Departed from sorting center", "in_transit", "Dongguan"),
    ("Export customs clearance complete", "export", "Guangzhou"),
    ("Hand over to airline", "export", "Guangzhou"),
    ("Departed from departure country/region", "export", "Guangzhou"),
    ("Arrived at destination country/region", "import", "Madrid"),
    ("Import customs clearance complete", "customs", "Madrid"),
    ("Received by local delivery company", "in_transit", "Madrid"),
    ("Out for delivery", "out_for_delivery", "Valencia"),
    ("Delivered", "delivered", "Valencia"),
]
TRACK17: list[Step] = [
    ("Shipment information received", "info_received", "Yiwu"),
    ("Departed from facility", "in_transit", "Yiwu"),
    ("Arrived at facility", "in_transit", "Shanghai"),
    ("Departed from origin country", "export", "Shanghai"),
    ("Arrived at destination airport", "import", "Warsaw"),
    ("Customs clearance started", "customs", "Warsaw"),
    ("Released by customs", "customs", "Warsaw"),
    ("Arrived at delivery office", "at_delivery_office", "Krakow"),
    ("Out for delivery", "out_for_delivery", "Krakow"),
    ("Delivered", "delivered", "Krakow"),
]
USPS: list[Step] = [
    ("Shipping Label Created, USPS Awaiting Item", "info_received", "LOS ANGELES, CA 90001"),
    ("Accepted at USPS Origin Facility", "accepted", "LOS ANGELES, CA 90052"),
    ("Arrived at USPS Regional Facility", "in_transit", "SANTA CLARITA CA DISTRIBUTION CENTER"),
    ("Departed USPS Regional Facility", "in_transit", "SANTA CLARITA CA DISTRIBUTION CENTER"),
    ("In Transit to Next Facility", "in_transit", ""),
    ("Arrived at USPS Regional Facility", "in_transit", "BROOKLYN NY DISTRIBUTION CENTER"),
    ("Arrived at Post Office", "at_delivery_office", "BROOKLYN, NY 11201"),
    ("Out for Delivery", "out_for_delivery", "BROOKLYN, NY 11201"),
    ("Delivered, In/At Mailbox", "delivered", "BROOKLYN, NY 11201"),
]
NOVA_POSHTA: list[Step] = [
    ("Створено накладну", "info_received", "Львів"),
    ("Відправлення у місті ВІДПРАВНИКА", "in_transit", "Львів"),
    ("Прямує до міста одержувача", "in_transit", "Львів"),
    ("Прибуло у відділення", "ready_for_pickup", "Київ, Відділення №5"),
    ("Відправлення отримано", "delivered", "Київ, Відділення №5"),
]
JAPAN_POST: list[Step] = [
    ("引受", "accepted", "新宿郵便局"),
    ("到着", "in_transit", "新東京郵便局"),
    ("通過", "in_transit", "新東京郵便局"),
    ("国際交換局から発送", "export", "東京国際郵便局"),
    ("国際交換局に到着", "import", "東京国際郵便局"),
    ("通関手続中", "customs", "東京国際郵便局"),
    ("持ち戻り（ご不在）", "delivery_failed", "大阪中央郵便局"),
    ("お届け先にお届け済み", "delivered", "大阪中央郵便局"),
]
JP_PREF = {
    "新宿郵便局": ("東京都", "160-8799"),
    "新東京郵便局": ("東京都", "136-8799"),
    "東京国際郵便局": ("東京都", "135-8799"),
    "大阪中央郵便局": ("大阪府", "530-8799"),
}
CHINA: list[Step] = [
    ("快件已揽收", "accepted", "深圳市"),
    ("快件已发往 深圳转运中心", "in_transit", "深圳市"),
    ("快件已到达 深圳转运中心", "in_transit", "深圳市"),
    ("快件已发往 上海转运中心", "in_transit", "深圳市"),
    ("快件已到达 上海转运中心", "in_transit", "上海市"),
    ("正在派件，快递员：王师傅", "out_for_delivery", "上海市"),
    ("已签收，签收人：本人", "delivered", "上海市"),
]


def journey(
    rng: random.Random, steps: list[Step], start: dt.datetime
) -> list[tuple[dt.datetime, Step]]:
    """A prefix of the carrier's steps (some skipped), hours to days apart."""
    n = rng.randint(max(3, len(steps) // 2), len(steps))
    chosen = [steps[0], *sorted(rng.sample(steps[1:], n - 1), key=steps.index)]
    t, out = start, []
    for step in chosen:
        out.append((t, step))
        t += dt.timedelta(minutes=rng.randint(40, 60 * 60 * 3))
    return out


Render = Callable[[random.Random, list[tuple[dt.datetime, Step]]], tuple[str, dict[int, float]]]


def ru_date(t: dt.datetime, year: bool) -> str:
    y = f" {t.year}" if year else ""
    return f"{t.day} {RU_MONTHS[t.month - 1]}{y}, {t:%H:%M}"


def russian_post_table(rng: random.Random, ev: list, year: bool = True) -> tuple[str, dict]:
    weights: dict[int, float] = {0: rng.choice([0.429, 0.118, 1.35])}
    rows = [
        "Отслеживание",
        f"Трек-номер RK{rng.randrange(10**8):08d}0CN   Скопировать",
        "Операция\tДата\tМесто\tВес",
    ]
    for k, (t, (status, _, loc)) in reversed(list(enumerate(ev))):
        w = f"{weights[k]:.3f} кг".replace(".", ",") if k in weights else ""
        rows.append(f"{status}\t{t:%d.%m.%Y %H:%M}\t{loc}\t{w}".rstrip())
    rows += ["Показать ещё", "Реклама: доставка за 1 день"]
    return "\n".join(rows), {k: round(v * 1000, 3) for k, v in weights.items()}


def russian_post_cards(rng: random.Random, ev: list, year: bool = True) -> tuple[str, dict]:
    weights: dict[int, float] = {len(ev) - 1: 0.429} if rng.random() < 0.5 else {}
    rows = ["История отправления", ""]
    for k, (t, (status, _, loc)) in reversed(list(enumerate(ev))):
        rows += [status, ru_date(t, year), loc]
        if k in weights:
            rows.append(f"Вес: {weights[k]} кг")
        rows.append("")
    rows.append("Скачайте приложение Почты")
    return "\n".join(rows), {k: round(v * 1000, 3) for k, v in weights.items()}


def cainiao(rng: random.Random, ev: list, year: bool = True) -> tuple[str, dict]:
    gmt = rng.random() < 0.5
    rows = ["AliExpress Standard Shipping", "Tracking number: LP00123456789012  Copy", ""]
    for t, (status, _, loc) in reversed(ev):
        stamp = f"{t:%Y-%m-%d %H:%M:%S}" + (" (GMT+8)" if gmt else "")
        rows += [stamp, status, loc, ""]
    rows += ["Show more", "Download the AliExpress app"]
    return "\n".join(rows), {}


def aliexpress(rng: random.Random, ev: list, year: bool = True) -> tuple[str, dict]:
    rows = ["Delivery information", "Copy"]
    for t, (status, _, loc) in reversed(ev):
        h = t.hour % 12 or 12
        ampm = "AM" if t.hour < 12 else "PM"
        y = f", {t.year}" if year else ""
        rows += [
            f"{EN_MONTHS[t.month - 1][:3]} {t.day}{y} {h}:{t:%M} {ampm}",
            f"{status}",
            f"{loc}",
        ]
    rows.append("Show more")
    return "\n".join(rows), {}


def track17(rng: random.Random, ev: list, year: bool = True) -> tuple[str, dict]:
    rows = ["17TRACK", "YT2229521272164446 · Yunexpress", "Translate  Copy", ""]
    bracket = rng.random() < 0.5
    for t, (status, _, loc) in reversed(ev):
        where = f"[{loc}] {status}" if bracket else f"{loc}, {status}"
        rows.append(f"{t:%Y-%m-%d %H:%M} {where}")
    rows += ["", "Show all", "Advertisement"]
    return "\n".join(rows), {}


def usps(rng: random.Random, ev: list, year: bool = True) -> tuple[str, dict]:
    slash = rng.random() < 0.3
    rows = ["Tracking Number:", "9400111206206406260787", "Copy", "Text & Email Updates", ""]
    for t, (status, _, loc) in reversed(ev):
        h = t.hour % 12 or 12
        ampm = "am" if t.hour < 12 else "pm"
        stamp = (
            f"{t:%m/%d/%Y} {h}:{t:%M} {ampm.upper()}"
            if slash
            else f"{EN_MONTHS[t.month - 1]} {t.day}, {t.year}, {h}:{t:%M} {ampm}"
        )
        rows += [status] + ([loc] if loc else []) + [stamp, ""]
    rows += ["See All Tracking History", "Product Information"]
    return "\n".join(rows), {}


def nova_poshta(rng: random.Random, ev: list, year: bool = True) -> tuple[str, dict]:
    weights = {0: 1.2} if rng.random() < 0.5 else {}
    rows = ["Відстежити посилку", "Номер відправлення 20450123456789  Скопіювати", ""]
    for k, (t, (status, _, loc)) in enumerate(ev):
        if year:
            rows.append(f"{t:%d.%m.%Y} {t:%H:%M}")
        else:
            rows.append(f"{t.day} {UK_MONTHS[t.month - 1]} {t:%H:%M}")
        rows += [status, loc]
        if k in weights:
            rows.append(f"Вага: {weights[k]} кг")
    rows.append("Показати ще")
    return "\n".join(rows), {k: round(v * 1000, 3) for k, v in weights.items()}


def japan_post(rng: random.Random, ev: list, year: bool = True) -> tuple[str, dict]:
    kanji = rng.random() < 0.4
    rows = [
        "個別番号 1234-5678-9012",
        "履歴情報",
        "状態発生日\t配送履歴\t詳細\t取扱局\t県名等\t郵便番号",
    ]
    for t, (status, _, loc) in ev:
        pref, post = JP_PREF[loc]
        stamp = f"{t.year}年{t.month}月{t.day}日 {t:%H:%M}" if kanji else f"{t:%Y/%m/%d %H:%M}"
        rows.append(f"{stamp}\t{status}\t\t{loc}\t{pref}\t{post}")
    rows.append("お問い合わせ番号の検索")
    return "\n".join(rows), {}


def china_courier(rng: random.Random, ev: list, year: bool = True) -> tuple[str, dict]:
    inline = rng.random() < 0.5
    rows = ["运单号：SF1234567890123  复制", "物流详情"]
    for t, (status, _, loc) in reversed(ev):
        stamp = f"{t:%Y-%m-%d %H:%M:%S}"
        if inline:
            rows.append(f"{stamp} 【{loc}】{status}")
        else:
            rows += [stamp, f"【{loc}】{status}"]
    rows.append("查看更多")
    return "\n".join(rows), {}


SHAPES: dict[str, tuple[Render, list[Step], str, str | None]] = {
    "russian_post_table": (russian_post_table, RUSSIAN_POST, "Europe/Moscow", None),
    "russian_post_cards": (russian_post_cards, RUSSIAN_POST, "Europe/Moscow", None),
    "cainiao": (cainiao, CAINIAO, "Asia/Shanghai", None),
    "aliexpress": (aliexpress, CAINIAO, "Europe/Madrid", None),
    "17track": (track17, TRACK17, "Asia/Shanghai", None),
    "usps": (usps, USPS, "America/New_York", None),
    "nova_poshta": (nova_poshta, NOVA_POSHTA, "Europe/Kyiv", None),
    "japan_post": (japan_post, JAPAN_POST, "Asia/Tokyo", None),
    "china_courier": (china_courier, CHINA, "Asia/Shanghai", None),
}


def main() -> None:
    rng = random.Random(20261202)
    OUT.mkdir(parents=True, exist_ok=True)
    for shape in SHAPES:  # the hand-written hand_*.txt stay
        for old in OUT.glob(f"{shape}_*.*"):
            old.unlink()
    count = 0
    for shape, (render, steps, zone, lang) in SHAPES.items():
        for k in range(5):
            tz = ZoneInfo(zone)
            start = dt.datetime(
                2026,
                rng.randint(1, 12),
                rng.randint(1, 28),
                rng.randint(6, 20),
                rng.randint(0, 59),
                tzinfo=tz,
            )
            ev = journey(rng, steps, start)
            year = k != 4 or shape in ("cainiao", "17track", "japan_post", "china_courier", "usps")
            text, weights = render(rng, ev, year)
            gmt8 = "(GMT+8)" in text
            now = ev[-1][0] + dt.timedelta(days=rng.randint(1, 20))
            events = [
                {
                    "time": (
                        t.astimezone(dt.timezone(dt.timedelta(hours=8))) if gmt8 else t
                    ).isoformat(),
                    "stage": stage,
                    "location": loc or None,
                    "weight_g": weights.get(i),
                }
                for i, (t, (_, stage, loc)) in enumerate(ev)
            ]
            name = f"{shape}_{k + 1:02d}"
            (OUT / f"{name}.txt").write_text(text + "\n", encoding="utf-8")
            meta = {
                "shape": shape,
                "tz": zone,
                "now": now.isoformat(),
                "lang": lang,
                "events": events,
            }
            (OUT / f"{name}.json").write_text(
                json.dumps(meta, ensure_ascii=False, indent=1) + "\n", encoding="utf-8"
            )
            count += 1
    print(f"wrote {count} histories to {OUT}")


if __name__ == "__main__":
    main()
