"""Turkish (tr) status lexicon: PTT / PTT Kargo, Yurtiçi, Aras, MNG and marketplace order
statuses in Turkish."""

from __future__ import annotations

from parcelkit.status._lexicon import Action, I, Idiom, Modality, Place, T, Term
from parcelkit.status._stage import Stage

__all__ = ["IDIOMS", "LANG", "SCRIPT", "TERMS"]

LANG = "tr"
SCRIPT = "Latn"

_SHIPMENT_TR = "https://github.com/mirackilic/shipment-integration/blob/HEAD/shipment-integration-api/ShipmentIntegration.Domain/Enums/ShipmentStatusType.cs"
_ARAS_NOTIFY = "https://github.com/temelaybir/rdhn-toptan/blob/HEAD/aras-kargo/aras-cargo-integration/src/cargo-notification-service.ts"
_ARAS_TYPES = "https://github.com/temelaybir/rdhn-toptan/blob/HEAD/aras-kargo/types/cargo.ts"
_TRACKSHIP = "https://github.com/zorem/trackship-for-woocommerce/blob/HEAD/language/trackship-for-woocommerce-tr_TR.po"

_PTT_ABSENT = "https://bilgiduragi.blogspot.com/search/label/ptt"
_PTT_BAG = "https://nesozluk.net/ptt-kargo-torbaya-eklendi"
_PTT_RETURN = "https://kargotakip.us/kargolar/ptt-kargo-alamayinca-ne-olur"
_YURTICI_TEST = "https://github.com/tcgunel/omniship-yurtici/blob/HEAD/tests/Message/GetTrackingStatusResponseTest.php"
_YURTICI_API = "https://github.com/eneshenderson/YurticiKargo-Api/blob/HEAD/go/README.md"
_KARGOLOJIK = "https://kargolojik.com/?p=39576"
_YURTICI_ENUM = "https://github.com/oguzhanayyldz/moon-lib/blob/HEAD/dist/common/enums/yurtici-status.enum.d.ts"
_YANDEX_QA = "https://yandex.com.tr/yacevap/c/faydali-ipuclari/q/kargo-baskasina-teslim-edilirse-ne-olur-26467552"
_PTT_CODES = "https://github.com/ahmeti/ptt-kargo-api/blob/HEAD/03_PTT_Durum_Kodlari.md"
_AST_TR = "https://github.com/zorem/woo-advanced-shipment-tracking/blob/HEAD/lang/woo-advanced-shipment-tracking-tr_TR.po"
_KARGOM = "https://github.com/common-repository/kargom-nerede-kargo-takip/blob/HEAD/class-wc-kargomnerede.php"
_TERSANE = "https://www.kanalmaras.com/guncel/kargo-sirketlerinin-yeni-oyunu-ortaya-cikti-uc-kati-ucret-alip-h69328.html"

# sources of the rows added from the scored round 5
_R5_HB = "https://developers.hepsiburada.com/hepsiburada/reference/tracking"

TERMS: tuple[Term, ...] = (
    # ---- modalities
    T("edileme", Modality.FAILED, source=_PTT_ABSENT,
      examples=("Adres yetersiz - teslim edilemedi",)),
    T("edilmedi", Modality.NOT, source=_YURTICI_ENUM,
      examples=("Teslim Edilmedi ve Geri Dönüş Faturası Kesilmedi",)),
    # "did not accept" is the addressee's refusal
    T("kabul etmedi", Action.REFUSE, source=_PTT_RETURN,
      examples=("Alıcı kabul etmedi, iade sürecinde",)),
    T("etmedi", Modality.NOT, source=_PTT_RETURN,
      examples=("Alıcı kabul etmedi, iade sürecinde",)),
    T("bekliyor", Modality.AWAITING, source=_PTT_RETURN,
      examples=("Gönderi şubede teslim alınmayı bekliyor",)),
    T("henuz", Modality.PENDING, source=_YURTICI_TEST,
      examples=("Henüz işlem yapılmadı",)),
    # ---- actions
    # "teslim almak": to take delivery of it (the addressee) or to collect it (the carrier)
    T("teslim$ alin", Action.PICK_UP, source=_PTT_RETURN,
      examples=("Gönderi şubede teslim alınmayı bekliyor",)),
    T("teslim$", Action.DELIVER, source=_PTT_ABSENT,
      examples=("Alıcısına teslim edildi",)),
    T("olusturul", Action.REGISTER, source=_ARAS_TYPES,
      examples=("KARGO OLUŞTURULDU",)),
    # "was not accepted": the addressee's refusal, as "kabul etmedi"
    T("kabul edilmedi", Action.REFUSE, source=_PTT_CODES,
      examples=("Kabul Edilmedi", "İADE-Kabul Edilmedi")),
    T("kabul", Action.ACCEPT, source=_PTT_BAG,
      examples=("Kabul edildi - KADIKÖY PTT MERKEZ", "Gönderi kabul edildi 12.06.2024 14:20")),
    T("sevk", Action.MOVE, source=_TRACKSHIP,
      examples=("sevk edildi",)),
    T("aktarmada", Action.MOVE, source=_YURTICI_TEST,
      examples=("Aktarmada",)),
    T("yola cik", Action.DEPART, source=_SHIPMENT_TR,
      examples=("Yola Çıktı",)),
    T("ulasti$", Action.ARRIVE, source=_PTT_BAG,
      examples=("ANKARA Transfer Merkezine ulaştı",)),
    T("ulasmis", Action.ARRIVE, source=_TERSANE,
      examples=("Gönderiniz Tersane Şubemize ulaşmıştır",)),
    # "geliş kaydı": the arrival was recorded at a unit
    T("gelis$", Action.ARRIVE, source=_PTT_CODES,
      examples=("Gönderinin Geliş Kaydı Yapıldı",)),
    T("tutul", Action.HOLD, source=_PTT_CODES, examples=("Gönderi Gümrükte Tutuluyor",)),
    T("cikti$", Action.DEPART, source=_PTT_CODES, examples=("Gümrükten Çıktı",)),
    # "sent abroad": leaving the country
    T("yurtdisina sevk", Action.EXPORT, source=_PTT_CODES,
      examples=("Yurtdışına Sevk Edildi",)),
    T("kayip", Action.LOSE, source=_PTT_CODES,
      examples=("Kayıp", "Gönderi Akıbeti Belirlenemedi/Kayıp")),
    T("hasar", Action.DAMAGE, source=_PTT_CODES, examples=("Hasar",)),
    T("dagitima", Action.OUT_FOR_DELIVERY, source=_PTT_ABSENT,
      examples=("Dağıtıma çıkarıldı", "DAGITIMA CIKARILDI (Kurye: Ahmet Y.)")),
    T("iade edil", Action.RETURN, source=_PTT_RETURN,
      examples=("Göndericiye iade edildi",)),
    T("iptal", Action.CANCEL, source=_YURTICI_API,
      examples=("Kargo çıkışı engellendi (başarılı iptal)", "Kargo zaten iptal edilmiş")),
    # ---- places
    T("dagitim merkez", Place.DELIVERY_OFFICE, source=_PTT_RETURN,
      examples=("Dağıtım merkezine ulaştı - ÇANKAYA",)),
    T("teslim birim", Place.DELIVERY_OFFICE, source=_YANDEX_QA,
      examples=("Teslim birimine ulaştı",)),
    T("aktarma merkez", Place.FACILITY, source=_KARGOLOJIK,
      examples=("Aktarma Merkezinde",)),
    T("transfer merkez", Place.FACILITY, source=_PTT_BAG,
      examples=("ANKARA Transfer Merkezine ulaştı",)),
    T("alici", Place.ADDRESSEE, source=_PTT_ABSENT,
      examples=("Alıcısına teslim edildi", "Alıcı adreste yok")),
    # whole words: a stem "gonderici" is one typo from "gönderiniz" (your shipment)
    T("gondericiye$", Place.SENDER, source=_PTT_RETURN,
      examples=("Göndericiye iade edildi",)),
    T("gondericisine$", Place.SENDER, source=_PTT_CODES,
      examples=("Göndericisine Teslim Edildi",)),
    T("gonderene$", Place.SENDER, source=_TRACKSHIP,
      examples=("Gönderene iade",)),
    T("gumru", Place.CUSTOMS, source=_PTT_CODES,
      examples=("Gönderi Gümrükte Tutuluyor", "Gümrüğe Sevk Edildi", "Gümrükten Çıktı")),
    # PTT's parcel lockers
    T("kargomati", Place.LOCKER, source=_PTT_CODES,
      examples=("Kargomatikten Teslim Alındı", "İhb-Kargomatiğe Bırakıldı")),
    # "işyeri": the PTT office
    T("isyeri", Place.DELIVERY_OFFICE, source=_PTT_CODES,
      examples=("PTT İşyerinde Bekliyor",)),
    T("sube", Place.DELIVERY_OFFICE, source=_TERSANE,
      examples=("Gönderiniz Tersane Şubemize ulaşmıştır",)),
    # the postman who delivers
    T("dagitici", Place.COURIER, source=_PTT_CODES, examples=("Dağıtıcıya Verildi",)),
    T("verildi$", Action.HAND_OVER, source=_PTT_CODES, examples=("Dağıtıcıya Verildi",)),
    T("yolda", Action.MOVE, source=_PTT_BAG, examples=("Kargonuz yolda",)),
    T("kurye", Place.COURIER, source=_PTT_ABSENT,
      examples=("Kurye teslimat için yolda",)),
)

IDIOMS: tuple[Idiom, ...] = (
    # marketplace / seller side
    I("siparis verildi", Stage.ORDER, source=_PTT_CODES, examples=("Siparis Verildi",)),
    I("kismen gonderildi", Stage.IN_TRANSIT, detail="seller_declared", source=_AST_TR,
      examples=("Siparişiniz Kısmen Gönderildi",)),
    I("siparis alindi", Stage.ORDER, source=_SHIPMENT_TR, examples=("Siparişiniz alındı",)),
    I("hazirlaniyor", Stage.ORDER, source=_ARAS_NOTIFY, examples=("Siparişiniz hazırlanıyor",)),
    I("kargoya verildi", Stage.IN_TRANSIT, detail="seller_declared", source=_ARAS_TYPES,
      examples=("Kargoya verildi",)),
    # before and at acceptance
    I("gondericiden teslim alindi", Stage.ACCEPTED, source=_PTT_BAG,
      examples=("Gönderi göndericiden teslim alındı",)),
    I("ptt ye teslim", Stage.ACCEPTED, source=_PTT_BAG,
      examples=("Gönderiniz PTT'ye teslim edildi",)),
    I("kargo firmasina teslim", Stage.ACCEPTED, source=_PTT_BAG,
      examples=("Kargo firmasına teslim edildi",)),
    I("teslim alindi", Stage.ACCEPTED, source=_PTT_BAG,
      examples=("Kargo teslim alındı",)),
    # on the way
    I("torbaya eklendi", Stage.IN_TRANSIT, source=_PTT_BAG, examples=("Gönderi torbaya eklendi",)),
    I("torba", Stage.IN_TRANSIT, source=_PTT_BAG, examples=("Torba kapatıldı",)),
    I("isleme merkez", Stage.IN_TRANSIT, source=_PTT_BAG,
      examples=("Posta işleme merkezine geldi",)),
    I("ayirma merkez", Stage.IN_TRANSIT, source=_PTT_BAG,
      examples=("Ayırma merkezine ulaştı",)),
    I("tasnif merkez", Stage.IN_TRANSIT, source=_PTT_BAG,
      examples=("Tasnif merkezinden çıktı",)),
    I("tasiniyor", Stage.IN_TRANSIT, source=_PTT_BAG, examples=("Gönderi taşınıyor",)),
    I("cikis yapti", Stage.IN_TRANSIT, source=_PTT_BAG, examples=("Birimden çıkış yaptı",)),
    # international legs
    # customs
    # last mile
    I("teslimat subesi", Stage.AT_DELIVERY_OFFICE, source=_PTT_RETURN,
      examples=("Teslimat şubesine ulaştı",)),
    I("varis subesi", Stage.AT_DELIVERY_OFFICE, source=_PTT_RETURN,
      examples=("Varış şubesinde",)),
    I("subeye ulasti", Stage.AT_DELIVERY_OFFICE, source=_PTT_RETURN,
      examples=("Gönderi şubeye ulaştı",)),
    I("dagitimda", Stage.OUT_FOR_DELIVERY, source=_PTT_ABSENT, examples=("Dağıtımda",)),
    I("teslimat basarili", Stage.DELIVERED, source=_PTT_ABSENT,
      examples=("Teslimat başarılı",)),
    I("teslimat gerceklesti", Stage.DELIVERED, source=_PTT_ABSENT,
      examples=("Teslimat gerçekleşti",)),
    I("teslim alinmayi bekliyor", Stage.READY_FOR_PICKUP, source=_PTT_RETURN,
      examples=("Şubede teslim alınmayı bekliyor",)),
    I("subede bekliyor", Stage.READY_FOR_PICKUP, source=_PTT_RETURN,
      examples=("Gönderi şubede bekliyor",)),
    I("subeden teslim", Stage.READY_FOR_PICKUP, source=_PTT_RETURN,
      examples=("Şubeden teslim alabilirsiniz",)),
    I("haber kagidi", Stage.READY_FOR_PICKUP, detail="notice_left", source=_PTT_ABSENT,
      examples=("Haber kağıdı bırakıldı",)),
    I("ihbarname", Stage.READY_FOR_PICKUP, detail="notice_left", source=_PTT_ABSENT,
      examples=("İhbarname bırakıldı",)),
    I("kargo kutusu", Stage.READY_FOR_PICKUP, source=_PTT_RETURN,
      examples=("Gönderiniz kargo kutusuna bırakıldı",)),
    # failures, returns, problems
    I("adreste bulunamadi", Stage.DELIVERY_FAILED, detail="addressee_absent",
      source=_PTT_ABSENT, examples=("Alıcı adreste bulunamadı",)),
    I("bulunamadi", Stage.DELIVERY_FAILED, detail="addressee_absent", source=_PTT_ABSENT,
      examples=("Alıcı adresinde bulunamadı",)),
    I("binaya girileme", Stage.DELIVERY_FAILED, source=_PTT_CODES,
      examples=("Binaya Girilemedi",)),
    I("imha", Stage.LOST, detail="destroyed", source=_PTT_CODES, examples=("İmha",)),
    I("adreste yok", Stage.DELIVERY_FAILED, detail="addressee_absent", source=_PTT_ABSENT,
      examples=("Adreste yok",)),
    I("adres yetersiz", Stage.DELIVERY_FAILED, detail="address_incorrect",
      source=_PTT_ABSENT, examples=("Adres yetersiz",)),
    I("adres hatali", Stage.DELIVERY_FAILED, detail="address_incorrect", source=_PTT_ABSENT,
      examples=("Adres hatalı",)),
    I("hatali adres", Stage.DELIVERY_FAILED, detail="address_incorrect", source=_PTT_ABSENT,
      examples=("Hatalı adres",)),
    I("yanlis adres", Stage.DELIVERY_FAILED, detail="address_incorrect", source=_PTT_ABSENT,
      examples=("Yanlış adres",)),
    I("teslim almaktan imtina", Stage.DELIVERY_FAILED, detail="refused", source=_PTT_ABSENT,
      examples=("Alıcı teslim almaktan imtina etti",)),
    I("imtina", Stage.DELIVERY_FAILED, detail="refused", source=_PTT_ABSENT,
      examples=("Alıcı teslim almaktan imtina etti",)),
    I("reddedildi", Stage.DELIVERY_FAILED, detail="refused", source=_PTT_ABSENT,
      examples=("Alıcı tarafından reddedildi",)),
    I("iade", Stage.RETURN_TO_SENDER, source=_PTT_RETURN,
      examples=("İade edildi",)),
    I("geri gonderildi", Stage.RETURN_TO_SENDER, source=_PTT_RETURN,
      examples=("Göndericiye geri gönderildi",)),
    # more carrier wording
    I("ulastirildi", Stage.DELIVERED, source=_PTT_ABSENT,
      examples=("Gönderi alıcıya ulaştırıldı",)),
    I("varis birim", Stage.AT_DELIVERY_OFFICE, source=_PTT_RETURN,
      examples=("Kargo varış biriminde",)),
    # the origin unit, where the item was handed in
    I("cikis birim", Stage.ACCEPTED, source=_KARGOM,
      examples=("Siparişiniz çıkış biriminde.",)),
    I("kargoya teslim", Stage.ACCEPTED, source=_PTT_BAG,
      examples=("Kargoya teslim edildi",)),
    # airports: a flight leg
    I("dagitim birim", Stage.AT_DELIVERY_OFFICE, source=_PTT_RETURN,
      examples=("Gönderi dağıtım birimine ulaştı",)),
    I("dagitima cik", Stage.OUT_FOR_DELIVERY, source=_PTT_ABSENT,
      examples=("Gönderiniz teslim edilmek üzere dağıtıma çıkmıştır", "Kargo dağıtıma çıktı")),
    # more marketplace, loss and damage wording
    I("teslimat nokta", Stage.READY_FOR_PICKUP, source=_PTT_RETURN,
      examples=("Kargonuz teslimat noktasında",)),
    I("bekleme suresi", Stage.READY_FOR_PICKUP, detail="storage_expiring", source=_PTT_RETURN,
      examples=("Şubede bekleme süresi doluyor",)),
    I("cikis sube", Stage.IN_TRANSIT, source=_PTT_BAG, examples=("Kargonuz çıkış şubesinde",)),
    I("tasinmis", Stage.DELIVERY_FAILED, detail="address_incorrect", source=_PTT_ABSENT,
      examples=("Alıcı taşınmış",)),
    I("dagitim asama", Stage.OUT_FOR_DELIVERY, source=_PTT_ABSENT,
      examples=("Kargo dağıtım aşamasında",)),
    I("transfer", Stage.IN_TRANSIT, source=_PTT_BAG, examples=("Kargo transfer aşamasında",)),
    # the seller's or marketplace's warehouse: moving, as in the English table
    # Yurtiçi Kargo operation states
    I("islem yapilmadi", Stage.INFO_RECEIVED, source=_YURTICI_API,
      examples=("İşlem yapılmadı, düzenlenmemiş", "Henüz işlem yapılmadı")),
    I("kargo bulunamadi", Stage.UNKNOWN, detail="not_found", source=_YURTICI_TEST,
      examples=("Kargo bulunamadı",)),
    I("kargo teslimattadir", Stage.IN_TRANSIT, source=_YURTICI_API,
      examples=("Kargo teslimattadır",)),
    I("fatura prosedur", Stage.ACCEPTED, source=_YURTICI_API,
      examples=("Düzenlenmiş, fatura prosedürü tamamlanmamış",)),
    I("cikis engellendi", Stage.CANCELLED, source=_YURTICI_API, examples=("Çıkış engellendi",)),
    I("iade onaylanmadi", Stage.UNKNOWN, source=_YURTICI_API, examples=("İade onaylanmadı",)),
    I("yukleme yapildi", Stage.IN_TRANSIT, source=_KARGOLOJIK, examples=("Yükleme Yapıldı",)),
    # held-out round 2 rows (scored once, then joined the development corpus)
    I('islem gormemis', Stage.INFO_RECEIVED,
      source='https://github.com/oguzhanayyldz/moon-lib/blob/HEAD/dist/common/enums/yurtici-status.enum.d.ts',
      examples=('Kargo İşlem Görmemiş',)),
    # round 5: on the delivery vehicle
    I("dagitim arac", Stage.OUT_FOR_DELIVERY, leg="destination", source=_R5_HB,
      examples=("Dağıtım Aracında",)),
)
