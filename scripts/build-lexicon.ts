/**
 * Derives src/core/data/lexicon-data.ts from /work/shared/lexicon/drugs.tsv.
 * Run by a developer: `npx tsx scripts/build-lexicon.ts [path/to/drugs.tsv]`.
 *
 * - keeps names the scanner can match token by token (letters, digits, spaces, hyphens, apostrophes);
 * - flags brands that are ordinary English words (wamerican list, when present, plus short names)
 *   with a leading `~`: the scanner accepts those only with strong evidence (®/™, a pair, a cue);
 * - adds a small hand-written SUPPLEMENT of well-known names the FDA/DrugBank data lacks
 *   (CBER vaccines, cell and gene therapies, common non-US names).
 * The stoplist (src/core/data/stoplist.ts) is applied at load time, not here.
 */
import { readFileSync, writeFileSync, existsSync } from 'node:fs';
import { join } from 'node:path';

const TSV = process.argv[2] ?? '/work/shared/lexicon/drugs.tsv';
const DICT = '/usr/share/dict/american-english';
const OUT = join(__dirname, '..', 'src', 'core', 'data', 'lexicon-data.ts');

/**
 * Hand-written supplement: brand -> generic ('' when none or when it varies by product); lower-case
 * keys are generics. Each generic named here joins the generics: name only ones drugs.tsv has.
 */
const SUPPLEMENT: Record<string, string> = {
  // gene therapies
  Zolgensma: 'onasemnogene abeparvovec', Elevidys: 'delandistrogene moxeparvovec',
  Luxturna: 'voretigene neparvovec', Hemgenix: 'etranacogene dezaparvovec',
  Roctavian: 'valoctocogene roxaparvovec', Beqvez: 'fidanacogene elaparvovec',
  Zynteglo: 'betibeglogene autotemcel', Skysona: 'elivaldogene autotemcel',
  Lyfgenia: 'lovotibeglogene autotemcel', Casgevy: 'exagamglogene autotemcel',
  Lenmeldy: 'atidarsagene autotemcel', Kebilidi: 'eladocagene exuparvovec', Upstaza: 'eladocagene exuparvovec',
  Adstiladrin: 'nadofaragene firadenovec', Imlygic: 'talimogene laherparepvec',
  Vyjuvek: 'beremagene geperpavec', Libmeldy: 'atidarsagene autotemcel',
  // cell therapies
  Kymriah: 'tisagenlecleucel', Yescarta: 'axicabtagene ciloleucel', Tecartus: 'brexucabtagene autoleucel',
  Breyanzi: 'lisocabtagene maraleucel', Abecma: 'idecabtagene vicleucel', Carvykti: 'ciltacabtagene autoleucel',
  Aucatzyl: 'obecabtagene autoleucel', Amtagvi: 'lifileucel', Tecelra: 'afamitresgene autoleucel',
  Provenge: 'sipuleucel-t', Ryoncil: 'remestemcel-l', Omisirge: 'omidubicel', Lantidra: 'donislecel',
  NurOwn: 'debamestrocel', Stratagraft: '', Rethymic: '',
  // vaccines
  Comirnaty: 'tozinameran', Spikevax: 'elasomeran', tozinameran: '', elasomeran: '', Nuvaxovid: '', Vaxzevria: '', Covishield: '', Covaxin: '',
  Jcovden: '', Mnexspike: '', Gardasil: '', 'Gardasil 9': '', Cervarix: '', Shingrix: '', Zostavax: '',
  Prevnar: '', 'Prevnar 13': '', 'Prevnar 20': '', Capvaxive: '', Vaxneuvance: '', Pneumovax: '',
  Arexvy: '', Abrysvo: '', mResvia: '', Fluzone: '', Flublok: '', FluMist: '', Flucelvax: '', Afluria: '',
  Fluad: '', Jynneos: '', Imvamune: '', Ixchiq: '', Vimkunya: '', Dengvaxia: '', Qdenga: '', 'Heplisav-B': '',
  'Engerix-B': '', Recombivax: '', Twinrix: '', Havrix: '', Vaqta: '', RotaTeq: '', Rotarix: '', ProQuad: '',
  Varivax: '', Menveo: '', Bexsero: '', Trumenba: '', Penbraya: '', Penmenvy: '', Menactra: '', MenQuadfi: '',
  Boostrix: '', Adacel: '', Pentacel: '', Vaxelis: '', Ervebo: '', Vaxchora: '', Ixiaro: '', Mosquirix: '',
  // blood products
  Kcentra: '', Advate: '', Alprolix: '', Eloctate: '', Altuviiio: '', Idelvion: '', Hympavzi: 'marstacimab',
  // over-the-counter brands sold under FDA monographs, which Drugs@FDA does not list
  NyQuil: 'acetaminophen+dextromethorphan+doxylamine', DayQuil: 'acetaminophen+dextromethorphan+phenylephrine',
  ZzzQuil: 'diphenhydramine', Theraflu: '', 'Alka-Seltzer': 'aspirin+citric acid+sodium bicarbonate',
  Maalox: 'aluminum hydroxide+magnesium hydroxide', Mylanta: 'aluminum hydroxide+magnesium hydroxide+simethicone',
  Rolaids: 'calcium carbonate+magnesium hydroxide', Tums: 'calcium carbonate', 'Pepto-Bismol': 'bismuth subsalicylate',
  Kaopectate: 'bismuth subsalicylate', 'Gas-X': 'simethicone', Cortaid: 'hydrocortisone', Afrin: 'oxymetazoline',
  Bengay: 'menthol+methyl salicylate', 'Icy Hot': 'menthol+methyl salicylate', 'Vicks VapoRub': '',
  Aspercreme: 'trolamine salicylate', Orajel: 'benzocaine', Anbesol: 'benzocaine', Chloraseptic: 'phenol',
  Colace: 'docusate', Senokot: 'sennosides', 'Ex-Lax': 'sennosides', Dulcolax: 'bisacodyl', Metamucil: '',
  Sudafed: 'pseudoephedrine', Robitussin: 'guaifenesin', 'Robitussin DM': 'dextromethorphan+guaifenesin',
  Dimetapp: 'brompheniramine+phenylephrine', 'Dimetapp DM': 'brompheniramine+dextromethorphan+phenylephrine',
  'Zyrtec-D': 'cetirizine+pseudoephedrine',
  Dramamine: 'dimenhydrinate', Bonine: 'meclizine', Pamprin: '', VapoRub: '',
  // common non-US and missing names
  Nurofen: 'ibuprofen', Panadol: 'paracetamol', Calpol: 'paracetamol', Champix: 'varenicline',
  Sativex: 'nabiximols', Albrioza: 'sodium phenylbutyrate+taurursodiol', Radicut: 'edaravone',
  Belviq: 'lorcaserin', Adipex: 'phentermine', 'L-Dopa': 'levodopa', 'Bacille Calmette-Guerin': 'bcg vaccine',
  'Bacillus Calmette-Guerin': 'bcg vaccine',
  Evusheld: 'cilgavimab+tixagevimab', Lagevrio: 'molnupiravir', Ronapreve: 'casirivimab+imdevimab',
  paracetamol: '', salbutamol: '', insulin: '', lithium: '', adrenaline: '', nabiximols: '',
  'sipuleucel-t': '', 'remestemcel-l': '', debamestrocel: '', 'insulin glargine': '', 'insulin lispro': '',
  'insulin aspart': '', 'insulin degludec': '', 'insulin icodec': '', masitinib: '', ibudilast: '', fampridine: '', cyclosporin: '',
};

/**
 * Abbreviations that news writes for one drug without spelling it out ("THC", "tPA", "NAC"): brands
 * of their generic here, names on sight although short (not marked as ordinary words).
 */
const ABBREVIATIONS: Record<string, string> = {
  CBD: 'cannabidiol', THC: 'dronabinol', NAC: 'acetylcysteine', TXA: 'tranexamic acid', tPA: 'alteplase',
  IVIG: 'human immunoglobulin g', HCQ: 'hydroxychloroquine', AZT: 'zidovudine', MTX: 'methotrexate',
  MDMA: 'midomafetamine', LSD: 'lysergic acid diethylamide', GHB: 'sodium oxybate', APAP: 'acetaminophen',
  DHEA: 'prasterone', BCG: 'bcg vaccine',
};

const MATCHABLE = /^[A-Za-z0-9][A-Za-z0-9 '-]*$/;
/** A product name that ends in strengths ("Adderall 10", "Adderall XR 5"): the name before them. */
const STRENGTH_AFTER = /^(.*?[A-Za-z].*?)(?: \d[\d.]*)+$/;
/**
 * A one-word brand and a release form, inhaler or pen ("Advair HFA", "Humulin N", "Loestrin 24 Fe",
 * "Breo Ellipta"): the brand before it. Not ordinary second words ("Iron Dextran", "Cold Capsule IV"),
 * a route ("Nitro IV") or one letter other than an insulin's N or R ("Urologic G" is a solution).
 */
const FORM_AFTER =
  /^([A-Z][a-z]{3,}) (?:(?!IV$)[A-Z]{2,4}(?:-[A-Z]{1,4})?|[NR]|(?:\d+ )?Fe|Ellipta|Diskus|Digihaler|Respiclick|Neohaler|Aerosphere|Pressair|Twisthaler|Inhub|Sprinkle|Kwikpen|Flexpen|Pen|Pak|Depot|Forte|Mist)$/;

function loadDictionary(): Set<string> {
  if (!existsSync(DICT)) {
    console.warn(`${DICT} not found: brands are not flagged as English words`);
    return new Set();
  }
  return new Set(readFileSync(DICT, 'utf8').split('\n').filter((w) => w !== '' && w === w.toLowerCase()));
}

function isCommonWord(name: string, dict: Set<string>): boolean {
  const lower = name.toLowerCase();
  if (lower.replace(/[^a-z]/g, '').length <= 3) return true;
  return lower.split(' ').every((w) => dict.has(w));
}

function main(): void {
  const dict = loadDictionary();
  const generics = new Set<string>();
  const brands = new Map<string, string>();
  const rows = readFileSync(TSV, 'utf8').split('\n').slice(1).filter(Boolean);
  for (const row of rows) {
    const [name, kind, source] = row.split('\t');
    let generic = source;
    if (!MATCHABLE.test(name)) continue;
    if (kind === 'generic') generics.add(name);
    else {
      // "insulin glargine recombinant" is insulin glargine as readers know it; "fam-trastuzumab
      // deruxtecan" (the FDA's distinguishing prefix) is the INN trastuzumab deruxtecan.
      generic = generic.replace(/ recombinant$/, '').replace(/(^|\+)(?:fam|ado|ziv)-/g, '$1');
      // A brand with several ingredient sets keeps the simplest (fewest ingredients, then first).
      const prev = brands.get(name);
      if (prev === undefined || generic.split('+').length < prev.split('+').length) brands.set(name, generic);
    }
  }
  // A co-packaged product's ingredients come with commas ("dasabuvir+ombitasvir, paritaprevir,
  // ritonavir"): when every piece is a generic, they are one combination like the others
  // ("dasabuvir+ombitasvir+paritaprevir+ritonavir"). Other commas belong to a name ("acetic acid, glacial").
  for (const [name, generic] of brands) {
    const pieces = generic.split('+').flatMap((part) => part.split(', '));
    if (generic.includes(', ') && pieces.every((g) => generics.has(g))) brands.set(name, [...new Set(pieces)].sort().join('+'));
  }
  // Drugs@FDA names some products only with a strength, a release or device word ("Adderall 10",
  // "Exondys 51", "Advair HFA", "Breo Ellipta", "Nurtec ODT"): readers write the brand alone as well
  // ("Ritalin, Adderall and Provigil"). Its generic is the product's.
  for (const [name, generic] of [...brands]) {
    const base = STRENGTH_AFTER.exec(name)?.[1] ?? FORM_AFTER.exec(name)?.[1];
    // Not an ordinary word ("Plan B", "Vitamin A", "Compound 65"): alone, it names no product.
    if (base === undefined || generics.has(base.toLowerCase()) || isCommonWord(base, dict)) continue;
    const prev = brands.get(base);
    if (prev === undefined || generic.split('+').length < prev.split('+').length) brands.set(base, generic);
  }
  for (const [name, generic] of Object.entries(ABBREVIATIONS)) brands.set(name, generic);
  for (const [name, generic] of Object.entries(SUPPLEMENT)) {
    if (name === name.toLowerCase()) generics.add(name);
    else if (!brands.has(name)) brands.set(name, generic);
    for (const g of generic.split('+')) if (g) generics.add(g);
  }
  const genericText = [...generics].sort().join('\n');
  // Both lists are sorted by lower-case name (UTF-16 order, as JavaScript compares strings), so
  // the loader can binary-search them instead of indexing ~20,000 names at start-up.
  const brandText = [...brands]
    .sort(([a], [b]) => (a.toLowerCase() < b.toLowerCase() ? -1 : a.toLowerCase() > b.toLowerCase() ? 1 : 0))
    .map(([b, g]) => `${isCommonWord(b, dict) && !(b in ABBREVIATIONS) ? '~' : ''}${b}\t${g}`)
    .join('\n');
  const header = `/**
 * GENERATED by scripts/build-lexicon.ts from /work/shared/lexicon/drugs.tsv: do not edit by hand.
 *
 * Sources of drugs.tsv: Drugs@FDA Products.txt (2023 and late-2025 releases; US government work,
 * public domain) and the DrugBank Open Data vocabulary, common names only (CC0 1.0); see that
 * file's README for how the rows were derived. The build keeps names made of letters, digits,
 * spaces, hyphens and apostrophes; marks brands that are ordinary English words (Debian wamerican
 * list, used at build time only) or of three letters or fewer with '~'; and adds a hand-written
 * supplement (SUPPLEMENT in the script) of CBER vaccines, cell and gene therapies, over-the-counter
 * brands and common non-US names that Drugs@FDA lacks, and of abbreviations news writes for one
 * drug ("THC", "tPA"; ABBREVIATIONS, not marked though short). A product named only with a
 * strength or a form ("Adderall 10", "Advair HFA") also gives its name alone ("Adderall", "Advair").
 *
 * GENERIC_NAMES: lower-case generic names, one a line, sorted.
 * BRAND_NAMES: one brand a line, sorted by lower-case name, "[~]Brand<TAB>generic" (generic '' when unknown; several
 * ingredients joined with '+').
 */
`;
  const body =
    `${header}export const GENERIC_NAMES = ${JSON.stringify(genericText)};\n\n` +
    `export const BRAND_NAMES = ${JSON.stringify(brandText)};\n`;
  writeFileSync(OUT, body);
  console.log(`wrote ${OUT}: ${generics.size} generics, ${brands.size} brands, ${body.length} chars`);
}

main();
