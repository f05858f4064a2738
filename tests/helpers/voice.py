"""Words that speak to the person, for tests of what the clinician's report says about
them: "you" and "your" in English; in Spanish the formal "su", "usted" and "le", a
sentence that starts with a command ("Siga...", "Haga menos...", "Marque..."), and
"desde que retomó" with the subject left out ("since you started again")."""

from __future__ import annotations

import re

TO_THE_PERSON = {
    "en": re.compile(r"\b(you|your|yours)\b", re.IGNORECASE),
    "es": re.compile(
        r"\b([Ss]u|[Ss]us|[Uu]sted|[Ll]e)\b"
        r"|(?:^|[.;:]\s+)(Siga|Haga|Marque|Use|Planee|Consulte|Pida|Llame)\b"
        r"|desde que retomó"
    ),
}
