"""Danish (da) status lexicon: PostNord Danmark's wording.

No Danish tracking-event table with a citable source was found, so this table is small
and has no development rows of its own.  Its words come from PostNord Danmark material in
public repositories: an analysis of PostNord track-and-trace data (the first event is the
electronic notice, the last one says "udleveret"), a PostNord label tool ("Pakkeshop" for
the service point) and the Danish texts of PostNord's delivery checkout for WooCommerce.
Each row is one word read by the composition table.
"""

from __future__ import annotations

from parcelkit.status._lexicon import Action, Idiom, Modality, Place, T, Term

__all__ = ["IDIOMS", "LANG", "SCRIPT", "TERMS"]

LANG = "da"
SCRIPT = "Latn"

_TT_DATA = "https://github.com/MarcusTherkildsen/postnord_ttservice/blob/HEAD/plot_post.py"
_LABELS = "https://github.com/Gitdyr/postnordjs/blob/HEAD/js/receiver.js"
_CHECKOUT = "https://github.com/common-repository/vconnect-postnord-delivery-checkout-denmark/blob/HEAD/core/widget/data/aio.lang.json"

TERMS: tuple[Term, ...] = (
    # the electronic notice PostNord gets before the parcel: the first event of a record
    T("elektronisk", Action.REGISTER, source=_TT_DATA, examples=("Elektronisk",)),
    # the last event of a delivered record
    T("udleveret", Action.DELIVER, source=_TT_DATA, examples=("udleveret",)),
    T("leveret$", Action.DELIVER, source=_CHECKOUT,
      examples=("International pakke leveret af DPD",)),
    T("pakkeshop", Place.PICKUP_POINT, source=_LABELS, examples=("Pakkeshop",)),
    T("udleveringssted", Place.PICKUP_POINT, source=_CHECKOUT,
      examples=("Ændre udleveringssted",)),
    T("ikke$", Modality.NOT, source=_CHECKOUT,
      examples=("Du kan ikke ændre leveringsformen senere.",)),
)

IDIOMS: tuple[Idiom, ...] = ()
