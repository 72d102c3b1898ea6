"""Hebrew (he) status lexicon: Israel Post (דואר ישראל) and courier wording, and marketplace
order statuses in Hebrew.

Hebrew attaches prepositions and the article to words (לנמען, בסניף, מהמכס), and a stem
matches only the start of a token, so common attached forms get their own rows.
"""

from __future__ import annotations

from parcelkit.status._lexicon import Action, I, Idiom, Modality, Place, T, Term
from parcelkit.status._stage import Stage

__all__ = ["IDIOMS", "LANG", "SCRIPT", "TERMS"]

LANG = "he"
SCRIPT = "Hebr"

_TRACKSHIP = "https://github.com/zorem/trackship-for-woocommerce/blob/HEAD/language/trackship-for-woocommerce-he_IL.po"

_IP_GUIDE = "https://www.israelpost.co.il/madrich.nsf/DefDocs/124?OpenDocument"
_IP_REGISTERED = "https://mypost.israelpost.co.il/%D7%93%D7%95%D7%90%D7%A8-%D7%91%D7%90%D7%A8%D7%A5/%D7%A7%D7%91%D7%9C%D7%AA-%D7%9E%D7%9B%D7%AA%D7%91-%D7%A8%D7%A9%D7%95%D7%9D/"
_IP_SERVICES = "https://www.israelpost.co.il/madrich.nsf/DefDocs/206?opendocument"

_AST_HE = "https://github.com/zorem/woo-advanced-shipment-tracking/blob/HEAD/lang/woo-advanced-shipment-tracking-he_IL.po"

TERMS: tuple[Term, ...] = (
    # "נשלח/נשלחה": was sent
    T("נשלח", Action.DEPART, source=_AST_HE, examples=("נשלחה חלקית", "הזמנה נשלחה")),
    T("נמסר", Action.DELIVER, source=_IP_GUIDE, examples=("הפריט נמסר",)),
    T("סניף", Place.DELIVERY_OFFICE, source=_IP_REGISTERED,
      examples=("החבילה התקבלה בסניף הדואר",)),
    # ---- trackship's Hebrew status names
    T("זמין", Action.AVAILABLE, source=_TRACKSHIP, examples=("זמין לאיסוף",)),
    T("כשל", Modality.FAILED, source=_TRACKSHIP, examples=("כשל מסירה",)),
    T("מסירה", Action.DELIVER, source=_TRACKSHIP, examples=("כשל מסירה",)),
)

IDIOMS: tuple[Idiom, ...] = (
    I("בוטל", Stage.CANCELLED, source=_TRACKSHIP, examples=("המשלוח בוטל",)),
    I("נאסף מהשולח", Stage.ACCEPTED, source=_IP_SERVICES, examples=("נאסף מהשולח",)),
    I("התקבל למשלוח", Stage.ACCEPTED, source=_IP_SERVICES, examples=("הפריט התקבל למשלוח",)),
    I("נקלט", Stage.ACCEPTED, source=_IP_SERVICES, examples=("הפריט נקלט במערכת",)),
    I("מרכז מיון", Stage.IN_TRANSIT, source=_IP_SERVICES, examples=("מרכז מיון",)),
    I("למרכז מיון", Stage.IN_TRANSIT, source=_IP_SERVICES,
      examples=("נשלח למרכז מיון",)),
    I("במרכז", Stage.IN_TRANSIT, source=_IP_SERVICES, examples=("הפריט במרכז הלוגיסטי",)),
    I("המיון", Stage.IN_TRANSIT, source=_IP_SERVICES, examples=("המיון הסתיים",)),
    I("בתהליך מיון", Stage.IN_TRANSIT, source=_IP_SERVICES, examples=("בתהליך מיון",)),
    I("בדרך", Stage.IN_TRANSIT, source=_IP_SERVICES, examples=("המשלוח בדרך",)),
    I("ביחידת הדואר", Stage.AT_DELIVERY_OFFICE, source=_IP_REGISTERED,
      examples=("הפריט התקבל ביחידת הדואר",)),
    I("הגיע ליחידת", Stage.AT_DELIVERY_OFFICE, source=_IP_REGISTERED,
      examples=("הפריט הגיע ליחידת המסירה",)),
    I("יצא לחלוקה", Stage.OUT_FOR_DELIVERY, source=_IP_GUIDE, examples=("יצא לחלוקה",)),
    I("בחלוקה", Stage.OUT_FOR_DELIVERY, source=_IP_GUIDE, examples=("הפריט בחלוקה",)),
    I("נמסר לשליח", Stage.OUT_FOR_DELIVERY, source=_IP_GUIDE,
      examples=("הפריט נמסר לשליח",)),
    I("יצא למסירה", Stage.OUT_FOR_DELIVERY, source=_IP_GUIDE, examples=("הפריט יצא למסירה",)),
    I("בדרך לנמען", Stage.OUT_FOR_DELIVERY, source=_IP_GUIDE, examples=("השליח בדרך לנמען",)),
    I("בוצעה מסירה", Stage.DELIVERED, source=_IP_GUIDE, examples=("בוצעה מסירה",)),
    I("מסירה בוצעה", Stage.DELIVERED, source=_IP_GUIDE, examples=("מסירה בוצעה בהצלחה",)),
    I("נמסר לנמען", Stage.DELIVERED, source=_IP_GUIDE, examples=("נמסר לנמען",)),
    I("ממתין לאיסוף", Stage.READY_FOR_PICKUP, source=_IP_REGISTERED,
      examples=("ממתין לאיסוף בסניף",)),
    I("ממתינה לאיסוף", Stage.READY_FOR_PICKUP, source=_IP_REGISTERED,
      examples=("החבילה ממתינה לאיסוף",)),
    I("וממתין לאיסוף", Stage.READY_FOR_PICKUP, source=_IP_REGISTERED,
      examples=("הפריט הגיע ליחידת הדואר וממתין לאיסוף",)),
    I("מוכן לאיסוף", Stage.READY_FOR_PICKUP, source=_IP_REGISTERED,
      examples=("הפריט מוכן לאיסוף",)),
    I("ניתן לאסוף", Stage.READY_FOR_PICKUP, source=_IP_REGISTERED,
      examples=("ניתן לאסוף את הפריט",)),
    I("לוקר", Stage.READY_FOR_PICKUP, source=_IP_REGISTERED,
      examples=("לוקר 24/7",)),
    I("בלוקר", Stage.READY_FOR_PICKUP, source=_IP_REGISTERED,
      examples=("הפריט בלוקר",)),
    I("נשלחה הודעה", Stage.READY_FOR_PICKUP, detail="notice_left", source=_IP_REGISTERED,
      examples=("נשלחה הודעה לנמען",)),
    I("לא נמסר", Stage.DELIVERY_FAILED, source=_IP_GUIDE, examples=("הפריט לא נמסר",)),
    I("ניסיון מסירה", Stage.DELIVERY_FAILED, source=_IP_GUIDE,
      examples=("בוצע ניסיון מסירה",)),
    I("לא נמצא בבית", Stage.DELIVERY_FAILED, detail="addressee_absent", source=_IP_GUIDE,
      examples=("הנמען לא נמצא בבית",)),
    I("כתובת שגויה", Stage.DELIVERY_FAILED, detail="address_incorrect", source=_IP_GUIDE,
      examples=("כתובת שגויה",)),
    I("כתובת לא", Stage.DELIVERY_FAILED, detail="address_incorrect", source=_IP_GUIDE,
      examples=("כתובת לא מדויקת",)),
    I("סירב", Stage.DELIVERY_FAILED, detail="refused", source=_IP_GUIDE,
      examples=("הנמען סירב לקבל",)),
    I("הוחזר", Stage.RETURN_TO_SENDER, source=_IP_GUIDE,
      examples=("הוחזר לשולח",)),
    I("מוחזר", Stage.RETURN_TO_SENDER, source=_IP_GUIDE,
      examples=("הפריט מוחזר לשולח",)),
    I("חזרה לשולח", Stage.RETURN_TO_SENDER, source=_IP_GUIDE,
      examples=("בדרך חזרה לשולח",)),
    I("נמסר לשולח", Stage.RETURN_TO_SENDER, source=_IP_GUIDE,
      examples=("הפריט נמסר לשולח",)),
    I("ניזוק", Stage.EXCEPTION, detail="damaged", source=_IP_SERVICES,
      examples=("הפריט ניזוק",)),
    I("אבד", Stage.LOST, source=_IP_SERVICES, examples=("הפריט אבד",)),
    # airports: a flight leg
    I("נקודת איסוף", Stage.READY_FOR_PICKUP, source=_IP_REGISTERED,
      examples=("נקודת איסוף: סופר פארם",)),
    I("לנקודת איסוף", Stage.READY_FOR_PICKUP, source=_IP_REGISTERED,
      examples=("הפריט נמסר לנקודת איסוף",)),
    I("השליח", Stage.OUT_FOR_DELIVERY, source=_IP_GUIDE, examples=("השליח בדרך אליך",)),
    I("בנקודת איסוף", Stage.READY_FOR_PICKUP, source=_IP_REGISTERED,
      examples=("החבילה בנקודת איסוף",)),
    # more Hebrew courier wording
    I("נאסף", Stage.ACCEPTED, source=_IP_SERVICES, examples=("המשלוח נאסף מבית העסק",)),
    I("מיון", Stage.IN_TRANSIT, source=_IP_SERVICES, examples=("החבילה עברה מיון",)),
    I("ממתין לך", Stage.READY_FOR_PICKUP, source=_IP_REGISTERED, examples=("הפריט ממתין לך",)),
    I("ממתינה לך", Stage.READY_FOR_PICKUP, source=_IP_REGISTERED,
      examples=("החבילה ממתינה לך",)),
    I("נקודת", Stage.READY_FOR_PICKUP, source=_IP_REGISTERED,
      examples=("החבילה בנקודת החלוקה",)),
    I("נכשל", Stage.DELIVERY_FAILED, source=_IP_GUIDE, examples=("המסירה נכשלה",)),
    I("מועד אחרון לאיסוף", Stage.READY_FOR_PICKUP, detail="storage_expiring", source=_IP_REGISTERED,
      examples=("מועד אחרון לאיסוף: 20/06",)),
    I("עבר דירה", Stage.DELIVERY_FAILED, detail="address_incorrect", source=_IP_GUIDE,
      examples=("הנמען עבר דירה",)),
    # the seller's or marketplace's warehouse: moving, as in the English table
    I("חברת השילוח", Stage.ACCEPTED, source=_IP_SERVICES,
      examples=("הפריט נמסר לחברת השילוח",)),
    # ---- trackship's Hebrew status names
    I("החזר לשולח", Stage.RETURN_TO_SENDER, source=_TRACKSHIP, examples=("החזר לשולח",)),
    I("במסלול משלוח", Stage.IN_TRANSIT, source=_TRACKSHIP, examples=("במסלול משלוח",)),
    I("טרום טרנזיט", Stage.INFO_RECEIVED, source=_TRACKSHIP, examples=("טרום טרנזיט",)),
)
