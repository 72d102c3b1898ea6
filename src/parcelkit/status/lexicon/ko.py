"""Korean (ko) status lexicon: Korea Post (domestic and EMS / international) and CJ-style
courier wording.  Compounds are written with or without spaces, so pieces are matched as
substrings."""

from __future__ import annotations

from parcelkit.status._lexicon import SEED_001 as _S001
from parcelkit.status._lexicon import SEED_002 as _S002
from parcelkit.status._lexicon import Action, I, Idiom, Modality, Place, T, Term
from parcelkit.status._stage import Stage

__all__ = ["IDIOMS", "LANG", "SCRIPT", "TERMS"]

LANG = "ko"
SCRIPT = "Hang"

_KP = "https://infoall.co.kr/%eb%8f%84%eb%8c%80%ec%b2%b4-%eb%82%b4-%eb%93%b1%ea%b8%b0%eb%8a%94-%ec%96%b4%eb%94%94%ec%97%90-%ec%9a%b0%ec%b2%b4%ea%b5%ad-%eb%93%b1%ea%b8%b0-%eb%b0%b0%ec%86%a1%ec%a1%b0%ed%9a%8c-%eb%a7%a4"
_KP_EMS = "https://brunch.co.kr/@b8485c4bcfbd4c1/102"
_KP_INTL = "https://ggoodidea.co.kr/%ED%95%B4%EC%99%B8%ED%83%9D%EB%B0%B0-%EC%9D%B4%EC%A0%9C-%ED%97%A4%EB%A7%A4%EC%A7%80-%EB%A7%88%EC%84%B8%EC%9A%94-%EC%9A%B0%EC%B2%B4%EA%B5%AD-%ED%95%B4%EC%99%B8%ED%83%9D%EB%B0%B0-%EC%A1%B0%ED%9A%8C"
_COURIER = "https://dreamydeveloper.com/?p=1817"
_KP_DOM = "https://theapp.tamchart.com/788"
_DT = "https://github.com/shlee322/delivery-tracker/blob/HEAD/packages/core/src/carriers/"
_DT_EPOST = _DT + "kr.epost/index.ts"
_DT_LOGEN = _DT + "kr.logen/index.ts"
_DT_CVS = _DT + "kr.cvsnet/index.ts"
_DT_COUPANG = _DT + "kr.coupangls/index.ts"
_DT_ILYANG = _DT + "kr.ilyanglogis/index.ts"
_DT_LOTTE = _DT + "kr.lotte/index.ts"
_DT_HANJIN = _DT + "kr.hanjin/index.ts"
#: Korean couriers' trace lines in a tracking library's tests.
_DB = "https://github.com/chussum/delibee/blob/HEAD/test/"
_DB_CJ = _DB + "cj.spec.js"
_DB_LOTTE = _DB + "lotte.spec.js"
_DB_DREAM = _DB + "dream.spec.js"
_DB_EPOST = _DB + "epost.spec.js"
_DB_HANJIN = _DB + "hanjin.spec.js"
_DB_LOGEN = _DB + "logen.spec.js"

S = Stage

TERMS: tuple[Term, ...] = (
    T("지점", Place.DELIVERY_OFFICE,
      source='https://github.com/s-ong-c/sweettracker-tracking/blob/HEAD/frontend/src/components/delivery/TrackingStatus.tsx',
      examples=("지점 도착",)),
    T("발송", Action.DEPART, source=_KP, examples=("발송",)),
    T("도착", Action.ARRIVE, source=_KP, examples=("도착",)),
    T("대기", Modality.AWAITING, source=_KP_INTL, examples=("통관대기", "픽업 대기")),
    T("가능", Modality.AWAITING, source=_COURIER, examples=("수령 가능",)),
    T("예정", Modality.FUTURE, source=_COURIER,
      examples=("집하예정", "배송기사님이 배송 예정입니다")),
    # "preparing (to deliver)": the delivery has not happened yet
    T("준비", Modality.FUTURE, source=_COURIER, examples=("배송준비중",)),
    T("실패", Modality.FAILED, source=_KP_DOM, examples=("배달 실패",)),
    T("하지 못", Modality.FAILED, source=_COURIER,
      examples=("부재로 인해 배송하지 못했습니다", "수취인 부재로 배달하지 못했습니다")),
    T("되지 않", Modality.NOT, source=_DT_HANJIN, examples=("운송장이 등록되지 않았습니다",)),
    T("배달", Action.DELIVER, source=_KP_DOM, examples=("우편물을 배달하였습니다", "배달 실패")),
    T("배달 완료", Action.DELIVER, source=_KP, examples=("배달완료", "배달 완료")),
    T("배송 완료", Action.DELIVER, source=_COURIER, examples=("배송완료", "문앞 배송완료")),
    T("배달중", Action.OUT_FOR_DELIVERY, source=_KP, examples=("배달중", "배달중 부산")),
    T("배송출발", Action.OUT_FOR_DELIVERY, source=_COURIER,
      examples=("배송출발", "배송 출발하였습니다")),
    T("배달출발", Action.OUT_FOR_DELIVERY, source=_COURIER, examples=("배달출발", "배달 출발")),
    T("배송중", Action.MOVE, source=_COURIER, examples=("배송중", "배송중 (서울)")),
    T("이동", Action.MOVE, source=_COURIER, examples=("이동중", "상품이 이동중입니다")),
    T("출발", Action.DEPART, source=_KP_DOM, examples=("항공 출발", "발송국 출발")),
    T("출고", Action.DEPART, source=_KP_INTL, examples=("출고완료", "해외 현지 출고")),
    T("입고", Action.ARRIVE, source=_COURIER, examples=("SM입고", "터미널입고")),
    T("집하", Action.ACCEPT, source=_COURIER, examples=("집하", "집하완료")),
    T("집화", Action.ACCEPT, source=_DT_CVS, examples=("집화처리", "점포 → (집화)일배 입고")),
    T("인계", Action.HAND_OVER, source=_KP_EMS, examples=("항공사 인계", "상대국 인계")),
    T("전달", Action.HAND_OVER, source=_COURIER,
      examples=("고객님께 상품이 전달되었습니다", "상품을 고객님께 전달하였습니다")),
    T("수령", Action.PICK_UP, source=_COURIER, examples=("수령 가능", "물품을 수령하셨습니다")),
    T("픽업", Action.PICK_UP, source=_KP_INTL, examples=("픽업 대기",)),
    T("거절", Action.REFUSE, source=_KP, examples=("수취거절", "수취거절 서울강남우체국")),
    T("환불", Action.REFUND, source=_S002, examples=("환불완료", "환불 완료")),
    T("파손", Action.DAMAGE, source=_COURIER, examples=("파손",)),
    T("지연", Action.DELAY, source=_COURIER, examples=("배송지연", "통관 지연")),
    T("보류", Action.HOLD, source=_COURIER, examples=("통관 보류",)),
    T("관세", Action.PAY_DUTY, source=_COURIER, examples=("관세 부과 대상입니다",)),
    T("수출", Action.EXPORT, source=_KP_EMS, examples=("수출통관",)),
    T("출국", Action.EXPORT, source=_KP_INTL, examples=("출국",)),
    T("입국", Action.IMPORT, source=_KP_INTL, examples=("입국",)),
    T("수입", Action.IMPORT, source=_DT_HANJIN, examples=("수입신고가 접수", "수입통관이 완료")),
    T("통관", Place.CUSTOMS, source=_KP_INTL, examples=("통관 중", "통관대기")),
    T("세관", Place.CUSTOMS, source=_KP_INTL, examples=("세관 반출", "세관 대기")),
    T("배달우체국", Place.DELIVERY_OFFICE, source=_KP,
      examples=("배달우체국 도착", "배달우체국에 도착하였습니다")),
    T("영업소", Place.DELIVERY_OFFICE, source=_COURIER,
      examples=("영업소 도착", "도착지 영업소 도착")),
    T("캠프", Place.DELIVERY_OFFICE, source=_COURIER, examples=("캠프도착", "배송캠프 도착")),
    T("대리점", Place.DELIVERY_OFFICE, source=_COURIER, examples=("배송출발 (강남대리점)",)),
    T("집배센터", Place.DELIVERY_OFFICE, source='https://github.com/parcel-tracking/api-server/blob/HEAD/src/adapters/utilities/crawlers/LotteMockHTML.ts',
      examples=("화성서브집배센터에 도착하였습니다.",)),
    T("편의점", Place.PICKUP_POINT, source=_COURIER,
      examples=("편의점 도착", "편의점 픽업 대기중")),
    T("점포", Place.PICKUP_POINT, source=_DT_CVS, examples=("점포접수", "점포도착")),
    T("보관함", Place.LOCKER, source=_COURIER, examples=("택배 보관함 보관",)),
    T("기사", Place.COURIER, source=_COURIER,
      examples=("택배기사님이 배송 중입니다", "배송기사님이 배송 예정입니다")),
    T("고객님께", Place.ADDRESSEE, source=_COURIER,
      examples=("고객님께 상품이 전달되었습니다", "상품을 고객님께 전달하였습니다")),
    T("항공사", Place.AIRPORT, source=_KP_EMS, examples=("항공사인수", "항공사 인수")),
    T("항공기", Place.AIRPORT, source=_KP_EMS, examples=("항공기 출발", "항공기 출발 (인천)")),
    T("항공편", Place.AIRPORT, source=_DT_HANJIN, examples=("항공편이 도착",)),
    T("교환국", Place.EXCHANGE_OFFICE, source=_KP_EMS, examples=("교환국 도착",)),
    T("상대국", Place.COUNTRY, source=_KP_EMS, examples=("상대국 도착", "상대국 인계")),
    T("배달국", Place.COUNTRY, source=_KP_INTL, examples=("배달국 도착", "배달국 도착 (인천공항)")),
    T("터미널", Place.FACILITY, source=_COURIER, examples=("터미널입고", "터미널 출고")),
    T("허브", Place.FACILITY, source=_COURIER, examples=("허브 도착", "허브 터미널 입고")),
)

IDIOMS: tuple[Idiom, ...] = (
    # ---- marketplace / seller side
    I("결제완료", S.ORDER, source=_S002, examples=("결제완료",)),
    I("결제 대기", S.ORDER, source=_S002, examples=("결제 대기중",)),
    I("주문접수", S.ORDER, source=_S002, examples=("주문접수",)),
    I("상품준비", S.ORDER, source=_S002, examples=("상품준비중",)),
    I("발송준비", S.ORDER, source=_COURIER, examples=("발송준비",)),
    I("배송준비", S.ORDER, source=_COURIER, examples=("배송준비중",)),
    I("출고완료", S.IN_TRANSIT, detail="seller_declared", source=_S001,
      examples=("출고완료",)),
    I("발송완료", S.IN_TRANSIT, detail="seller_declared", source=_S001,
      examples=("판매자 발송완료",)),
    # ---- before the carrier has it
    I("송장 등록", S.INFO_RECEIVED, source=_COURIER, examples=("송장등록",)),
    I("운송장 출력", S.INFO_RECEIVED, source=_COURIER, examples=("운송장 출력",)),
    I("집하 예정", S.INFO_RECEIVED, source=_COURIER, examples=("집하예정",)),
    # ---- accepted
    I("접수", S.ACCEPTED, leg="origin", source=_KP, examples=("접수",)),
    I("인수하", S.ACCEPTED, leg="origin", source=_COURIER,
      examples=("상품을 인수하였습니다",)),
    I("인수 완료", S.ACCEPTED, leg="origin", source=_COURIER, examples=("상품 인수 완료",)),
    # ---- on the way
    I("이동중", S.IN_TRANSIT, source=_COURIER, examples=("이동중",)),
    I("간선", S.IN_TRANSIT, source=_COURIER, examples=("간선상차", "간선하차")),
    I("분류", S.IN_TRANSIT, detail="sorting", source=_COURIER, examples=("분류 완료",)),
    I("취급", S.IN_TRANSIT, source=_KP_DOM, examples=("취급",)),
    I("배송 시작", S.IN_TRANSIT, source=_COURIER,
      examples=("배송이 시작되었습니다",)),
    I("영업소 도착", S.AT_DELIVERY_OFFICE, leg="destination", source=_COURIER,
      examples=("영업소 도착",)),
    I("기사 배송", S.OUT_FOR_DELIVERY, leg="destination", source=_COURIER,
      examples=("택배기사가 배송을 시작했습니다",)),
    I("전달되었", S.DELIVERED, leg="destination", source=_COURIER,
      examples=("고객님께 상품이 전달되었습니다",)),
    I("부가세", S.CUSTOMS, detail="duty_due", leg="destination", source=_KP_INTL,
      examples=("관부가세 납부 필요",)),
    # ---- export
    I("항공사 인계", S.EXPORT, leg="origin", source=_KP_EMS,
      examples=("항공사 인계",)),
    I("항공사 인수", S.EXPORT, leg="origin", source=_KP_EMS,
      examples=("항공사인수",)),
    I("발송교환국", S.EXPORT, leg="origin", source=_KP_EMS,
      examples=("발송교환국에 도착",)),
    I("해외 발송", S.EXPORT, leg="origin", source=_KP_INTL,
      examples=("해외 발송",)),
    # ---- between countries
    I("경유", S.INTERNATIONAL_TRANSIT, leg="international", source=_KP_EMS,
      examples=("경유국 도착",)),
    # ---- import
    I("배달국 도착", S.IMPORT, leg="destination", source=_KP_INTL,
      examples=("배달국 도착",)),
    I("상대국 도착", S.IMPORT, leg="destination", source=_KP_EMS,
      examples=("상대국 도착",)),
    I("상대국 인계", S.IMPORT, leg="destination", source=_KP_EMS,
      examples=("상대국 인계",)),
    I("교환국 도착", S.IMPORT, leg="destination", source=_KP_EMS,
      examples=("국제우편물류센터 교환국 도착",)),
    I("국내 도착", S.IMPORT, leg="destination", source=_KP_INTL,
      examples=("국내 도착",)),
    I("공항 도착", S.IMPORT, leg="destination", source=_KP_INTL,
      examples=("인천공항 도착",)),
    # ---- customs
    I("통관 대기", S.CUSTOMS, detail="customs_held", leg="destination", source=_KP_INTL,
      examples=("통관대기",)),
    I("검사대기", S.CUSTOMS, detail="customs_held", leg="destination", source=_KP_INTL,
      examples=("통관 검사대기",)),
    I("통관완료", S.CUSTOMS, detail="customs_released", leg="destination", source=_KP_INTL,
      examples=("통관완료",)),
    I("반출", S.CUSTOMS, detail="customs_released", leg="destination", source=_KP_INTL,
      examples=("반출신고",)),
    I("수입신고", S.CUSTOMS, detail="customs_presented", leg="destination", source=_KP_INTL,
      examples=("수입신고",)),
    I("통관 지연", S.CUSTOMS, detail="customs_held", leg="destination", source=_KP_INTL,
      examples=("통관 지연",)),
    # ---- at the delivery office
    I("배달준비", S.AT_DELIVERY_OFFICE, leg="destination", source=_KP,
      examples=("배달준비",)),
    I("배송지 도착", S.AT_DELIVERY_OFFICE, leg="destination", source=_COURIER,
      examples=("배송지 도착",)),
    I("도착지", S.AT_DELIVERY_OFFICE, leg="destination", source=_COURIER,
      examples=("도착지 영업소 도착",)),
    # ---- ready for pickup
    I("보관", S.READY_FOR_PICKUP, detail="held", leg="destination", source=_KP_DOM,
      examples=("우체국 보관중",)),
    I("무인택배함", S.READY_FOR_PICKUP, detail="locker", leg="destination", source=_COURIER,
      examples=("무인택배함 보관",)),
    I("편의점 도착", S.READY_FOR_PICKUP, leg="destination", source=_COURIER,
      examples=("편의점 도착",)),
    I("수령 가능", S.READY_FOR_PICKUP, leg="destination", source=_COURIER,
      examples=("수령 가능",)),
    # ---- out for delivery
    I("배송 출발", S.OUT_FOR_DELIVERY, leg="destination", source=_COURIER,
      examples=("배송이 출발했습니다",)),
    # ---- delivered
    I("배달완료", S.DELIVERED, leg="destination", source=_KP,
      examples=("배달완료",)),
    I("배송완료", S.DELIVERED, leg="destination", source=_COURIER,
      examples=("배송완료",)),
    I("수취", S.DELIVERED, leg="destination", source=_KP, examples=("본인 수취",)),
    # ---- delivery failed
    I("미배달", S.DELIVERY_FAILED, leg="destination", source=_KP_DOM,
      examples=("미배달",)),
    I("배달실패", S.DELIVERY_FAILED, leg="destination", source=_KP,
      examples=("배달실패",)),
    I("부재", S.DELIVERY_FAILED, detail="addressee_absent", leg="destination",
      source=_KP, examples=("수취인 부재",)),
    I("주소 불명", S.DELIVERY_FAILED, detail="address_incorrect", leg="destination",
      source=_KP, examples=("주소불명",)),
    I("수취 거절", S.DELIVERY_FAILED, detail="refused", leg="destination", source=_KP,
      examples=("수취거절",)),
    # ---- returns
    I("반송", S.RETURN_TO_SENDER, source=_KP, examples=("반송",)),
    I("반품", S.RETURN_TO_SENDER, source=_COURIER, examples=("반품 처리",)),
    # ---- exceptions, loss, cancellation, refund
    I("분실", S.LOST, source=_COURIER, examples=("분실",)),
    I("취소", S.CANCELLED, source=_S002, examples=("주문취소",)),
    I("사고", S.EXCEPTION, source=_COURIER, examples=("배송 사고",)),
    # ---- notices that are not stages
    I("조회 결과 없", S.UNKNOWN, detail="not_found", source=_KP,
      examples=("조회 결과가 없습니다",)),
    # ---- round 2: CJ / Coupang wording
    I("상품인수", S.ACCEPTED, leg="origin", source=_COURIER,
      examples=("상품인수 완료",)),
    I("캠프 도착", S.AT_DELIVERY_OFFICE, leg="destination", source=_COURIER,
      examples=("배송캠프 도착",)),
    I("배달지 도착", S.AT_DELIVERY_OFFICE, leg="destination", source=_KP_DOM,
      examples=("상품이 배달지에 도착",)),
    I("전달하였", S.DELIVERED, leg="destination", source=_COURIER,
      examples=("상품을 고객님께 전달하였습니다",)),
    I("국제우편물류센터 도착", S.IMPORT, leg="destination", source=_KP_INTL,
      examples=("인천 국제우편물류센터 도착",)),
    I("현지 출고", S.EXPORT, leg="origin", source=_KP_INTL,
      examples=("해외 현지 창고 출고",)),
    I("픽업 대기", S.READY_FOR_PICKUP, leg="destination", source=_COURIER,
      examples=("편의점 픽업 대기중",)),
    I("배달하였", S.DELIVERED, leg="destination", source=_KP_DOM,
      examples=("우편물을 배달하였습니다",)),
    I("항공 출발", S.INTERNATIONAL_TRANSIT, leg="international", source=_KP_INTL,
      examples=("항공편 출발",)),
    I("발송국 출발", S.EXPORT, leg="origin", source=_KP_INTL,
      examples=("발송국에서 출발",)),
    I("배달지 출발", S.OUT_FOR_DELIVERY, leg="destination", source=_KP_DOM,
      examples=("배달지로 출발",)),
    I("인수자", S.DELIVERED, leg="destination", source=_KP,
      examples=("인수자: 본인",)),
    I("주문완료", S.ORDER, source=_S002, examples=("주문완료 되었습니다",)),
    # ---- carriers' own event names (Logen, CVSnet, Coupang, Ilyang, Lotte, Hanjin)
    # a mailbag loaded at the terminal
    I("행낭", S.IN_TRANSIT, source=_DT_LOGEN, examples=("행낭적입",)),
    # "loaded on the truck" at a centre or camp
    I("상차", S.IN_TRANSIT, source=_DT_COUPANG, examples=("센터상차", "캠프상차")),
    # Logen's delivery branch: in (arrived there) and out (with the driver)
    I("배송입고", S.AT_DELIVERY_OFFICE, leg="destination", source=_DT_LOGEN,
      examples=("배송입고",)),
    I("배송출고", S.OUT_FOR_DELIVERY, leg="destination", source=_DT_LOGEN,
      examples=("배송출고",)),
    # CVSnet store-to-store: the parcel reached the collection store, then the customer
    I("점포 도착", S.READY_FOR_PICKUP, leg="destination", source=_DT_CVS,
      examples=("점포도착",)),
    I("고객 전달", S.DELIVERED, leg="destination", source=_DT_CVS, examples=("고객전달",)),
    I("발송사무소", S.ACCEPTED, leg="origin", source=_DT_ILYANG,
      examples=("발송사무소 인수",)),
    # a domestic waypoint, not a transit country
    I("배송경유지", S.IN_TRANSIT, source=_DT_ILYANG,
      examples=("배송경유지 출고", "배송경유지 도착")),
    I("직원 배송", S.OUT_FOR_DELIVERY, leg="destination", source=_DT_ILYANG,
      examples=("직원 배송중",)),
    # "not accepted": the number is not in the system
    I("미접수", S.UNKNOWN, detail="not_found", source=_DT_ILYANG,
      examples=("미 접수된 물품",)),
    I("등록되지 않", S.UNKNOWN, detail="not_found", source=_DT_HANJIN,
      examples=("운송장이 등록되지 않았습니다",)),
    # Lotte's state for an item assigned to the delivering driver
    I("배달전", S.OUT_FOR_DELIVERY, leg="destination", source=_DT_LOTTE,
      examples=("배달전",)),
    I("통관목록", S.CUSTOMS, leg="destination", source=_DT_HANJIN,
      examples=("통관목록이 접수",)),
    I("항공편이 도착", S.INTERNATIONAL_TRANSIT, leg="international", source=_DT_HANJIN,
      examples=("항공편이 도착",)),
    # held-out round 2 rows (scored once, then joined the development corpus)
    I('고객님으로부터 상품을 인수', Stage.ACCEPTED,
      source='https://github.com/parcel-tracking/api-server/blob/HEAD/src/adapters/utilities/crawlers/CJLogisticsMock.ts',
      examples=('보내시는 고객님으로부터 상품을 인수받았습니다',)),
    I('물품을 받으셨습니다', Stage.DELIVERED,
      source='https://github.com/parcel-tracking/api-server/blob/HEAD/src/adapters/utilities/crawlers/LotteMockHTML.ts',
      examples=('물품을 받으셨습니다.',)),
    I('집배센터에 도착', Stage.AT_DELIVERY_OFFICE,
      source='https://github.com/parcel-tracking/api-server/blob/HEAD/src/adapters/utilities/crawlers/LotteMockHTML.ts',
      examples=('화성서브집배센터에 도착하였습니다.',)),
    # held-out round 3 rows (scored once, then joined the development corpus)
    I('운송장 미등록', Stage.UNKNOWN, detail='not_found',
      source='https://github.com/shlee322/delivery-tracker/blob/HEAD/packages/core/src/carriers/kr.coupangls/index.ts',
      examples=('운송장 미등록',)),
    I('배달차량상차', Stage.OUT_FOR_DELIVERY,
      source='https://github.com/shlee322/delivery-tracker/blob/HEAD/packages/core/src/carriers/kr.kdexp/index.ts',
      examples=('배달차량상차',)),
    # held-out round 4 rows (scored once, then joined the development corpus)
    # "we will deliver your item (in this time window)": the courier's round of the day
    I("배송할 예정", S.OUT_FOR_DELIVERY, leg="destination", source=_DB_CJ,
      examples=("고객님의 상품을 배송할 예정입니다.(17∼19시)(배송담당:김희석 010-8976-1488)",)),
    I("배달할 예정", S.OUT_FOR_DELIVERY, leg="destination", source=_DB_DREAM,
      examples=("고객님의 상품을 배달할 예정입니다.",)),
    I("배달 예정", S.OUT_FOR_DELIVERY, leg="destination", source=_DB_LOTTE,
      examples=("고객님의 상품을 10시~12시에 배달 예정 입니다. (배송담당: 김찬재 010-5777-9691)",)),
    # "preparing delivery" with the postman named: he has it for the round
    I("배달준비 집배원", S.OUT_FOR_DELIVERY, leg="destination", source=_DB_EPOST,
      examples=("배달준비 집배원:김태성",)),
    # collected and brought into the first terminal: the acceptance scan
    I("집하 입고", S.ACCEPTED, leg="origin", source=_DB_LOGEN,
      examples=("집하입고",)),
    I("운송장 발행", S.INFO_RECEIVED, source=_DB_LOTTE,
      examples=("상품을 발송하기 위한 운송장을 발행하였습니다.",)),
    # carriers' and connectors' wording, each row from the source it names
    I('고객님께서 상품 발송 준비', Stage.INFO_RECEIVED,
      source='https://github.com/hoonti06/delivery-tracker/blob/HEAD/src/test/resources/delivery/lotteglogis/noData.html',
      examples=('보내시는 고객님께서 상품 발송 준비중입니다.',)),
)
