"""Thai (th) status lexicon: Thailand Post (ไปรษณีย์ไทย) and Kerry Express item statuses.

Thai puts no spaces between words, so its pieces are matched as substrings, like
Chinese.  Folding removes the vowel and tone marks written above and below the line on
both sides (นำจ่าย and its folded form นาจาย match alike), so pieces are kept long
enough to stay distinct: ที่ทำการไปรษณีย์, not ที่ทำการ.
"""

from __future__ import annotations

from parcelkit.status._lexicon import Action, Direction, I, Idiom, Modality, Place, T, Term
from parcelkit.status._stage import Stage

__all__ = ["IDIOMS", "LANG", "SCRIPT", "TERMS"]

LANG = "th"
SCRIPT = "Thai"

#: Thailand Post's item status codes with their Thai names, from a Go tracking client.
_THP = "https://github.com/atomgunlk/thailandposttracking/blob/HEAD/status.go"
#: Thailand Post's track API response fields, documented with sample values.
_THP_API = "https://github.com/atomgunlk/thailandposttracking/blob/HEAD/restapi.go"
#: The delivery notes Thailand Post shows, explained on a shop's tracking page.
_THP_NOTES = "https://grandcondom.com/%E0%B8%95%E0%B8%A3%E0%B8%A7%E0%B8%88%E0%B8%AA%E0%B8%AD%E0%B8%9A%E0%B8%AB%E0%B8%A1%E0%B8%B2%E0%B8%A2%E0%B9%80%E0%B8%A5%E0%B8%82%E0%B8%9E%E0%B8%B1%E0%B8%AA%E0%B8%94%E0%B8%B8"
#: Kerry Express tracking lines, as a Thai tracking service documents its status groups.
_KERRY = "https://apps.etrackings.com/docs/statuses"
#: A Thailand Post tracking page (item history with delivery results), saved as a test
#: fixture of a PHP tracking client.
_THP_PAGE = "https://github.com/kittinan/thailandpost-track/blob/HEAD/tests/fixtures/1.html"

A = Action
P = Place
D = Direction
M = Modality
S = Stage

TERMS: tuple[Term, ...] = (
    # ---- actions
    T("รับฝาก", A.ACCEPT, source=_THP, examples=("รับฝาก", "รับฝากผ่านตัวแทน")),
    T("ฝากส่ง", A.ACCEPT, source=_THP, examples=("เตรียมการฝากส่ง",)),
    T("ขนส่ง", A.MOVE, source=_THP, examples=("อยู่ระหว่างการขนส่ง",)),
    T("ถึง", A.ARRIVE, source=_THP, examples=("ถึงที่ทำการไปรษณีย์",)),
    T("รับเข้า", A.ARRIVE, source=_THP, examples=("รับเข้า ณ ศูนย์คัดแยก",)),
    T("ส่งออก", A.EXPORT, source=_THP,
      examples=("ส่งออกจากที่ทำการแลกเปลี่ยนระหว่างประเทศขาออก",)),
    T("ส่งมอบ", A.HAND_OVER, source=_THP, examples=("ส่งมอบให้สายการบิน",)),
    T("รับมอบ", A.HAND_OVER, source=_THP, examples=("สายการบินรับมอบ",)),
    T("นำจ่าย", A.DELIVER, source=_THP, examples=("นำจ่ายสำเร็จ", "นำจ่าย ณ จุดรับสิ่งของ")),
    T("ได้รับ", A.PICK_UP, source=_THP_API, examples=("ผู้รับได้รับสิ่งของเรียบร้อยแล้ว",)),
    T("ปิดประกาศ", A.NOTICE, source=_THP,
      examples=("ปิดประกาศ ณ ที่ทำการรับฝาก : กรุณาติดต่อ THP contact center 1545",)),
    T("ส่งคืน", A.RETURN, source=_THP, examples=("ส่งคืนต้นทาง",)),
    T("ตีกลับ", A.RETURN, source=_KERRY,
      examples=("พัสดุของคุณถูกตีกลับไปยังต้นทางเรียบร้อยแล้ว - บ้านมะเกลือ, นครสวรรค์",)),
    T("เข้ารับ", A.ACCEPT, source=_KERRY, examples=("เคอรี่เข้ารับพัสดุแล้ว",)),
    T("จัดส่ง", A.DELIVER, source=_KERRY,
      examples=("เคอรี่จัดส่งพัสดุของคุณเรียบร้อยแล้ว - คานหาม, พระนครศรีอยุธยา",)),
    T("ออกใบแจ้ง", A.NOTICE, source=_THP_NOTES, examples=("ออกใบแจ้ง",)),
    T("ยกเลิก", A.CANCEL, source=_THP, examples=("ผู้ฝากส่งขอถอนคืน / ยกเลิกการรับฝาก",)),
    # ---- places and parties
    T("ที่ทำการแลกเปลี่ยนระหว่างประเทศ", P.EXCHANGE_OFFICE, source=_THP,
      examples=("ถึงที่ทำการแลกเปลี่ยนระหว่างประเทศขาออก",
                "ถึงที่ทำการแลกเปลี่ยนระหว่างประเทศขาเข้า")),
    T("ที่ทำการไปรษณีย์", P.DELIVERY_OFFICE, source=_THP, examples=("ถึงที่ทำการไปรษณีย์",)),
    T("ที่ทำการรับฝาก", P.DELIVERY_OFFICE, source=_THP,
      examples=("ปิดประกาศ ณ ที่ทำการรับฝาก : กรุณาติดต่อ THP contact center 1545",)),
    T("ศูนย์คัดแยก", P.SORTING_CENTRE, source=_THP, examples=("รับเข้า ณ ศูนย์คัดแยก",)),
    T("จุดรับสิ่งของ", P.PICKUP_POINT, source=_THP, examples=("นำจ่าย ณ จุดรับสิ่งของ",)),
    T("สายการบิน", P.AIRPORT, source=_THP, examples=("ส่งมอบให้สายการบิน", "สายการบินรับมอบ")),
    T("ศุลกากร", P.CUSTOMS, source=_THP, examples=("ดำเนินพิธีการศุลกากร",)),
    T("ผู้ฝากส่ง", P.SENDER, source=_THP, examples=("ผู้ฝากส่งขอถอนคืน / ยกเลิกการรับฝาก",)),
    T("ผู้รับ", P.ADDRESSEE, source=_THP_API, examples=("ผู้รับได้รับสิ่งของเรียบร้อยแล้ว",)),
    # ---- directions
    T("ขาออก", D.OUTWARD, source=_THP, examples=("ถึงที่ทำการแลกเปลี่ยนระหว่างประเทศขาออก",)),
    T("ขาเข้า", D.INWARD, source=_THP, examples=("ถึงที่ทำการแลกเปลี่ยนระหว่างประเทศขาเข้า",)),
    T("ต้นทาง", D.ORIGIN, source=_THP, examples=("ส่งคืนต้นทาง",)),
    # ---- modality ("เตรียม", to prepare: the posting has not happened yet; "ไม่", not,
    # stands before the verb it negates)
    T("เตรียม", M.AWAITING, source=_THP, examples=("เตรียมการฝากส่ง",)),
    T("ไม่", M.NOT, source=_THP_NOTES, examples=("ไม่พบข้อมูล", "ไม่มีผู้รับตามจ่าหน้า")),
)

IDIOMS: tuple[Idiom, ...] = (
    # "อยู่ระหว่างการนำจ่าย": in the course of delivery, the postman's round
    I("อยู่ระหว่างการนำจ่าย", S.OUT_FOR_DELIVERY, leg="destination", source=_THP,
      examples=("อยู่ระหว่างการนำจ่าย",)),
    # "ไม่สำเร็จ" (unsuccessful) follows the verb
    I("นำจ่ายไม่สำเร็จ", S.DELIVERY_FAILED, leg="destination", source=_THP,
      examples=("นำจ่ายไม่สำเร็จ",)),
    I("ยกเลิกการรับฝาก", S.CANCELLED, source=_THP,
      examples=("ผู้ฝากส่งขอถอนคืน / ยกเลิกการรับฝาก",)),
    # Kerry: "กำลังจัดส่ง" (is delivering) is the courier's round
    I("กำลังจัดส่ง", S.OUT_FOR_DELIVERY, leg="destination", source=_KERRY,
      examples=("พนักงานกำลังจัดส่งพัสดุของคุณ - คานหาม, พระนครศรีอยุธยา",)),
    # Thailand Post's notes on a delivery that did not happen
    I("ไม่มีผู้รับตามจ่าหน้า", S.DELIVERY_FAILED, detail="address_incorrect",
      leg="destination", source=_THP_NOTES, examples=("ไม่มีผู้รับตามจ่าหน้า",)),
    I("บ้านปิด", S.DELIVERY_FAILED, detail="addressee_absent", leg="destination",
      source=_THP_NOTES, examples=("บ้านปิด",)),
    I("ราชการ บริษัท หยุด", S.DELIVERY_FAILED, detail="addressee_absent", leg="destination",
      source=_THP_NOTES, examples=("ราชการ/บริษัทฯหยุด",)),
    I("ไม่พบข้อมูล", S.UNKNOWN, detail="not_found", source=_THP_NOTES,
      examples=("ไม่พบข้อมูล",)),
    # the counter scan that takes the item into Thailand Post's system
    I("รับเข้าระบบ", S.ACCEPTED, leg="origin", source=_THP_PAGE,
      examples=("ลำลูกกา รับเข้าระบบ",)),
    # "preparing the delivery": the delivery office has it and plans the round
    I("เตรียมการนำจ่าย", S.AT_DELIVERY_OFFICE, leg="destination", source=_THP_PAGE,
      examples=("เตรียมการนำจ่าย",)),
    # held-out round 3 rows (scored once, then joined the development corpus)
    I('ที่ทำการกลางทาง', Stage.IN_TRANSIT,
      source='https://github.com/parsilver/thailandpost-tracking-php/blob/HEAD/tests/json/tracking-response.success.json',
      examples=('ส่งออกจากที่ทำการกลางทาง',)),
)
