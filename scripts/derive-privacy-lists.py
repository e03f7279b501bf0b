#!/usr/bin/env python3
"""Derives the name lists in src/main/resources/privacy/ (issue 14, ADR 0018). Run from the repository root:

    apt-get download wdutch && dpkg-deb -x wdutch_*.deb /tmp/wdutch      # OpenTaal word list (BSD / CC BY 3.0)
    npm pack @faker-js/faker@9.9.0 && tar xzf faker-js-faker-9.9.0.tgz   # Dutch first names (MIT)
    node -e "const {fakerNL}=require('./package');const f=fakerNL.rawDefinitions.person.first_name;
             console.log([...new Set([...f.generic||[],...f.female,...f.male])].join('\\n'))" > /tmp/faker_first.txt
    python3 scripts/derive-privacy-lists.py /tmp/wdutch/usr/share/dict/dutch /tmp/faker_first.txt

Family names: the Meertens Instituut's Nederlandse Familienamenbank (2007, names borne by >= 5 people), CC0,
from shared/data/names (digitalheir/family-names-in-the-netherlands). Ordinary words: the OpenTaal list for
family names; for first names the lower-case words of the UD Dutch corpora (shared/data/corpus-nl) plus a
hand list, because OpenTaal also lists "jan", "kees" and "peter" as words.
"""
import collections, re, sys

words_file, faker_file = sys.argv[1], sys.argv[2]
SHARED = '/work/shared/data'
OUT = 'src/main/resources/privacy/'
opentaal = {l.strip() for l in open(words_file, encoding='utf-8') if l.strip() and l[0].islower()}
corpus = collections.Counter()
for f in ['UD_Dutch-Alpino_dev_sentences.txt', 'UD_Dutch-LassySmall_dev_sentences.txt']:
    for w in re.findall(r"[^\W\d_]+", open(f'{SHARED}/corpus-nl/{f}', encoding='utf-8').read()):
        if w[0].islower():
            corpus[w] += 1
# the most frequent words of the language are never a name on their own ("wil", "was", "kan", "zei")
never = {w for w, _ in corpus.most_common(600)} | set(open(OUT + 'nooit-naam.txt', encoding='utf-8').read().split())

first = set()
for l in open(OUT + 'voornamen-basis.txt', encoding='utf-8'):
    if not l.startswith('#'):
        first.update(l.split())
first.update(x.strip() for x in open(faker_file, encoding='utf-8') if x.strip())
first = {f.lower() for f in first if re.fullmatch(r"[^\W\d_][\w'’-]*", f) and f.lower() not in never}
HAND_AMBIGUOUS_FIRST = set("""ben frank jazz job lieve lot mark mees roos storm bas don fleur flip iris jade joke kick lies
maan maas merel puck rover toon wolf mare nova lux daisy coco amber sten rein vesper wende dies boet deen ace keet mink
pip raf riff eden teddy bobby sep tuur max wil hoop zon riet ivy ruth""".split())
ambiguous_first = {f for f in first if corpus[f] > 0 or f in HAND_AMBIGUOUS_FIRST}

PARTICLES = {'van', 'de', 'der', 'den', 'het', 'ter', 'ten', 'te', 'el', 'al', 'da', 'le', 'la', "'t", "'s", 'in',
             'op', 'du', 'di', 'do', 'des', 'dos', 'von', 'ver', 'uit', 'onder', 'aan', 'bij', 'tot'}
cores = set()
for l in open(f'{SHARED}/names/family_names_freq_5_or_more.lst', encoding='utf-8'):
    t = l.strip().split()
    while t and t[0].lower() in PARTICLES:
        t = t[1:]
    if len(t) == 1 and len(t[0]) >= 3 and re.fullmatch(r"[^\W\d_][\w'’-]*", t[0]):
        cores.add(t[0].lower())
cores -= never
surname_words = {c for c in cores if c in opentaal or corpus[c] > 0}

def write(name, header, items):
    with open(OUT + name, 'w', encoding='utf-8') as out:
        out.write(header)
        out.write('\n'.join(sorted(items)) + '\n')

SRC = '# Derived by scripts/derive-privacy-lists.py; see privacy/SOURCES.md. One lower-case name per line.\n'
write('voornamen.txt', SRC, first - ambiguous_first)
write('voornamen-ook-woord.txt', SRC + '# First names that are also ordinary Dutch words: masked only with context.\n',
      ambiguous_first)
write('achternamen.txt', SRC + '# Family-name cores (without tussenvoegsels) that are not ordinary Dutch words.\n',
      cores - surname_words)
write('achternamen-ook-woord.txt', SRC + '# Family-name cores that are also ordinary Dutch words: masked only with context.\n',
      surname_words)
# family names with tussenvoegsels among the 1,000 most frequent: "de vries", "van den berg" are names in any
# case, except where the words are also an ordinary phrase ("de boer", "van boven") or a place ("van delft")
PHRASES = set("""de beer|de boer|de geus|de goede|de heer|de hoop|de jonge|de kok|de koning|de laat|de lange|de leeuw|de man
|de reus|de rijk|de roos|de ruiter|de visser|de vos|de waard|de wilde|de winter|de wolf|de zwart|de korte|de witte|de haas
|de graaf|de brouwer|de jager|de klerk|de ridder|de bont|de gier|de hoog|de kort|den boer|in 't veld|ten have|ter haar
|van 't hof|van boven|van buren|van as|van es|van hal|van ham|van dorp|van hout|van hoek|van son|van zon|van tol|van geel
|van oosten|van dorst|van duin|van laar|van meel|van mil|van oort|van herk|van dam|van lier|van os|van loo|van gent
|van delft|van tilburg|van zutphen|van rijswijk|van velzen|van schijndel|van mierlo|van boxtel|van barneveld|van amerongen
|van alphen|van aalst|van aken|van berkel|van bommel|van kampen|van keulen|van iersel|van lith|van loon|van lierop
|van lieshout|van oosterhout|van rossum|van soest|van uden|van schie|van ommen|van erp|van eck|van esch|van gemert|van gils
|van gool|van gorp|van vugt|van vliet|van ewijk|van driel|van drunen|van ginkel|van dongen|van egmond|van rijn|van dijke
|van ingen|van oers|van kessel|van maanen|van manen|van mourik|van noort|van pelt|van putten|van straten|van strien
|van gestel|van riel|van eijk|van hees|van kempen|van kooten|van lent|van haren|van haaren|van helden|van hemert|van hoof
|van galen|van geffen|van gelder|van gelderen|van hoorn|van houten|van ooijen|van oorschot|van osch|van veen|van beek
|van bergen|van dalen|van duijn|van deursen|van diepen|van dommelen|van dooren|van doorn|van engelen|van essen|van gerven
|van gerwen|van kesteren|van kleef|van klaveren|van kuijk|van laarhoven|van loenen|van meurs|van ommeren|van rooij
|van rooijen|van roon|van santen|van schaik|van slooten|van tongeren|van vuuren|van wanrooij|van wijngaarden
|van wingerden|van zanten|van zijl|van brakel|van bree|van breugel|van bruggen|van bussel|van buuren|van andel|van asselt
|van bakel|van beers|van beurden""".replace('\n', '').split('|'))
top = [l.split(',')[0].lower() for l in open(f'{SHARED}/names/top_1000_last_names_2007.csv', encoding='utf-8').read().splitlines()[1:]]
write('achternamen-samengesteld.txt', SRC + '# Frequent family names with tussenvoegsels that are no ordinary phrase: names in any case.\n',
      {t for t in top if ' ' in t and t not in PHRASES})
print(len(first), len(ambiguous_first), len(cores), len(surname_words))
