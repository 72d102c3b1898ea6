"""Japanese (ja) status phrases: Japan Post (domestic and international), Yamato and
Sagawa wording, and marketplace order statuses.  Pieces are matched as substrings."""

from __future__ import annotations

from parcelkit.status._phrase import P, Phrase
from parcelkit.status._stage import Stage

__all__ = ["LANG", "PHRASES"]

LANG = "ja"

_JP = "https://yuubinya.com/2019/08/18/pursuit"
_JP_DOME = "https://hassakulog.net/yubinkyoku-dome-tsuiseki"
_JP_OUT = "https://wakuwaku-letter.com/?p=114"
_JP_EN = "https://trackings.post.japanpost.jp/services/srv/search/?locale=en"
_TERMS = "https://help.17track.net/hc/en-us/articles/235987288--Terminology-Shipping-information-description-and-explanations"
_YAMATO = "https://tameninarusite.com/6217.html?amp=1"
_S001 = "seed 001_476d9909002067ca.txt"
_S002 = "seed 002_efec964e4a635d95.txt"

S = Stage

PHRASES: tuple[Phrase, ...] = (
    # ---- marketplace / seller side
    P("注文確定", S.ORDER, source=_S002, examples=("注文確定",)),
    P("注文受付", S.ORDER, source=_S002, examples=("ご注文受付",)),
    P("支払い待ち", S.ORDER, source=_S002, examples=("お支払い待ち",)),
    P("発送準備", S.ORDER, priority=2, source=_S002, examples=("発送準備中", "発送準備")),
    P("発送済み", S.IN_TRANSIT, detail="seller_declared", source=_S001,
      examples=("発送済み",)),
    P("出荷完了", S.IN_TRANSIT, detail="seller_declared", source=_S001,
      examples=("出荷完了",)),
    P("発送しました", S.IN_TRANSIT, detail="seller_declared", source=_S001,
      examples=("ショップが商品を発送しました",)),
    # ---- before the carrier has it
    P("荷物情報", S.INFO_RECEIVED, source=_TERMS, examples=("荷物情報登録",)),
    P("伝票番号", S.INFO_RECEIVED, source=_TERMS, examples=("伝票番号発行済み",)),
    P("事前情報", S.INFO_RECEIVED, source=_TERMS, examples=("事前情報受信",)),
    P("依頼受付", S.INFO_RECEIVED, source=_TERMS, examples=("ご依頼受付",)),
    # ---- accepted
    P("引受", S.ACCEPTED, leg="origin", source=_JP, examples=("引受",)),
    P("引き受け", S.ACCEPTED, leg="origin", source=_JP, examples=("引き受けました",)),
    P("荷物受付", S.ACCEPTED, leg="origin", source=_TERMS, examples=("荷物受付",)),
    P("集荷", S.ACCEPTED, leg="origin", source=_TERMS, examples=("集荷",)),
    P("お預かり", S.ACCEPTED, leg="origin", source=_TERMS,
      examples=("荷物をお預かりしました",)),
    # ---- on the way
    P("中継", S.IN_TRANSIT, source=_JP_OUT, examples=("中継",)),
    P("輸送中", S.IN_TRANSIT, source=_TERMS, examples=("輸送中",)),
    P("通過", S.IN_TRANSIT, source=_TERMS, examples=("作業店通過",)),
    P("発送", S.IN_TRANSIT, priority=-3, source=_JP, examples=("発送",)),
    P("到着", S.IN_TRANSIT, priority=-3, source=_JP, examples=("到着",)),
    P("転送", S.IN_TRANSIT, detail="redirected", source=_JP, examples=("転送",)),
    P("国際交換局 発送", S.IN_TRANSIT, leg="destination", priority=4, source=_JP_EN,
      examples=("国際交換局から発送",)),
    # ---- export
    P("輸出", S.EXPORT, leg="origin", source=_JP_EN, examples=("輸出",)),
    P("輸出通関", S.EXPORT, detail="export_customs", leg="origin", priority=8,
      source=_JP_EN, examples=("輸出通関手続中",)),
    P("航空機 搭載", S.EXPORT, leg="origin", priority=4, source=_JP_EN,
      examples=("航空機に搭載",)),
    P("搭載", S.EXPORT, leg="origin", source=_JP_EN, examples=("搭載",)),
    P("差出国 出発", S.EXPORT, leg="origin", priority=4, source=_JP_EN,
      examples=("差出国を出発",)),
    # ---- between countries
    P("航空機", S.INTERNATIONAL_TRANSIT, leg="international", source=_JP_EN,
      examples=("航空機から取卸",)),
    P("中継国", S.INTERNATIONAL_TRANSIT, leg="international", priority=4, source=_JP_EN,
      examples=("中継国に到着",)),
    # ---- import (the exchange office named in Japanese is the destination one)
    P("国際交換局 到着", S.IMPORT, leg="destination", priority=4, source=_JP_EN,
      examples=("国際交換局に到着",)),
    P("名宛国 到着", S.IMPORT, leg="destination", priority=4, source=_JP_EN,
      examples=("名宛国に到着",)),
    P("輸入", S.IMPORT, leg="destination", source=_JP_EN, examples=("輸入",)),
    P("日本 到着", S.IMPORT, leg="destination", priority=2, source=_JP_EN,
      examples=("国際郵便物が日本に到着しました",)),
    # ---- customs
    P("通関", S.CUSTOMS, leg="destination", source=_JP_EN, examples=("通関手続中",)),
    P("税関", S.CUSTOMS, leg="destination", source=_JP_EN, examples=("税関検査中",)),
    P("税関 保管", S.CUSTOMS, detail="customs_held", leg="destination", priority=4,
      source=_JP_EN, examples=("税関で保管中",)),
    P("税関検査", S.CUSTOMS, detail="customs_held", leg="destination", priority=2,
      source=_JP_EN, examples=("税関検査",)),
    P("税関 発送", S.CUSTOMS, detail="customs_released", leg="destination", priority=4,
      source=_JP_EN, examples=("税関から発送",)),
    P("通関手続完了", S.CUSTOMS, detail="customs_released", leg="destination",
      priority=2, source=_JP_EN, examples=("通関手続完了",)),
    P("関税", S.CUSTOMS, detail="duty_due", leg="destination", priority=8, source=_JP_EN,
      examples=("関税のお支払い待ち",)),
    # ---- at the delivery office
    P("配達局 到着", S.AT_DELIVERY_OFFICE, leg="destination", priority=4, source=_JP,
      examples=("配達局に到着",)),
    P("配達店 到着", S.AT_DELIVERY_OFFICE, leg="destination", priority=4, source=_TERMS,
      examples=("配達店に到着",)),
    P("郵便局 到着", S.AT_DELIVERY_OFFICE, leg="destination", priority=2, source=_JP,
      examples=("郵便局に到着しました",)),
    P("営業所 到着", S.AT_DELIVERY_OFFICE, leg="destination", priority=2, source=_TERMS,
      examples=("お荷物は営業所に到着しました",)),
    P("お届け先 到着", S.AT_DELIVERY_OFFICE, leg="destination", priority=2, source=_TERMS,
      examples=("お届け先の地域に到着しました",)),
    # ---- ready for pickup
    P("保管", S.READY_FOR_PICKUP, detail="held", leg="destination", source=_JP_DOME,
      examples=("保管",)),
    P("窓口 保管", S.READY_FOR_PICKUP, detail="held", leg="destination", priority=2,
      source=_JP_DOME, examples=("窓口で保管中",)),
    P("受取可能", S.READY_FOR_PICKUP, leg="destination", priority=4, source=_TERMS,
      examples=("受取可能",)),
    P("受け取り可能", S.READY_FOR_PICKUP, leg="destination", priority=4, source=_TERMS,
      examples=("お受け取り可能です",)),
    P("不在連絡票", S.READY_FOR_PICKUP, detail="notice_left", leg="destination",
      priority=4, source=_JP, examples=("ご不在連絡票を投函",)),
    P("保管期間", S.READY_FOR_PICKUP, detail="storage_expiring", leg="destination",
      priority=2, source=_JP, examples=("保管期間はあと2日です",)),
    P("宅配ロッカー", S.READY_FOR_PICKUP, detail="locker", leg="destination", priority=4,
      source=_TERMS, examples=("宅配ロッカーに到着",)),
    P("はこぽす", S.READY_FOR_PICKUP, detail="locker", leg="destination", priority=4,
      source=_JP, examples=("はこぽすに到着",)),
    P("郵便局 お預かり", S.READY_FOR_PICKUP, detail="held", leg="destination", priority=4,
      source=_JP_DOME, examples=("郵便局でお預かりしています",)),
    P("再配達", S.READY_FOR_PICKUP, detail="notice_left", leg="destination", priority=6,
      source=_JP, examples=("依頼受付（再配達）",)),
    # ---- out for delivery
    P("持ち出し中", S.OUT_FOR_DELIVERY, leg="destination", priority=2, source=_JP_OUT,
      examples=("持ち出し中",)),
    P("配達中", S.OUT_FOR_DELIVERY, leg="destination", priority=2, source=_TERMS,
      examples=("配達中",)),
    P("配達予定", S.OUT_FOR_DELIVERY, leg="destination", source=_TERMS,
      examples=("本日配達予定",)),
    P("お届け中", S.OUT_FOR_DELIVERY, leg="destination", source=_TERMS,
      examples=("お届け中",)),
    P("配達に向か", S.OUT_FOR_DELIVERY, leg="destination", priority=2, source=_TERMS,
      examples=("ただいま配達に向かっています",)),
    # ---- delivered
    P("お届け済み", S.DELIVERED, leg="destination", priority=2, source=_JP_DOME,
      examples=("お届け先にお届け済み",)),
    P("お届け完了", S.DELIVERED, leg="destination", priority=2, source=_TERMS,
      examples=("お届け完了",)),
    P("配達完了", S.DELIVERED, leg="destination", priority=2, source=_TERMS,
      examples=("配達完了",)),
    P("配達済み", S.DELIVERED, leg="destination", priority=2, source=_TERMS,
      examples=("配達済み",)),
    P("窓口でお渡し", S.DELIVERED, leg="destination", priority=4, source=_JP_DOME,
      examples=("窓口でお渡し",)),
    P("お渡し済み", S.DELIVERED, leg="destination", priority=4, source=_JP_DOME,
      examples=("お渡し済み",)),
    P("投函完了", S.DELIVERED, leg="destination", priority=2, source=_TERMS,
      examples=("投函完了",)),
    P("宅配ボックス", S.DELIVERED, leg="destination", priority=2, source=_TERMS,
      examples=("宅配ボックスにお届け済み",)),
    P("お届け 完了", S.DELIVERED, leg="destination", priority=2, source=_TERMS,
      examples=("お荷物のお届けが完了しました",)),
    P("配達 完了", S.DELIVERED, leg="destination", priority=2, source=_TERMS,
      examples=("配達が完了しました",)),
    P("配達しました", S.DELIVERED, leg="destination", priority=2, source=_TERMS,
      examples=("お届け先に配達しました",)),
    P("お届けしました", S.DELIVERED, leg="destination", priority=2, source=_TERMS,
      examples=("お荷物をお届けしました",)),
    # ---- delivery failed
    P("不在", S.DELIVERY_FAILED, detail="addressee_absent", leg="destination",
      priority=6, source=_JP, examples=("ご不在のため持ち戻り",)),
    P("持ち戻り", S.DELIVERY_FAILED, leg="destination", priority=2, source=_JP,
      examples=("持ち戻り",)),
    P("持戻", S.DELIVERY_FAILED, leg="destination", priority=2, source=_TERMS,
      examples=("持戻（ご不在）",)),
    P("尋ねあたりません", S.DELIVERY_FAILED, detail="address_incorrect",
      leg="destination", priority=4, source=_JP, examples=("あて所に尋ねあたりません",)),
    P("宛所不明", S.DELIVERY_FAILED, detail="address_incorrect", leg="destination",
      priority=4, source=_JP, examples=("宛所不明",)),
    P("住所不明", S.DELIVERY_FAILED, detail="address_incorrect", leg="destination",
      priority=4, source=_JP, examples=("住所不明",)),
    P("受取拒否", S.DELIVERY_FAILED, detail="refused", leg="destination", priority=4,
      source=_JP, examples=("受取拒否",)),
    P("配達できません", S.DELIVERY_FAILED, leg="destination", priority=4, source=_JP,
      examples=("配達できませんでした",)),
    # ---- returns
    P("返送", S.RETURN_TO_SENDER, priority=6, source=_JP, examples=("差出人に返送",)),
    P("返還", S.RETURN_TO_SENDER, priority=6, source=_JP, examples=("返還",)),
    P("差出人 戻", S.RETURN_TO_SENDER, priority=6, source=_JP,
      examples=("差出人へ戻ります",)),
    P("返品", S.RETURN_TO_SENDER, priority=6, source=_S002, examples=("返品",)),
    # ---- exceptions, loss, cancellation, refund
    P("破損", S.EXCEPTION, detail="damaged", source=_TERMS, examples=("破損",)),
    P("調査中", S.EXCEPTION, source=_TERMS, examples=("調査中",)),
    P("紛失", S.LOST, source=_TERMS, examples=("紛失",)),
    P("キャンセル", S.CANCELLED, priority=6, source=_S002, examples=("注文キャンセル",)),
    P("返金", S.REFUNDED, priority=8, source=_S002, examples=("返金済み",)),
    # ---- notices that are not stages
    P("遅延", S.UNKNOWN, detail="delayed", priority=3, source=_S001,
      examples=("配達遅延",)),
    P("遅れ", S.UNKNOWN, detail="delayed", priority=3, source=_S001,
      examples=("お届けに遅れが発生",)),
    P("該当なし", S.UNKNOWN, detail="not_found", priority=8, source=_JP,
      examples=("お問い合わせ番号が見つかりません 該当なし",)),
    P("見つかりません", S.UNKNOWN, detail="not_found", priority=8, source=_JP,
      examples=("お問い合わせ番号が見つかりません",)),
    # ---- round 2: Yamato / Japan Post wording
    P("ポスト 投函", S.DELIVERED, leg="destination", priority=2, source=_YAMATO,
      examples=("ご自宅のポストへ投函",)),
    P("担当店 到着", S.AT_DELIVERY_OFFICE, leg="destination", priority=4, source=_YAMATO,
      examples=("担当店に到着しました",)),
    P("コンビニ 到着", S.READY_FOR_PICKUP, leg="destination", priority=4, source=_YAMATO,
      examples=("お荷物はコンビニへ到着しました",)),
    P("窓口 受け取", S.READY_FOR_PICKUP, leg="destination", priority=4, source=_JP,
      examples=("郵便局の窓口で受け取りできます",)),
    P("未登録", S.UNKNOWN, detail="not_found", priority=8, source=_JP,
      examples=("お問い合わせ番号未登録",)),
)
