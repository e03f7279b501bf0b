import random
random.seed(14)
# names a Dordrecht teller might write; a third are chosen to be outside the top-1000 family names
FIRST = ['jan','fatima','mohamed','sanne','kees','ingrid','youssef','priscilla','henk','anouk','mehmet','zeynep','ruud','demi',
 'kevin','naima','gerrit','shanti','romano','esra','bram','lotte','noah','milan','yara','ilse','bilal','sevda','joyce','dennis',
 'marieke','karim','ayoub','petra','wim','tamara','chantal','ricardo','jeroen','monique','sandra','hatice','rachid','femke']
SUR = ['de vries','jansen','van den berg','bakker','el amrani','yilmaz','de groot','van dijk','pietersma','kramer','mulder',
 'visser','de jong','van der linden','boukhari','kaya','smit','verhoeven','de wit','hoogendoorn','van leeuwen','brouwer',
 'dekker','meijer','van beek','koster','bos','vermeulen','aydin','el idrissi','ramdin','sardjoe','de boer','van wijk',
 'schouten','kok','van der heijden','hendriks','willemsen','vos','van dam','baldewsingh']
CUE = ['meneer','mevrouw','juf','meester','dokter','mijn buurvrouw','mijn buurman','de begeleider','onze consulent',
 'mijn zoon','mijn dochter','mijn moeder','mijn vriendin','mijn oma','mijn opa','mijn broer','tante','oom','de huisarts']
STREETS = ['spuiboulevard','dordtse kil','johan de wittstraat','voorstraat','wijnstraat','vrieseweg','krispijnseweg',
 'nassauweg','merwedestraat','reeweg oost','patersweg','oranjelaan','brouwersdijk','noordendijk','bilderdijkstraat',
 'laan der verenigde naties','karel doormanlaan','dubbeldamseweg zuid','rembrandtlaan','statenplein','sarisgang',
 'groenmarkt','weeskinderendijk','blekersdijk','talmaweg','zuidendijk','galileilaan','van godewijckstraat','haringvlietstraat',
 'mauritsweg','toulonselaan','julianastraat','spuiweg','achterhakkers','visstraat','burgemeester de raadtsingel']
PC = ['3311 ab','3311ab','3312 kl','3314xr','3317 tm','3319ac','3312 BT','3315 GH','3316 jm','3318ez']
IBANS = ['nl91abna0417164300','NL91 ABNA 0417 1643 00','nl22snsb0912345678','nl20 ingb 0001 2345 67','nl44rabo0123456789','NL18RABO0123459876','nl69ingb0123456789']
BSNS = ['111222333','123456782','111 222 333','999900006','999900018','111.222.333']
PHONES = ['06-12345678','0612345678','06 1234 5678','078-6123456','0786123456','+31612345678','06 12 34 56 78']
DATES = ['12-03-2015','3-7-1984','03/11/2009','21.06.1950','1-1-2012']
WDATES = ['3 maart 2015','12 mei 2009','21 juni 1950','7 okt 1988','30 december 2018']
PLATES = ['12-abc-3','ab-123-c','xl-55-zp','9-kst-45','77-hgb-2','gz-303-k','1-tbb-88']
EMAILS = ['jan.devries@gmail.com','fatima1985@hotmail.com','k.bakker@ziggo.nl','sannejansen@outlook.com']

def name():
    r = random.random()
    if r < 0.35: return random.choice(FIRST)
    if r < 0.7: return random.choice(FIRST) + ' ' + random.choice(SUR)
    return random.choice(SUR)

def N(t): return '{{NAME:%s}}' % t
def A(t): return '{{ADDRESS:%s}}' % t
def K(kind, t): return '{{%s:%s}}' % (kind, t)

def typo(s):
    if len(s) > 3 and random.random() < 0.25:
        i = random.randrange(1, max(2, len(s) - 1))
        if s[i].isalpha() and s[i-1].isalpha(): s = s[:i-1] + s[i] + s[i-1] + s[i+1:]
    return s

T_NAME = [
 '{c} {n} heeft ons echt geholpen', 'ik had een gesprek met {c} {n} over de hulp', '{c} {n} kwam elke week langs',
 'we moesten lang wachten op {c} {n}', 'toen belde {c} {n} dat het niet doorging', '{c} {n} zei dat we het zelf moesten regelen',
 'gelukkig was {c} {n} er voor ons', 'sinds {c} {n} er is gaat het beter met de kinderen', 'ik vond {c} {n} niet aardig',
 'de afspraak met {c} {n} ging niet door', '{c} {n} luisterde eindelijk naar mij', 'het klikte niet met {c} {n}',
]
T_BARE = ['{n} zei dat het goed kwam', '{n} en ik hebben samen gekookt', 'we hebben {n} gevraagd om hulp',
 'samen met {n} naar de huisarts geweest', '{n} was er altijd als het moeilijk was', 'ik heb {n} gebeld maar niemand nam op',
 'de hulp van {n} was super', 'ik kreeg een brief van {n} over de indicatie', '{n} regelde de aanvraag bij de gemeente',
 'mijn kind speelt elke dag met {n}', 'het gesprek met {n} duurde veel te lang']
T_TWO = ['{n} en {m} kwamen langs', 'ik heb met {n} en {m} gepraat over school', '{n} en {m} hielpen met verhuizen']
T_ADDR = ['ik woon op de {s}', 'we zijn verhuisd naar de {s}', 'het kantoor aan de {s} was dicht', 'op de {s} is een wijkcentrum',
 'de hulp kwam naar ons huis aan de {s}', 'mijn moeder woont in de {s}', 'we wachten op een woning aan de {s}',
 'bij de {s} is de dagbesteding', 'de taxi haalde mij op aan de {s}']
T_NUM = [('mijn postcode is {x}', 'POSTCODE', PC), ('het adres is hier in {x} dordrecht', 'POSTCODE', PC),
 ('de brief ging naar {x} maar ik woon daar niet meer', 'POSTCODE', PC),
 ('het geld moest naar {x} maar dat ging mis', 'IBAN', IBANS), ('mijn rekening is {x} stuur het daar maar heen', 'IBAN', IBANS),
 ('ze vroegen mijn bsn {x} wel drie keer', 'BSN', BSNS), ('het burgerservicenummer {x} stond verkeerd in het systeem', 'BSN', BSNS),
 ('bel me op {x} als er iets is', 'PHONE', PHONES), ('mijn nummer is {x} app maar', 'PHONE', PHONES),
 ('mijn zoon is geboren op {x} en toen begon het', 'BIRTH_DATE', DATES + WDATES),
 ('geboortedatum {x} stond fout op het formulier', 'BIRTH_DATE', DATES + WDATES),
 ('de auto met kenteken {x} stond weer voor de deur', 'PLATE', PLATES), ('zijn auto {x} reed me bijna aan', 'PLATE', PLATES),
 ('mail mij op {x} dan stuur ik het', 'EMAIL', EMAILS)]
NEG = open('scripts/masking-corpus-negatives.txt', encoding='utf-8').read().split('\n')

out = []
for i in range(110):
    t = random.choice(T_NAME); c = random.choice(CUE); n = name()
    out.append(typo(t.replace('{c} {n}', c + ' ' + N(n))) if False else t.format(c=c, n=N(n)))
for i in range(70):
    out.append(random.choice(T_BARE).format(n=N(name())))
for i in range(20):
    out.append(random.choice(T_TWO).format(n=N(random.choice(FIRST)), m=N(random.choice(FIRST) + ' ' + random.choice(SUR))))
for i in range(60):
    s = random.choice(STREETS)
    if random.random() < 0.7: s += ' ' + str(random.randint(1, 320)) + random.choice(['', '', 'a', 'b', ' bis'])
    out.append(random.choice(T_ADDR).format(s=A(s)))
for i in range(90):
    t, kind, pool = random.choice(T_NUM)
    out.append(t.format(x=K(kind, random.choice(pool))))
out += [n for n in NEG if n.strip()]
# typos outside the spans, as tellers on a phone make them
def typo_outside(line):
    parts = line.split('{{'); res = [typo(parts[0])]
    for p in parts[1:]:
        span, rest = p.split('}}', 1); res.append('{{' + span + '}}' + typo(rest))
    return ''.join(res)
out = [typo_outside(l) for l in out]
random.shuffle(out)
with open('src/test/resources/privacy/evaluation-corpus.txt', 'w', encoding='utf-8') as f:
    f.write('# Masking evaluation corpus (issue 14, ADR 0018): realistic Dutch teller writing — lower case, typos, no\n'
            '# punctuation. Personal data is marked {{KIND:text}}; lines without marks must come through unchanged.\n'
            '# Written for Duiding; the names, streets and numbers are invented or test numbers (BSNs pass the 11-proef,\n'
            '# IBANs their checksum) and belong to nobody. Generated once by a seeded script from templates and hand-written\n'
            '# negative sentences, then kept as it is.\n')
    f.write('\n'.join(out) + '\n')
    # hand-written, appended as they stand (no shuffle, no typos added) so the lines above stay as they were
    f.write(open('scripts/masking-corpus-institutions.txt', encoding='utf-8').read())
print(len(out))
