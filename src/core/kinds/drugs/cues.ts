/** Words around a name that say it is (or is not) a drug. All lower case. */

import { HashedWords } from '../../words/word-hash';

const words = (s: string): ReadonlySet<string> => new Set(s.split(' '));
/** Words the scanner looks for by token hash first (word-hash.ts). */
const hashedWords = (s: string, bits?: number): HashedWords => new HashedWords(s.split(' '), bits);

/** Kinds of drug, singular: "the antibiotic X", "X is an antidepressant". */
const DRUG_KIND =
  'antibiotic antiviral antifungal antidepressant antipsychotic anticoagulant antihistamine painkiller ' +
  'analgesic sedative stimulant decongestant anesthetic anaesthetic antiseptic';
/** "the drug X", "drug candidate X", "the investigational therapy X", "a vaccine called X". */
export const PRE_NOUN = words(
  'drug drugs candidate compound medication medicine molecule vaccine antibody therapy therapeutic ' +
    'treatment inhibitor blocker agonist antagonist agent biologic biosimilar formulation combination ' +
    DRUG_KIND,
);
/** "treated with X", "doses of X", "taking X": the verb or noun before the preposition. */
export const PRE_WITH = words('treated treatment therapy dosed injected infused');
export const PRE_OF = words(
  'dose doses dosing infusion infusions injection injections course administration study studies trial trials',
);
export const PRE_VERB = words('taking take takes took prescribed prescribe prescribing receiving received administered');
/** "a drug called X". */
export const PRE_NAMING = words('called named dubbed');
/**
 * Nouns of one product, before which an abbreviation names it ("the drug MDMA", "a cancer vaccine
 * called GVAX"), unlike "therapy" or "treatment" ("a therapy called CBT"), "compound", which the
 * body makes too ("this compound, called NAD"), and the plural class nouns ("drugs known as NSAIDs").
 */
export const PRODUCT_NOUN = words('drug vaccine medication medicine');

/** Head nouns after "X, a/an ..." or "X is a/an ...". */
export const HEAD_NOUN = words(
  'drug drugs therapy therapies treatment medication medicine vaccine antibody oligonucleotide inhibitor ' +
    'agonist antagonist molecule compound formulation biologic biosimilar immunotherapy conjugate ' +
    'modulator blocker analog analogue activator degrader suspension prodrug pill tablet injection infusion ' +
    'combination conjugate patch gel cream spray ' +
    DRUG_KIND,
);
/** Nouns that end a head search: the name is an organization or a place ("X, a biotech company"). */
export const ORG_NOUN = words(
  'company companies firm firms maker makers developer developers manufacturer biotech startup start-up ' +
    'hospital university institute center centre clinic group organization foundation agency city state ' +
    'country researcher scientist doctor physician professor patient trial study program',
);

/** After "X™": the product is a device or service, not a drug. */
export const DEVICE_WORD = words(
  'system systems device devices platform app apps test tests assay assays kit kits technology software ' +
    'monitor sensor pump pumps stent graft valve catheter implant program score scanner robot tool index ' +
    'network service machine procedure laser lens lenses glasses mask brace method solution solutions tracer ' +
    'technique approach detector stimulator status journal website meeting product products dressing imaging ' +
    'diet formula exercise surgery training counseling',
);

/** Right after an unknown name, nouns that make it a device or a test for the whole document ("CoolSculpting® system"). */
export const DEVICE_NEXT = hashedWords(
  'system systems device devices implant stent catheter app apps scanner monitor sensor test tests assay assays ' +
    'kit kits software platform technology machine laser robot',
);
/** After a name: the name is a company's ("Proove® Biosciences", "Amarin Corp."), not a drug's. */
export const COMPANY_NEXT = hashedWords(
  'inc corp corporation ltd llc plc biosciences bioscience biotherapeutics therapeutics pharmaceuticals pharma ' +
    'biopharma biopharmaceuticals biologics laboratories labs holdings',
);
/** In a sentence about an unknown brand-like name: the product is a cleared device or a drug-free treatment. */
export const DEVICE_CONTEXT = hashedWords('cleared fda-cleared clearance drug-free device devices non-surgical nonsurgical');

/**
 * Endogenous or everyday substances in the lexicon ("insulin resistance", "testosterone levels"):
 * a drug only when the words around them make them one.
 */
export const CONTEXTUAL = words(
  'testosterone progesterone estrogen estrogens estradiol melatonin dopamine oxytocin nicotine ' +
    'adrenaline epinephrine norepinephrine noradrenaline acetylcholine glucagon cortisone hydrocortisone vitamin',
);
export const THERAPY_NEXT = words(
  'therapy therapies treatment treatments injection injections shot shots pump pumps pill pills patch ' +
    'patches gel dose doses dosing replacement supplement supplements supplementation tablet tablets ' +
    'infusion infusions prescription prescriptions pen pens analog analogs cream spray product products ' +
    'gum gums lozenge lozenges administration administered',
);
export const THERAPY_PREV = words(
  'taking take takes took prescribed prescribe given give gives giving receiving received inject injected injecting ' +
    'use using started starting stopped dose doses deliver delivers delivered delivering administer administering ' +
    // Routes and forms of a product: "vaginal estrogen", "micronized progesterone", "oral testosterone".
    'oral vaginal intranasal transdermal topical micronized intravenous subcutaneous injectable inhaled',
);

/** Phrases inside parentheses that introduce brand names: "(marketed as A, B and C)". */
export const MARKETED_AS = [
  ['marketed', 'as'],
  ['sold', 'as'],
  ['sold', 'under'],
  ['brand', 'name'],
  ['brand', 'names'],
  ['also', 'known', 'as'],
  ['known', 'as'],
  ['trade', 'name'],
  ['originally'],
  ['formerly'],
  ['previously'],
];
/** Words in a sentence that make a ®/™ name a drug product rather than a device, journal or service. */
export const DRUG_CONTEXT = hashedWords(
  'drug drugs medication medications medicine medicines tablet tablets capsule capsules injection injections ' +
    'infusion dose doses dosing mg phase trial approved approval therapy treatment treatments prescription ' +
    'prescribed indicated vaccine formulation oral topical generic nasal spray cream',
);

/** Articles and determiners after "X, " that introduce what X is. */
export const ARTICLE = words('a an its their');
/** Words that end the search for a head noun: "Yin Cao, an instructor in the Medicine ...". */
export const HEAD_STOP = words('in of at for from with by who that which on to and or as is was has');
/** Separators between names listed in parentheses: "(Lantus, Toujeo)", "(Abecma; ide-cel)". */
export const LIST_WORD = words(
  'and or formerly previously originally also written called abbreviated known as aka code named ' +
    // Routes and forms before a generic: "ORMD-0901 (oral exenatide)".
    'oral injectable intravenous subcutaneous inhaled intranasal nasal topical transdermal',
);
/** After a name: it modifies a class ("GLP-1 drugs", "JAK inhibitors"). */
export const CLASS_NEXT = words(
  'drug drugs inhibitor inhibitors agonist agonists antagonist antagonists receptor receptors blocker blockers ' +
    'class pathway gene genes protein proteins mutation mutations levels level',
);
/** After a substance's name, words that make it part of a protein's name ("creatine kinase"). */
/** Verbs whose object is a drug's biological target ("Pradaxa inhibits thrombin, an enzyme"), not a drug. */
export const TARGET_VERB = hashedWords('inhibit inhibits inhibited inhibiting block blocks blocked blocking target targets targeted targeting');

export const PROTEIN_NEXT = hashedWords(
  'kinase kinases receptor receptors activator activators polymerase polymerases synthase synthetase reductase ' +
    'oxidase dehydrogenase transferase transporter transporters enzyme enzymes',
);
/** Before "called X": nouns of biology, which X then names ("an enzyme called Syk", "a biomarker called CA-125"). */
export const BIOLOGY_NOUN = words(
  'enzyme enzymes protein proteins biomarker biomarkers marker markers gene genes hormone hormones receptor ' +
    'receptors peptide peptides neurotransmitter neurotransmitters pathway pathways mutation mutations ' +
    'bacterium bacteria virus viruses',
);
/** "a class of drugs called ...": what is called names the class. */
export const CLASS_WORD = words('class classes family type types');
/**
 * Head nouns of a class of drugs or of a target, after which an abbreviation in parentheses names
 * the class or the target: "a tumour necrosis factor inhibitor (TNFi)", "receptor-signaling
 * inhibitor (ARSi)". Not protein, enzyme, hormone or factor: those abbreviations often name a
 * drug ("tissue plasminogen activator (tPA)", "colony-stimulating factor (G-CSF)").
 */
export const DEFINED_HEAD = hashedWords(
  'inhibitor inhibitors blocker blockers agonist agonists antagonist antagonists modulator modulators receptor receptors ' +
    'pathway pathways gene genes biomarker biomarkers marker markers',
);
/**
 * Before "called X", "known as X": nouns whose X is never a drug ("a biomarker called CA-125").
 * Not protein, enzyme or antibody: "a monoclonal antibody (lab-produced protein) called REGN727",
 * "an enzyme called IdeS" name therapies.
 */
export const NAMED_NOT_DRUG = words('biomarker biomarkers marker markers gene genes mutation mutations receptor receptors pathway pathways');
/** Nouns of trials and programs: "the ALSummit trial", "a study called ...". */
export const TRIAL_WORD = words('trial trials study studies program programme registry');
/**
 * Salt and ester words that follow a generic as part of its name ("enclomiphene citrate",
 * "naproxen sodium"): the most frequent second words of the lexicon's two-word generics, less
 * those that are not salts ("acid", "alfa", "vaccine", "oil"). Checked by hash first: most words
 * after a generic are none of these.
 */
export const SALT = hashedWords(
  'hydrochloride dihydrochloride hydrobromide sodium disodium acetate sulfate sulphate phosphate diphosphate chloride mesylate ' +
    'citrate maleate bromide tartrate bitartrate succinate fumarate calcium tosylate gluconate nitrate lactate potassium ' +
    'carbonate salicylate meglumine benzoate palmitate propionate dipropionate besylate hyclate valerate undecanoate ' +
    'enanthate cypionate decanoate pamoate xinafoate furoate magnesium hcl',
);
/** Second words of two-word biologic INNs ("efsitora alfa", "pegloticase pegol"). */
export const INN_SECOND = hashedWords('alfa pegol', 9);
/** Words just before a code that say it names the drug just mentioned ("its development code X"). */
export const CODE_INTRO = words('code codenamed code-named formerly previously originally');
/**
 * Heads of an appositive that names what a product is made of ("a liposomal formulation of
 * irinotecan"). Not "prodrug", "version" or "form": "ALZ-801, an oral prodrug of tramiprosate" and
 * "a synthetic version of the hormone progesterone" name another molecule.
 */
export const FORMULATION_OF = words('formulation formulations combination infusion injection tablet capsule');
/** Plural names of kinds of drugs, before "such as" and a product's name. */
export const DRUG_KINDS = words(
  'drugs medications medicines treatments therapies vaccines antibiotics antidepressants antihistamines decongestants ' +
    'painkillers stimulants sedatives steroids statins opioids antipsychotics anticoagulants antivirals biologics ' +
    'inhibitors blockers relievers sprays pills',
);
