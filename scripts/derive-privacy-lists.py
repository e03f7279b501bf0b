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
pip raf riff eden teddy bobby sep tuur max wil hoop zon""".split())
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
print(len(first), len(ambiguous_first), len(cores), len(surname_words))
