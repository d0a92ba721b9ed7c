"""Normalise French and Dutch police wording into stems: folding, elision, stop words, compounds.

Everything here is pure and deterministic. The same functions prepare the reference lexicon (when
the suggestion index is built) and the text a zone types (when suggestions are asked), so that
« Cambriolages », « cambriolage » and « CAMBRIOLAGES » meet on one key.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable
from functools import lru_cache
from typing import NamedTuple

import snowballstemmer

from zonalplan.reference.api import fold as _fold_accents

MAX_CHARS = 20_000
"""Only this many characters of a text are read: an objective is a line, not a book."""
MAX_TOKENS = 400
"""At most this many words of a text are kept."""
MAX_WORD = 40
"""Longer « words » (« aaaa… », pasted hashes) are skipped: no police term is that long."""

_LIGATURES = str.maketrans({"œ": "oe", "æ": "ae", "ß": "ss", "ĳ": "ij", "ø": "o", "ł": "l",
                            "’": "'", "ʼ": "'", "`": "'", "´": "'", "‘": "'"})
_ELISION = re.compile(r"\b(?:l|d|qu|j|n|s|c|m|t|jusqu|lorsqu|puisqu|quoiqu)'(?=\w)",
                      re.IGNORECASE)
_DUTCH_S = re.compile(r"(?<=\w)'s\b")
_TOKEN = re.compile(r"\w+(?:[-/]\w+)*")
_LATIN = re.compile(r"^[a-z0-9]+$")
_SEPARATORS = re.compile(r"[-/_]")
_VOWELS = "aeiouy"

def _words(text: str) -> frozenset[str]:
    return frozenset(text.split())


# Function words of each language: they decide the language of a text and never match.
FR_FUNCTION = _words("""
le la les un une des du de et ou au aux en dans par pour sur avec sans sous entre vers chez ce chaque
chacun chacune meme memes
ces cet cette son sa ses leur leurs notre nos votre vos qui que quoi dont ou ne pas plus moins
tres tout tous toute toutes afin ainsi comme etre est sont ete il ils elle elles on nous vous se
y lors aupres selon dont mais donc car ni meme autres autre ceux celle celles cela ceci
envers pendant durant depuis parmi autour pres grace travers hors egard vis ici non
""")
NL_FUNCTION = _words("""
de het een en of van in op te ten ter met voor door bij naar uit aan om over tot als dan dat die
dit deze wat wie waar is zijn wordt worden werd kan kunnen moet moeten zal zullen wij we onze ons
hun haar er niet geen ook nog meer minder zo zoals via binnen tussen tegen na zich hij zij ze
alle elke ieder iedere andere onder boven sinds zonder rond rondom
jegens tijdens gedurende omwille wegens dankzij ondanks volgens richting aanzien achter naast
buiten
""")
# Words common to every objective (verbs of intent, "number", "zone"…): they must not rank.
FR_GENERIC = _words("""
lutter lutte luttant contre renforcer renforcement renforce ameliorer amelioration augmenter
augmentation diminuer diminution reduire reduction contribuer contribution garantir assurer
developper developpement poursuivre poursuite favoriser mettre mise oeuvre place optimaliser
optimiser optimisation investir implementer implementation veiller faire nombre niveau zone
zones objectif objectifs strategique strategiques operationnel operationnels operationnelle
operationnelles cadre accent
particulier particuliere particulierement ensemble fonctionnement meilleure meilleur mieux encore continuer
maintenir permettre visant vise viser sein travers ainsi via egalement notamment cible ciblee
ciblees cibles securiser intensifier limiter accroitre consolider eviter encadrer
lie liee lies liees relatif relative relatifs relatives concernant nouveau nouvel nouvelle
nouveaux nouvelles moderne modernes moderniser modernisation durable durables efficace efficaces
proactif proactive proactifs proactives maitriser anticiper deployer informer usage usages
utilisation remplacer progressivement clair claire clairs claires duree
promouvoir stimuler faciliter installer organiser preparer respecter suivre executer introduire
realiser aborder traiter accompagner elaborer actualiser evaluer mesurer objectiver identifier
cartographier inventorier sensibiliser
jour jours mois semaine semaines annee annees deux trois quatre cinq dix
actif active actifs actives professionnel professionnelle professionnels professionnelles
quotidien quotidienne quotidiens quotidiennes modele modeles
politique politiques plan plans
""")
NL_GENERIC = _words("""
aanpak aanpakken aangepakt verhogen verhoging verbeteren verbetering verminderen vermindering
terugdringen terugdringing bestrijden bestrijding versterken versterking optimaliseren
optimalisering inzetten inzet zorgen realiseren realisatie streven verder uitbouwen uitbouw
bewaken voorkomen opvolgen aantal zone zones politiezone doelstelling doelstellingen
strategische operationele operationeel kader bijzondere bijzonder extra beter betere blijven behouden
inzake omtrent hierbij alsook evenals werken werking gericht gerichte tegengaan beperken
intensifieren verlagen vergroten garanderen waarborgen ontwikkelen voortzetten
gerelateerd gerelateerde gelinkt gelinkte nieuw nieuwe modern moderne moderniseren
modernisering duurzaam duurzame efficient efficiente proactief proactieve gebruik vervangen
duidelijk duidelijke duur verankeren verankerd
bevorderen stimuleren faciliteren verzekeren uitrollen organiseren voorbereiden respecteren
uitvoeren invoeren behandelen halveren daalt dalen stijgt vermijden informeren begeleiden
opstellen uitwerken actualiseren evalueren meten objectiveren identificeren inventariseren
sensibiliseren handhaven samen eenvoudig eenvoudige controleren
dag dagen maand maanden jaar jaren twee drie vier vijf tien actief actieve professioneel
professionele dagelijks dagelijkse model modellen
beleid plan plannen
""")
# German (the zones of the German-speaking Community): function words and verbs of intent.
DE_FUNCTION = _words("""
der die das den dem des ein eine einer eines einem einen und oder aber in im an am auf aus bei
mit nach von vom zu zur zum fur gegen uber unter durch ohne um als wie bis seit ist sind wird
werden wurde wurden kann konnen muss mussen soll sollen wir unser unsere unseren ihr ihre sein
seine nicht kein keine auch noch mehr weniger so dass sich es er sie diese dieser dieses jede
jeder jedes alle allen vor zwischen innerhalb sowie bzw insbesondere
""")
DE_GENERIC = _words("""
bekampfen bekampfung verbessern verbesserung erhohen erhohung verringern verringerung senken
senkung reduzieren reduzierung starken starkung fordern sicherstellen gewahrleisten ausbauen
weiterentwickeln fortsetzen vorgehen optimieren optimierung ziel ziele zielsetzung anzahl zahl
zone zonen polizeizone massnahme massnahmen gezielt gezielte gezielten verstarkt verstarkte
besser bessere jahrlich jahr jahre neue neuen neuer
""")
FUNCTION_WORDS = FR_FUNCTION | NL_FUNCTION | DE_FUNCTION
"""The function words of the three languages (a keyword phrase's other words are read too)."""
STOP_WORDS = FUNCTION_WORDS | FR_GENERIC | NL_GENERIC | DE_GENERIC
# Words that say where, when or for whom rather than what (schools, neighbourhoods, young people,
# security, police…): they count, but far less than the words naming the phenomenon, so that
# « la sécurité routière aux abords des écoles » stays about road safety.
CONTEXT_WORDS = _words("""
ecole ecoles scolaire scolaires abords quartier quartiers jeune jeunes centre ville villes
commune communes gare gares rue rues nuit week weekend end citoyen citoyens habitant habitants
personne personnes public publique publics territoire local locale locaux locales securite
police policier policiers policiere prevention prevenir detecter detection approche phenomene
phenomenes lieu lieux espace espaces entreprise entreprises commerce commerces population
school scholen schoolomgeving schoolomgevingen wijk wijken buurt buurten jongere jongeren
jeugd centrum stad steden gemeente gemeenten station stations stationsbuurt straat straten
nacht weekends burger burgers inwoner inwoners persoon personen publiek publieke grondgebied
lokaal lokale veiligheid politie politiezone preventie voorkomen detecteren opsporen omgeving
fenomeen fenomenen plaats plaatsen ruimte bedrijf bedrijven handelszaak handelszaken bevolking
transport transports vervoer openbaar openbare trajet trajets marche marches markt markten parc
parcs park parken plein pleinen soiree soirees veilig voie voies weg wegen route routes
delit delits infraction infractions fait faits misdrijf misdrijven overtreding overtredingen feit
feiten
veilige veiliger habitation habitations maison maisons woning woningen agee agees aine aines
ouderen bejaarden senior seniors
dangereux dangereuse dangereuses grave graves gevaarlijk gevaarlijke ernstig ernstige
sensible sensibles gevoelig gevoelige qualite qualites kwaliteit
electrique electriques elektrisch elektrische controle controles sensibilisation
sensibilisering repression handhaving action actions actie acties
plainte plaintes aangifte aangiften melding meldingen signalement signalements dossier dossiers
entree entrees sortie sorties ingang ingangen uitgang uitgangen parking parkings parkeerterrein
parkeerterreinen aire aires autoroute autoroutes autoroutier autoroutiere autoroutieres snelweg
snelwegen usager usagers gebruikers
gemeentelijk gemeentelijke communal communale communaux communales bestuur besturen overheid
overheden autorite autorites administration administrations criminalite criminaliteit
delinquance delinquentie
petit petite petits petites klein kleine grand grande grands grandes groot grote
urbain urbaine urbains urbaines stedelijk stedelijke central centrale centraux centrales centraal
""")

CONTEXT_WORDS = CONTEXT_WORDS | _words("""
schule schulen schulumgebung jugendliche jugendlichen jugend stadt stadte gemeinde gemeinden
burger burgerinnen einwohner bevolkerung polizei polizeilich polizeiliche polizeilichen
sicherheit sichere viertel wohnviertel strasse strassen bahnhof zentrum innenstadt nacht nachts
offentlich offentliche offentlichen raum ort orte platz platze markt altere alteren senioren
menschen person personen
""")
"""The same in German."""

FR_CONTEXT_WORDS = _words("""
milieu milieux vie cadre
""")
"""French scene-setting words that are domain words in Dutch (« milieu », environment)."""

_STEMMERS = {"fr": snowballstemmer.stemmer("french"), "nl": snowballstemmer.stemmer("dutch"),
             "de": snowballstemmer.stemmer("german")}


def fold(text: str) -> str:
    """Lowercase, strip accents and spell out ligatures (« Mœurs » → « moeurs »)."""
    return _fold_accents(text.translate(_LIGATURES)).translate(_LIGATURES)


def stemmer_implementation() -> str:
    """Return which snowball implementation stems (pure Python, or PyStemmer's C code)."""
    return type(_STEMMERS["fr"]).__module__


@lru_cache(maxsize=65536)
def stem(word: str, lang: str) -> str:
    """Return the snowball stem of a folded word in ``lang`` (« fr » or « nl »).

    Not a matching key: a stem joins different words (« vols » and « volant » give « vol »).
    """
    return _STEMMERS[lang].stemWord(word)


_FR_FEMININE = (("elle", "el"), ("ienne", "ien"), ("iere", "ier"), ("euse", "eu"), ("ive", "if"))
_NL_SUFFIXES = (("heden", "heid"), ("ingen", "ing"), ("iteiten", "iteit"))
_NL_PLURAL_S = ("el", "er", "en", "em", "je", "ie", "ee")
_NL_SINGULAR_EN = ("wagen", "wapen", "haven", "leven", "keuken", "teken", "examen", "molen",
                   "regen", "deken", "kussen")
"""Nouns whose singular ends in « -en », alone or at the end of a compound: « vrachtwagen »
is the « vrachtwagens »' singular (not a plural of « vrachtwaag »), « vuurwapen » the
« vuurwapens »'."""


_FR_OWN_WORDS = {"armee": "armee", "armees": "armee", "vole": "vol", "voles": "vol",
                 "volee": "vol", "volees": "vol", "fonde": "fonde", "fondes": "fonde",
                 "fondee": "fonde", "fondees": "fonde"}
"""Forms that would meet another word once folded: « (main) armée » is no « arme »; a
stolen (« volé ») thing is a theft's, as the four-letter « vole » keeps its e otherwise; what
is « fondé » (founded) is no « fonds » (funds)."""


def _fr_lemma(w: str) -> str:
    if len(w) <= 3:
        return w
    if w in _FR_OWN_WORDS:
        return _FR_OWN_WORDS[w]
    if w.endswith("eaux"):
        w = w[:-1]
    elif w.endswith("aux") and len(w) > 4:
        w = w[:-3] + "al"
    elif w.endswith(("s", "x")) and not w.endswith("ss"):
        w = w[:-1]
    for ending, base in _FR_FEMININE:
        if w.endswith(ending) and len(w) > len(ending) + 2:
            return w[:-len(ending)] + base
    if w.endswith("ee"):
        w = w[:-1]
    if w.endswith("e") and len(w) > 4:  # « base » is no « bas »
        w = w[:-1]
    return w


def _nl_open_syllable(base: str) -> str:
    """Return « inbrak » → inbraak, « schol » → school, « seksuel » → seksueel, « diev » → dief."""
    if len(base) >= 2 and base[-1] == base[-2] and base[-1] not in _VOWELS:
        return base[:-1]  # ongevall(en) → ongeval
    if base.endswith("v"):
        base = base[:-1] + "f"
    elif base.endswith("z"):
        base = base[:-1] + "s"
    if base[-2:] == "er":
        return base  # unstressed: « bijzondere » → bijzonder, « jongeren » → jonger
    if len(base) >= 4 and base[-1] not in _VOWELS and base[-2] in "aeou" and (
            base[-3] not in _VOWELS or (base[-3] == "u" and base[-2] in "ae")
            or base[-3:-1] == "ia"):
        return base[:-1] + base[-2] + base[-1]
    return base


def _nl_lemma(w: str) -> str:
    if len(w) <= 4:
        return w
    for ending, base in _NL_SUFFIXES:
        if w.endswith(ending):
            return w[:-len(ending)] + base
    if w.endswith("s") and len(w) >= 5 and (
            w[-3:-1] in _NL_PLURAL_S or (w[-2] in "aoiuy" and w[-3] not in _VOWELS)):
        return w[:-1]
    if w.endswith("en") and len(w) >= 6 and not w.endswith(_NL_SINGULAR_EN):
        return _nl_open_syllable(w[:-2])
    if w.endswith("e") and len(w) >= 5 and w[-2] not in _VOWELS:
        return _nl_open_syllable(w[:-1])
    return w


@lru_cache(maxsize=65536)
def nominal_verb(key: str) -> str | None:
    """Return the verb's key of a Dutch « -ing » noun's key (« sluikstorting » → sluikstort).

    The noun names the verb's act: « sluikstortingen » are what « sluikstorten » means, as
    « verkrachting » is « verkrachten ». ``None`` for any other word.
    """
    if len(key) < 8 or not key.endswith("ing"):
        return None
    verb = _nl_lemma(key[:-3] + "en")
    return verb if verb != key else None


def lemma(word: str, lang: str) -> str:
    """Return the matching key of a folded word: the word without its inflection in ``lang``.

    Only plural, feminine and adjective endings go (« vols » → vol, « sexuelles » → sexuel,
    « inbraken » → inbraak, « seksuele » → seksueel); a derivation stays another word
    (« volant », « délinquance » ≠ « délinquants », « veiligheid » ≠ « veilig »): two words meet
    on one key only when they are forms of the same word.
    """
    if lang == "de":  # German words only ever meet German words: the snowball stem will do
        return stem(word, "de")
    return _nl_lemma(word) if lang == "nl" else _fr_lemma(word)


class Token(NamedTuple):
    """One word of a text: as written, folded, and whether it looks like an abbreviation."""

    surface: str
    folded: str
    upper: bool
    position: int


_OPTIONAL = re.compile(r"(?<=[^\W\d_])\([^\W\d_]{1,3}\)")
"""An optional piece inside or at the end of a word: « mis(be)handeling », « agent(e)s »."""


def _clean(text: str) -> str:
    text = _OPTIONAL.sub("", text[:MAX_CHARS]).translate(_LIGATURES)
    text = _ELISION.sub("", text)
    return _DUTCH_S.sub("s", text)


@lru_cache(maxsize=65536)
def _fold_piece(piece: str) -> tuple[str, bool]:
    """Return the folded form of one word ("" if not latin script) and whether it is in capitals."""
    if len(piece) > MAX_WORD:
        return "", False
    folded = _SEPARATORS.sub("", fold(piece))
    if not _LATIN.match(folded) or len(folded) > MAX_WORD:
        return "", False
    capitals = sum(c.isupper() for c in piece)
    upper = capitals >= 2 and (piece.isupper() or ("-" not in piece and len(piece) <= 8))
    return folded, upper


def tokenize(text: str, max_tokens: int = MAX_TOKENS) -> list[Token]:
    """Split a text into latin-script word tokens (hyphenated words also yield their parts).

    « car-jacking » gives « car-jacking » (folded « carjacking ») then « car » and « jacking ».
    Stop words are kept here (they tell the language); :func:`content_tokens` drops them.
    """
    tokens: list[Token] = []
    for raw in _TOKEN.findall(_clean(text)):
        pieces: Iterable[str] = (raw,)
        if "-" in raw or "/" in raw or "_" in raw:
            parts = [p for p in _SEPARATORS.split(raw) if p]
            pieces = [raw, *parts] if len(parts) > 1 else parts
        for piece in pieces:
            folded, upper = _fold_piece(piece)
            if not folded:
                continue
            tokens.append(Token(piece, folded, upper, len(tokens)))
            if len(tokens) >= max_tokens:
                return tokens
    return tokens


def is_context(folded: str, language: str | None = None) -> bool:
    """Return True for a word that sets the scene rather than naming the phenomenon.

    In a French text, a few words are scene-setting in French and a domain word in Dutch
    (« milieu festif » is no « milieu », environment): :data:`FR_CONTEXT_WORDS`.
    """
    return folded in CONTEXT_WORDS or (language == "fr" and folded in FR_CONTEXT_WORDS)


def is_content(token: Token) -> bool:
    """Return True when a token may carry meaning (not a stop word, not a bare number)."""
    word = token.folded
    if word.isdigit() or (len(word) < 2 and not token.upper):
        return False
    return token.upper or word not in STOP_WORDS


def content_tokens(text: str, max_tokens: int = MAX_TOKENS) -> list[Token]:
    """Return the tokens of a text that may carry meaning, in order."""
    return [t for t in tokenize(text, max_tokens) if is_content(t)]


def detect_language(tokens: Iterable[Token]) -> str | None:
    """Return « fr », « nl », « de » or None (undecided) from the function words of a text."""
    fr = nl = de = 0.0
    for t in tokens:
        if t.folded in DE_FUNCTION:
            if t.folded not in FR_FUNCTION and t.folded not in NL_FUNCTION:
                de += 1
            else:  # « die », « in », « des »: shared, so they tell nothing
                continue
        if any(c in "äöüß" for c in t.surface.lower()) or t.folded.endswith(
                ("ung", "ungen", "keit", "keiten", "schaft", "schaften")):
            de += 1
            continue
        in_fr, in_nl = t.folded in FR_FUNCTION, t.folded in NL_FUNCTION
        if in_fr and not in_nl:
            fr += 1
        elif in_nl and not in_fr:
            nl += 1
        elif not (in_fr or in_nl):
            if t.folded.endswith(("heid", "ing", "ij", "aal", "eren")) or "ij" in t.folded:
                nl += 0.5
            elif t.folded.endswith(("tion", "ite", "ique", "eur", "ment", "iere", "aux")):
                fr += 0.5
    if de > fr and de > nl:
        return "de"
    if fr > nl:
        return "fr"
    if nl > fr:
        return "nl"
    return None


def inflections(word: str) -> tuple[str, ...]:
    """Return a word and its forms without a Dutch/French plural or linking ending.

    « woningen » → woningen, woning; « inbraken » → inbraken, inbrak, inbraak. Cheap stand-in for a
    stemmer when many substrings must be looked up (compound splitting).
    """
    out = [word]
    for ending in ("en", "s", "e"):
        if word.endswith(ending) and len(word) - len(ending) >= 3:
            base = word[:-len(ending)]
            out.append(base)
            # Dutch open syllable: « inbraken » → inbrak → inbraak, « straten » → straat.
            if ending == "en" and len(base) >= 4 and base[-2] in "aeou" and \
                    base[-1] not in _VOWELS and base[-3] not in _VOWELS:
                out.append(base[:-1] + base[-2] + base[-1])
    return tuple(out)


DERIVATION_ENDINGS = _words("""
aar aars ares ster sters heid heden ing ingen erij erijen schap lijk lijke tje tjes nis
nissen isme ist isten ische atie aties iteit ering eringen icatie icaties ders ter ters
iten tages
""")
"""Dutch word endings that derive a word rather than add a second one (not a compound's head)."""


def split_compound(word: str, known: Callable[[str], str | None], min_part: int = 4,
                   both: bool = False) -> list[tuple[str, str, bool]]:
    """Split a folded compound against a vocabulary: « woninginbraken » → woning + inbraken.

    ``known(part)`` returns the vocabulary key of a part (or None); it is tried on each part and
    on its :func:`inflections`, which also covers Dutch linking letters (« verkeers|veiligheid »
    → verkeer + veiligheid). Returns ``(part, key, is_head)`` for the known parts of the best
    cut — the head is the right part, which names what the compound is (a « woninginbraak » is an
    « inbraak »): both parts known first, then the most known letters, then the latest cut.
    [] when no cut leaves a known part of at least ``min_part`` letters (with ``both``: when no
    cut leaves two known parts).
    """
    best: tuple[int, list[tuple[str, str, bool]]] | None = None
    n = len(word)
    if n < 2 * min_part or n > 40:
        return []
    for cut in range(min_part, n - min_part + 1):
        parts = []
        for piece, head in ((word[:cut], False), (word[cut:], True)):
            for form in inflections(piece):
                key = known(form) if len(form) >= min_part else None
                if key:
                    parts.append((form, key, head))
                    break
        if not parts or (both and len(parts) < 2):
            continue
        if not any(p[2] for p in parts) and (word[cut:] in DERIVATION_ENDINGS
                                             or word[cut - 1:] in DERIVATION_ENDINGS):
            # « handel|aars » is a trader, no kind of « handel »; « dronken|s|chap » (with a
            # linking letter) no kind of « dronken », « commun|icatie » no « commune »
            continue
        if len(parts) == 1 and len(parts[0][0]) < 5 and len(
                word[:cut] if parts[0][2] else word[cut:]) < 5:
            continue  # « cont|roles » is no kind of « role »: two short pieces, one unknown
        rank = len(parts) * 1000 + sum(len(p[0]) for p in parts)
        if best is None or rank >= best[0]:
            best = (rank, parts)
    return best[1] if best else []
