"""Vietnamese (vi) status lexicon: GHN (Giao Hàng Nhanh), Viettel Post, BEST Express and GNV
statuses.

Folding strips Vietnamese diacritics, so "chờ" (wait) and "cho" (for), "hủy" (cancel) and
the name "Huy" fold alike.  Vietnamese words are single syllables, so every stem here is
a whole syllable (``$``) or a fixed group of two ("giao hàng", "thất bại", "lấy hàng")
whose folded form names one thing only; "chờ" is read only in "chờ lấy" / "chờ trả".
"""

from __future__ import annotations

from parcelkit.status._lexicon import Action, I, Idiom, Modality, Place, T, Term
from parcelkit.status._stage import Stage

__all__ = ["IDIOMS", "LANG", "SCRIPT", "TERMS"]

LANG = "vi"
SCRIPT = "Latn"

#: GHN's order-status codes with their Vietnamese names, from a tracking bot's GHN client.
_GHN = "https://github.com/thinnh123/shiptracktele/blob/HEAD/app/carriers/ghn.py"
#: The order statuses of the GNV delivery API, with their Vietnamese names.
_GNV = "https://github.com/NganDuong/gnv-api/blob/HEAD/Status.md"
#: Viettel Post's waybill statuses as a CRM's Viettel Post connection lists them.
_VTP = "https://wiki.getfly.vn/portal/post/1692"
#: BEST Express (Vietnam) trace-log status codes with their Vietnamese names, from a
#: shipping desk application's BEST client.
_BEST = "https://github.com/leoquan/lemai/blob/HEAD/LeMaiSolution/LeMaiDesktop/ApiBEST.cs"
_GHSV = "https://developer.ghsv.vn/thong-tin-khac/danh-sach-trang-thai"
_GOSHIP = "http://doc.goship.io/enum/shipment-status-code/"
#: GHN's status codes with their Vietnamese names, from a shop backend's GHN mapper.
_GHN_MAP = "https://github.com/Mvuong1523/Do-an-tot-nghiep/blob/HEAD/src/main/java/com/doan/WEB_TMDT/module/shipping/helper/GHNStatusMapper.java"
#: Viettel Post's status codes and names, as an Odoo connector loads them.
_VTP_ODOO = "https://github.com/Odoo-Tangerine/delivery_viettelpost_integrate/blob/HEAD/tangerine_delivery_viettelpost/data/viettelpost_status_data.xml"
_HARAVAN = "https://support.haravan.com/support/solutions/articles/42000090609"
#: GHN's statuses with their Vietnamese names, as an Odoo connector loads them.
_GHN_ODOO = "https://github.com/longlong123-bit/giaohangnhanh-connector/blob/HEAD/ghn_connector/data/ghn_status_data.xml"

A = Action
P = Place
M = Modality
S = Stage

TERMS: tuple[Term, ...] = (
    # ---- actions: "giao" hands over / delivers; "lấy" is the courier's pick-up at the
    # sender (an acceptance, not a collection by the addressee); "trả" gives back
    T("giao hang", A.DELIVER, source=_GHN,
      examples=("Giao hàng thất bại", "Đang giao hàng")),
    T("giao$", A.DELIVER, source=_GNV, examples=("Đã giao", "Giao thất bại")),
    T("lay hang", A.ACCEPT, source=_GHN, examples=("Đã lấy hàng",)),
    T("lay$", A.ACCEPT, source=_GNV, examples=("Đã Lấy", "Đơn hàng chưa lấy")),
    T("tra hang", A.RETURN, source=_GHN, examples=("Đã trả hàng", "Trả hàng")),
    T("luan chuyen", A.MOVE, source=_GHN, examples=("Đang luân chuyển",)),
    T("chuyen$", A.MOVE, source=_GNV, examples=("Đã chuyển hub", "Đang chuyển kho")),
    T("phan loai", A.SORT, source=_GHN, examples=("Đang phân loại",)),
    T("duyet$", A.REGISTER, source=_GNV, examples=("Đã duyệt",)),
    T("nhan$ hang$ vao$", A.ARRIVE, source=_BEST,
      examples=("Nhận hàng vào trung tâm khai thác", "Nhận hàng vào bưu cục phát hàng")),
    T("xuat$ hang$", A.DEPART, source=_BEST,
      examples=("Xuất hàng đến trung tâm khai thác", "Xuất hàng khỏi trung tâm khai thác")),
    T("chuyen hoan", A.RETURN, source=_BEST, examples=("Xác nhận chuyển hoàn",)),
    T("chuyen tra", A.RETURN, source=_VTP, examples=("Thành công - Chuyển trả người gửi",)),
    T("tra lai", A.RETURN, source=_GHN_ODOO,
      examples=(
          "Hàng đang chờ trả lại người bán/thương nhân sau 3 lần giao hàng không thành công",
      )),
    # "was created": the order or waybill exists, nothing has been collected
    T("duoc tao$", A.REGISTER, source=_GHN_ODOO, examples=("Đơn hàng vận chuyển vừa được tạo",)),
    T("bi mat$", A.LOSE, source=_GHN_ODOO, examples=("Hàng hóa bị mất",)),
    T("tiep nhan", A.REGISTER, source=_VTP, examples=("Tiếp nhận đơn hàng từ đối tác",)),
    T("giao$ cho$", A.HAND_OVER, source=_VTP, examples=("Giao cho bưu cục",)),
    T("nhan$ hang$", A.PICK_UP, source=_VTP, examples=("Buu Tá đã nhận hàng",)),
    T("nhan$ tu$", A.PICK_UP, source=_VTP, examples=("Nhận từ bưu tá - Bưu cục gốc",)),
    # Viettel Post closes ("đóng") and receives ("nhận") manifests, bags, mail trips and
    # truck runs between its offices
    T("dong$ bang$ ke$", A.SORT, source=_VTP, examples=("Đóng bảng kê đi",)),
    T("dong$ tui$", A.SORT, source=_VTP, examples=("Ðóng túi gói",)),
    T("dong$ chuyen$", A.SORT, source=_VTP, examples=("Đóng Chuyến thư",)),
    T("dong$ tuyen$", A.SORT, source=_VTP, examples=("Đóng tuyến xe",)),
    T("nhan$ bang$ ke$", A.ARRIVE, source=_VTP, examples=("Nhận bảng kê đến",)),
    T("nhan$ tui$", A.ARRIVE, source=_VTP, examples=("Nhận Túi gói",)),
    T("nhan$ chuyen$", A.ARRIVE, source=_VTP, examples=("Nhận chuyến thư", "Nhận chuyến xe")),
    T("that lac", A.LOSE, source=_GNV, examples=("Thất lạc/Hư hỏng",)),
    T("hu hong", A.DAMAGE, source=_GNV, examples=("Thất lạc/Hư hỏng",)),
    T("huy$", A.CANCEL, source=_GNV, examples=("Hủy",)),
    # ---- places
    T("kho$", P.FACILITY, source=_GHN, examples=("Đang lưu kho", "Đang ở kho")),
    T("hub$", P.FACILITY, source=_GNV, examples=("Đã chuyển hub",)),
    T("trung tam khai thac", P.SORTING_CENTRE, source=_BEST,
      examples=("Nhận hàng vào trung tâm khai thác",)),
    T("buu cuc phat", P.DELIVERY_OFFICE, source=_BEST,
      examples=("Nhận hàng vào bưu cục phát hàng",)),
    T("buu ta", P.COURIER, source=_VTP,
      examples=("Buu Tá đã nhận hàng", "Nhận từ bưu tá - Bưu cục gốc")),
    T("nguoi nhan", P.ADDRESSEE, source=_GHN_MAP, examples=("Đang thu tiền người nhận",)),
    T("nguoi gui", P.SENDER, source=_VTP, examples=("Thành công - Chuyển trả người gửi",)),
    T("khach hang", P.ADDRESSEE, source=_VTP, examples=("Hủy - Theo yêu cầu khách hàng",)),
    # ---- modality: "chưa" is "not yet", "thất bại" "failed", "chuẩn bị" "about to"
    T("chua$", M.PENDING, source=_GNV, examples=("Đơn hàng chưa giao", "Đơn hàng chưa lấy")),
    T("that bai", M.FAILED, source=_GHN,
      examples=("Giao hàng thất bại", "Đơn hàng giao thất bại")),
    T("khong thanh cong", M.FAILED, source=_BEST, examples=("Giao hàng không thành công",)),
    T("khong$", M.NOT, source=_BEST, examples=("Giao hàng không thành công",)),
    T("chuan bi", M.FUTURE, source=_GNV, examples=("Chuẩn bị trả hàng",)),
)

IDIOMS: tuple[Idiom, ...] = (
    # "đang" (in progress) turns a delivery into a delivery round and a pick-up into one
    # that has not happened yet
    I("dang$ giao$", S.OUT_FOR_DELIVERY, leg="destination", source=_GHN,
      examples=("Đang giao hàng", "Đang giao")),
    I("dang$ lay$", S.INFO_RECEIVED, leg="origin", source=_GHN,
      examples=("Đang lấy hàng",)),
    I("giao hang thanh cong", S.DELIVERED, leg="destination", source=_GHN,
      examples=("Giao hàng thành công",)),
    # "chờ" only in these phrases: folded it is also "cho" (for, to)
    I("cho$ lay$", S.INFO_RECEIVED, leg="origin", source=_GHN, examples=("Chờ lấy hàng",)),
    I("cho$ tra$ hang$", S.RETURN_TO_SENDER, source=_GHN, examples=("Chờ trả hàng",)),
    I("chuan bi lay$", S.INFO_RECEIVED, leg="origin", source=_GNV,
      examples=("Chuẩn bị lấy",)),
    I("chuan bi giao$", S.AT_DELIVERY_OFFICE, leg="destination", source=_GNV,
      examples=("Chuẩn bị Giao",)),
    I("chuan bi chuyen kho", S.IN_TRANSIT, source=_GNV, examples=("Chuẩn bị chuyển kho",)),
    I("lay$ that bai", S.EXCEPTION, leg="origin", source=_GNV,
      examples=("Lấy thất bại", "Đơn hàng lấy thất bại")),
    # BEST: "vào bưu cục nguồn" is the first scan at the origin office; "đi giao" goes
    # out to deliver; "để trả về" (in order to send back) states the return
    I("vao$ buu cuc nguon", S.ACCEPTED, leg="origin", source=_BEST,
      examples=("Nhận hàng vào bưu cục Nguồn",)),
    I("di$ giao$", S.OUT_FOR_DELIVERY, leg="destination", source=_BEST,
      examples=("Xuất hàng để đi giao",)),
    I("de$ tra$ ve$", S.RETURN_TO_SENDER, source=_BEST,
      examples=("Xuất hàng để trả về", "Xuất hàng khỏi bưu cục phát để trả về")),
    I("tra hang khong thanh cong", S.RETURN_TO_SENDER, source=_BEST,
      examples=("Trả hàng không thành công",)),
    # Viettel Post: the postman sent to collect ("đi nhận") or to deliver ("đi phát")
    I("cho$ xu ly", S.INFO_RECEIVED, leg="origin", source=_VTP,
      examples=("Đơn hàng chờ xử lý",)),
    I("giao$ cho$ buu cuc$", S.ACCEPTED, leg="origin", source=_VTP,
      examples=("Giao cho bưu cục",)),
    I("giao$ cho$ buu ta di$ nhan$", S.INFO_RECEIVED, leg="origin", source=_VTP,
      examples=("Giao cho Bưu tá đi nhận",)),
    I("buu ta di$ phat$", S.OUT_FOR_DELIVERY, leg="destination", source=_VTP,
      examples=("Giao bưu tá đi phát",)),
    I("phat$ thanh cong", S.DELIVERED, leg="destination", source=_VTP,
      examples=("Thành công - Phát thành công",)),
    I("khong co nha", S.DELIVERY_FAILED, detail="addressee_absent", leg="destination",
      source=_VTP, examples=("Tồn - Khách hàng nghỉ, không có nhà",)),
    I("den$ buu cuc$ nhan$", S.READY_FOR_PICKUP, leg="destination", source=_VTP,
      examples=("Tồn - Khách hàng đến bưu cục nhận",)),
    I("buu cuc phat duyet hoan$", S.RETURN_TO_SENDER, source=_VTP,
      examples=("Bưu cục phát duyệt hoàn",)),
    # GNV "Đã nhận": the order has reached the delivery service
    I("da$ nhan$", S.INFO_RECEIVED, leg="origin", source=_GNV, examples=("Đã nhận",)),
    I("cho xac nhan", Stage.INFO_RECEIVED, source=_GHSV, examples=("Chờ Xác Nhận",)),
    I("da$ chuyen kho giao", Stage.AT_DELIVERY_OFFICE, source=_GHSV,
      examples=("Đã Chuyển Kho Giao",)),
    I("hoan giao hang", Stage.UNKNOWN, detail="rescheduled", source=_GHSV,
      examples=("Hoãn Giao Hàng",)),
    I("xac nhan hoan", Stage.RETURN_TO_SENDER, source=_GHSV, examples=("Xác Nhận Hoàn",)),
    I("don moi", Stage.ORDER, source=_GOSHIP, examples=("Đơn mới",)),
    I("cham lay", Stage.UNKNOWN, detail="delayed", source=_GOSHIP, examples=("Chậm lấy/giao",)),
    I("khong gap khach", Stage.DELIVERY_FAILED, detail="addressee_absent", source=_HARAVAN,
      examples=("Không gặp khách",)),
    # a return that could not be handed back is still on its way to the sender
    I("tra hang that bai", Stage.RETURN_TO_SENDER, source=_GHN_MAP,
      examples=("Trả hàng thất bại",)),
    I("ngoai le", Stage.EXCEPTION, source=_GHN_MAP, examples=("Đơn hàng ngoại lệ",)),
    # the order exists in the carrier's system, nobody has collected the goods yet
    I("tao don$", Stage.INFO_RECEIVED, leg="origin", source=_VTP_ODOO,
      examples=("Tạo đơn hàng",)),
    I("xu ly don$ hang$", Stage.INFO_RECEIVED, leg="origin", source=_VTP_ODOO,
      examples=("Viettelpost xử lý đơn hàng",)),
    # held-out round 4 rows (scored once, then joined the development corpus)
    # the courier "is on the way to collect the goods" from the sender
    I("dang$ den$ nhan$ hang$", Stage.INFO_RECEIVED, leg="origin", source=_GHN_ODOO,
      examples=("Shipper đang đến nhận hàng",)),
    # carriers' and connectors' wording, each row from the source it names
    I('gui$ tai$', Stage.ACCEPTED,
      source='https://github.com/nhattrinh17/transport-be/blob/HEAD/src/common/constants/viettel.constant.ts',
      examples=('Đơn hàng gửi tại bưu cục', 'Đơn hàng đã gửi tại điểm thu gom')),
    I('khong$ dong y$ nhan$', Stage.DELIVERY_FAILED,
      source='https://github.com/nhattrinh17/transport-be/blob/HEAD/src/common/constants/ghtk.constant.ts',
      examples=('Người nhận không đồng ý nhận sản phẩm',)),
    I('dia chi$ nguoi$ nhan$ sai$', Stage.DELIVERY_FAILED,
      source='https://github.com/nhattrinh17/transport-be/blob/HEAD/src/common/constants/ghtk.constant.ts',
      examples=('Địa chỉ người nhận sai, cần NCC check lại',)),
    I('khong$ lien lac$ duoc$', Stage.DELIVERY_FAILED,
      source='https://github.com/nhattrinh17/transport-be/blob/HEAD/src/common/constants/ghtk.constant.ts',
      examples=('Không liên lạc được với KH 3 lần',)),
    I('khong$ phat$ duoc$', Stage.DELIVERY_FAILED,
      source='https://github.com/nhattrinh17/transport-be/blob/HEAD/src/common/constants/nhattin.constant.ts',
      examples=('Không phát được',)),
    I('chua$ duyet$', Stage.INFO_RECEIVED,
      source='https://github.com/nhattrinh17/transport-be/blob/HEAD/src/common/constants/viettel.constant.ts',
      examples=('Đơn hàng mới tạo, chưa duyệt',)),
    I('delay$ giao$ hang$', Stage.UNKNOWN,
      source='https://github.com/nhattrinh17/transport-be/blob/HEAD/src/common/constants/ghtk.constant.ts',
      examples=('Shipper báo delay giao hàng',)),
)
