import { strict as assert } from 'assert';
import type { Fact } from '../../src/core/facts';
import { createDrugScanner, finishDrugs, type DrugScan } from '../../src/core/kinds/drugs';
import { codeStrength } from '../../src/core/kinds/drugs/codes';
import { bytesEndInStem, hasDrugStem } from '../../src/core/kinds/drugs/stems';
import { DIGIT, FIRST_DIGIT, FIRST_UPPER, HYPHEN, INNER_UPPER, MAY_START, Tokens } from '../../src/core/words/tokens';
import { hashRange, hashWord, WordFilter, WordHashSet } from '../../src/core/words/word-hash';
import { WordMemo } from '../../src/core/words/word-memo';
import { loadLexicon } from '../../src/core/lexicon';
import { splitParagraphs } from '../../src/core/paragraphs';

const scanner = createDrugScanner(loadLexicon());

/** Scans a text paragraph by paragraph as the engine does, then finishes at document level. */
function drugs(text: string): Fact[] {
  const scans: DrugScan[] = splitParagraphs(text).map((p) => {
    const s = scanner.scan(p.text);
    const at = (f: Fact) => ({ ...f, start: f.start + p.start, end: f.end + p.start });
    return { ...s, facts: s.facts.map(at), candidates: s.candidates.map(at) };
  });
  const facts = finishDrugs(scans);
  for (const f of facts) assert.equal(text.slice(f.start, f.end), f.text, 'text is the document slice');
  return facts;
}
const texts = (text: string) => drugs(text).map((f) => f.text);
const generics = (text: string) => Object.fromEntries(drugs(text).map((f) => [f.text, f.generic]));

describe('drug scanner', () => {
  describe('lexicon names', () => {
    it('matches generics in any case and brands capitalized', () => {
      assert.deepEqual(texts('Riluzole and edaravone are approved; Radicava is edaravone.'), ['Riluzole', 'edaravone', 'Radicava', 'edaravone']);
      assert.deepEqual(texts('We keep a keytruda mug.'), []);
    });

    it('prefers the longest multi-word name', () => {
      const facts = drugs('They combined sodium phenylbutyrate with taurursodiol, and trastuzumab deruxtecan with nothing.');
      assert.deepEqual(facts.map((f) => f.value), ['sodium phenylbutyrate', 'taurursodiol', 'trastuzumab deruxtecan']);
    });

    it('gives brands their lexicon generic and generics none', () => {
      const facts = drugs('Keytruda is pembrolizumab.');
      assert.equal(facts[0].generic, 'pembrolizumab');
      assert.equal(facts[1].generic, undefined);
    });

    it('keeps an FDA suffix inside the span of a multi-word generic', () => {
      assert.deepEqual(texts('It is delandistrogene moxeparvovec-rokl, given once.'), ['delandistrogene moxeparvovec-rokl']);
    });

    it('keeps a salt or ester word after a generic in its span', () => {
      assert.deepEqual(texts('Enclomiphene citrate and naloxone HCl beat naproxen sodium; riluzole-treated mice and riluzole alone.'), [
        'Enclomiphene citrate',
        'naloxone HCl',
        'naproxen sodium',
        'riluzole',
        'riluzole',
      ]);
      assert.deepEqual(texts('Atorvastatin lowered calcium-rich plaque.'), ['Atorvastatin']);
    });

    it('takes the generic before a hyphenated modifier', () => {
      const [f] = drugs('In riluzole-treated mice the effect held.');
      assert.equal(f.text, 'riluzole');
    });

    it('ignores stoplisted words, classes and companies', () => {
      assert.deepEqual(texts('Oxygen, water, caffeine and alcohol; statins, chemotherapy and a placebo; Pfizer and Biogen.'), []);
      assert.deepEqual(texts('ALS News Today reported it today.'), []);
    });

    it('accepts a brand that is an ordinary word only with evidence', () => {
      assert.deepEqual(texts('The Muse of the poet stayed.'), []);
      assert.deepEqual(texts('Intermezzo is a piece of music.'), []);
    });

    it('takes a brand that the lexicon has only with its strengths, in a list of drugs', () => {
      assert.deepEqual(texts('Students take Ritalin, Adderall and Provigil; Exondys 51 was approved.'), ['Ritalin', 'Adderall', 'Provigil', 'Exondys 51']);
    });

    it('takes an abbreviation news writes for one drug without spelling it out', () => {
      const text = 'Stroke patients got tPA within hours; THC and NAC were studied too.';
      assert.deepEqual(texts(text), ['tPA', 'THC', 'NAC']);
      assert.equal(generics(text).tPA, 'alteplase');
      assert.deepEqual(texts('The NAC-treated group did better than the DNA-treated one.'), ['NAC']);
    });

    it('takes a brand written in lower case only with evidence, and then in the whole document', () => {
      assert.deepEqual(texts('Patients liked decadron.'), []);
      const text = 'They tested a steroid formulation called decadron.\n\nLater, decadron helped younger patients.';
      assert.deepEqual(texts(text), ['decadron', 'decadron']);
      assert.equal(generics(text).decadron, 'dexamethasone');
    });

    it('counts insulin products but not insulin alone, and hormones only as therapy', () => {
      assert.deepEqual(texts('Starting insulin early helps; insulin glargine lasts a day.'), ['insulin glargine']);
      assert.deepEqual(texts('Testosterone levels fell with age.'), []);
      assert.deepEqual(texts('Men on testosterone therapy were followed.'), ['testosterone']);
      assert.deepEqual(texts('Smokers wore nicotine patches or chewed nicotine gum; nicotine levels fell.'), ['nicotine', 'nicotine']);
      assert.deepEqual(texts('Subjects had nicotine administered; the device delivered nicotine; nicotine cravings rose.'), ['nicotine', 'nicotine']);
      // A route or form before it, or "give"; not before a class noun ("dopamine agonists").
      assert.deepEqual(texts('We give progesterone or intranasal oxytocin; those taking dopamine agonists slept.'), ['progesterone', 'oxytocin']);
    });

    it('takes a drug that the body does not make without a therapy word beside it', () => {
      assert.deepEqual(texts('Ketamine eased depression within hours, and the effects of ketamine lasted a week.'), ['Ketamine', 'ketamine']);
      assert.deepEqual(texts('Mice dosed with an amount of lithium did better; lithium boosted an enzyme.'), ['lithium', 'lithium']);
    });
  });

  describe('development codes', () => {
    it('accepts company-prefix codes', () => {
      for (const code of ['AMX0035', 'BIIB067', 'ION363', 'LY3002813', 'JNJ-4528', 'ABBV-951', 'SRP-9001', 'MN-166', 'NSI-566RSC', 'BNT162b2', 'mRNA-1273', 'HER3-DXd', 'NVX-CoV2373']) {
        assert.equal(codeStrength(code), 'strong', code);
      }
    });

    it('rejects genes, proteins, registries, years and grant numbers', () => {
      for (const token of ['SOD1', 'TDP-43', 'C9orf72', 'APOE4', 'HER2', 'PD-L1', 'IL-6', 'CD19', 'BRCA1', 'COVID-19', 'H1N1', 'HIV-1', 'N95', 'A1C', 'NCT04745299', 'ASCO2023', 'FY2024', 'CA084986', 'HS023395', 'IRB00003226', 'FWA00019841', 'ICD-10']) {
        assert.notEqual(codeStrength(token), 'strong', token);
      }
    });

    it('does not take a substance named inside a protein, or a name the text gives a protein', () => {
      assert.deepEqual(texts('Seven participants had creatine kinase levels far above normal.'), []);
      assert.deepEqual(texts('Talazoparib blocks an enzyme called poly ADP ribose polymerase.'), ['Talazoparib']);
      assert.deepEqual(texts('Doctors can give a clot-busting drug, tissue plasminogen activator, within hours.'), []);
      assert.deepEqual(texts('The oral drug targets an enzyme called Syk, which helps control inflammation.'), []);
      assert.deepEqual(texts('High homocysteine and serum creatinine levels were recorded.'), []);
      // A drug named after "called" still counts when the noun before it is a drug noun.
      assert.deepEqual(texts('Patients took a new drug called Zentavix twice a day.'), ['Zentavix']);
    });

    it('does not take an abbreviation the text defines for a drug class or a biomarker, anywhere in the document', () => {
      const cued = 'Flares subsided when the higher dose of TNFi was restarted.';
      assert.deepEqual(texts(cued), ['TNFi'], 'the cue alone makes it a drug');
      assert.deepEqual(texts(`Patients on a tumour necrosis factor inhibitor (TNFi) were followed.\n\n${cued}`), []);
      assert.deepEqual(texts('A blood test detects a biomarker called CA-125, which is often raised.'), []);
      // Known drugs, codes, and therapies an antibody or enzyme is called stay drugs.
      assert.deepEqual(texts('Patients took a BTK inhibitor (ibrutinib) daily.'), ['ibrutinib']);
      assert.deepEqual(texts('A monoclonal antibody (lab-produced protein) called REGN727 lowered cholesterol.'), ['REGN727']);
    });

    it('does not take a company for a drug, anywhere in the document', () => {
      const marked = 'Patients took Zorvex® tablets daily.';
      assert.deepEqual(texts(marked), ['Zorvex'], 'the mark in a sentence about a drug alone makes it one');
      assert.deepEqual(texts(`About Zorvex® Biosciences: a leader in pain.\n\n${marked}`), []);
      assert.deepEqual(texts('Quorvant Pharmaceuticals said its drug Lumexa (QV-101) was approved.'), ['Lumexa', 'QV-101']);
    });

    it('does not take devices, tests and procedures for drugs, anywhere in the document', () => {
      const text = [
        'The FDA cleared the Zapsculpt system for fat reduction last year.',
        'Patients treated with Zapsculpt lost 20% of the fat in the area.',
        'Others took a new drug called Lorvenza; Prostatectomy is a common treatment.',
      ].join('\n\n');
      assert.deepEqual(texts(text), ['Lorvenza']);
      // A code beside a test noun names the test in that sentence only.
      assert.deepEqual(texts('The Xpert MTB/RIF test detects resistance to rifampin (RIF) within hours.'), ['rifampin', 'RIF']);
    });

    it('reads an English word after a hyphen as a modifier, not as an FDA suffix', () => {
      assert.deepEqual(texts('Taking aspirin-like drugs and a tocotrienol-rich supplement'), ['aspirin', 'tocotrienol']);
    });

    it('does not take professions, described biomarkers or named drug classes for drugs', () => {
      assert.deepEqual(texts('The journal of the American Society of Anesthesiologists® reports the drug trial.'), []);
      assert.deepEqual(texts('The grant funds a study of HER2-positive breast cancer and BRAF-mutant melanoma.'), []);
      assert.deepEqual(texts('Suvorexant belongs to a class of drugs called Dual Orexin Receptor Antagonists.'), ['Suvorexant']);
    });

    it('finds codes in text, with a space after "formerly", and not in grant sentences', () => {
      assert.deepEqual(texts('The company tested AMX0035 and then NVX-417 in ALS.'), ['AMX0035', 'NVX-417']);
      assert.deepEqual(texts('MariTide (maridebart cafraglutide, formerly AMG 133) is monthly.'), ['MariTide', 'maridebart cafraglutide', 'AMG 133']);
      assert.deepEqual(texts('The work was funded by grants HL124112 and ABC12345.'), []);
      assert.deepEqual(texts('It was supported in part by NIH funding awards ZIA AI001086-08 and AGO5131.'), []);
      // Grant numbers in a parenthesis of their own after the funding sentence.
      assert.deepEqual(texts('This study is funded by the Aurora Foundation and NIH. (NS66147, AG029624, AG44170)'), []);
      assert.deepEqual(texts('The trial tested AMX0035. (NS66147 was tested too.)'), ['AMX0035', 'NS66147']);
    });

    it('needs a cue for loose shapes such as CNM-Au8', () => {
      assert.deepEqual(texts('Levels of CNM-Au8 were measured.'), []);
      assert.deepEqual(texts("Clene's CNM-Au8 was measured."), ['CNM-Au8']);
    });
  });

  describe('INN stems', () => {
    it('recognizes stems on unknown lower-case words', () => {
      for (const w of ['zilebesiran', 'remternetug', 'ulefnersen', 'obexelimab', 'ide-cel', 'nirsevimab-alip', 'del-desiran']) {
        assert.ok(hasDrugStem(w, w), w);
      }
      for (const w of ['thermostat', 'understand', 'submarine', 'Zilebesiran', 'ab']) assert.ok(!hasDrugStem(w.toLowerCase(), w), w);
    });

    it('joins an antibody and its payload into one name', () => {
      assert.deepEqual(texts('Avidity tests delpacibart etedesiran (del-desiran) now.'), ['delpacibart etedesiran', 'del-desiran']);
      assert.equal(generics('Avidity tests delpacibart etedesiran (del-desiran) now.')['del-desiran'], 'delpacibart etedesiran');
    });
  });

  describe('brand patterns', () => {
    it('takes a locant or stereo prefix as part of a generic name, and the abbreviation defined after it', () => {
      const text = 'Patients took N-acetylcysteine (NAC) twice a day, or NAC alone, or l-glutamine, with T-cell counts measured.';
      assert.deepEqual(texts(text), ['N-acetylcysteine', 'NAC', 'NAC', 'l-glutamine']);
      assert.equal(generics(text).NAC, 'n-acetylcysteine');
    });

    it('takes a hormone word before "products" as the drug, not before "production"', () => {
      assert.deepEqual(texts('Over-the-counter testosterone products may carry hidden dangers.'), ['testosterone']);
      assert.deepEqual(texts('It promotes growth hormone and testosterone production.'), []);
    });

    it('does not pair a hormone word describing a brand of another substance ("a synthetic progesterone (Provera)")', () => {
      const text = 'Women took a synthetic progesterone (Provera). Men used testosterone (AndroGel) gel; progesterone was not given.';
      assert.deepEqual(texts(text), ['Provera', 'testosterone', 'AndroGel']);
      assert.equal(generics(text).Provera, 'medroxyprogesterone', "the brand keeps the lexicon's generic");
      assert.equal(generics(text).AndroGel, 'testosterone', 'a brand of the substance itself is paired with it');
    });

    it('accepts a name marked ® or ™ in a drug sentence, without the mark', () => {
      const [f] = drugs('Patients took Zorvexa® tablets twice daily.');
      assert.equal(f.text, 'Zorvexa');
      assert.equal(f.end, 'Patients took Zorvexa'.length);
    });

    it('does not take marked devices, journals or multi-word trademarks', () => {
      assert.deepEqual(texts('The Navion™ thoracic stent graft system was approved.'), []);
      assert.deepEqual(texts('Results appeared in Neurology®, a journal.'), []);
      assert.deepEqual(texts('The Opioid Risk® tool predicts abuse of the drug.'), []);
    });

    it('pairs "Brand (generic)" and "generic (Brand)" where one side is known', () => {
      const text = 'NeuroNata-R (lenzumestrocel) is a cell therapy. Doctors prescribe tofersen (Qalsody).';
      assert.deepEqual(texts(text), ['NeuroNata-R', 'lenzumestrocel', 'tofersen', 'Qalsody']);
      assert.equal(generics(text)['NeuroNata-R'], 'lenzumestrocel');
    });

    it('pairs a marked brand with its generic in parentheses ("Brand® (generic)")', () => {
      for (const mark of ['®', '™']) {
        const text = `Zorblat${mark} (cyclosporine) works.`;
        assert.deepEqual(texts(text), ['Zorblat', 'cyclosporine'], mark);
        assert.equal(generics(text).Zorblat, 'cyclosporine', mark);
      }
    });

    it('reads a generic after "non-", "pre-" or "post-", and a name described as a patch, gel, cream or spray', () => {
      assert.deepEqual(texts('Flares fell among the non-rilonacept group and post-riluzole patients.'), ['rilonacept', 'riluzole']);
      assert.deepEqual(texts('An FDA panel said no to Zorlibra, a testosterone patch for women.'), ['Zorlibra', 'testosterone']);
    });

    it('takes neurotransmitters for drugs only where the text uses them as one', () => {
      assert.deepEqual(texts('It raises dopamine and norepinephrine, two neurotransmitters.'), []);
      assert.deepEqual(texts('Doctors gave norepinephrine infusions for shock.'), ['norepinephrine']);
    });

    it('does not take a pronunciation in parentheses for a name of the drug', () => {
      assert.deepEqual(texts('The new drug is rivaroxaban (riv-ah-ROCKS-ah-ban), sold as Xarelto.'), ['rivaroxaban', 'Xarelto']);
      assert.deepEqual(texts('Patients got ciltacabtagene autoleucel (cilta-cel).'), ['ciltacabtagene autoleucel', 'cilta-cel']);
    });

    it('reads "(marketed as A, B, and C)" lists', () => {
      const text = 'It was tested with riluzole (marketed as Rilutek, Tiglutik, and Exservan) in a trial.';
      assert.deepEqual(texts(text), ['riluzole', 'Rilutek', 'Tiglutik', 'Exservan']);
      assert.equal(generics(text).Tiglutik, 'riluzole');
    });

    it('takes the generic of a code from the text, combinations joined by +', () => {
      const text = 'A combination of sodium phenylbutyrate and taurursodiol (AMX0035) is under review.';
      assert.equal(generics(text).AMX0035, 'sodium phenylbutyrate+taurursodiol');
      assert.equal(generics('Ionis is developing ulefnersen (ION363) for ALS.').ION363, 'ulefnersen');
      assert.equal(generics('Cabozantinib, also known as XL184, is a pill.').XL184, 'cabozantinib');
      assert.equal(generics('The drug, known as XL184, is a pill.').XL184, undefined);
    });

    it('does not make a company in parentheses a drug', () => {
      assert.deepEqual(texts('Arexvy (GSK) and Abrysvo (Pfizer) were approved.'), ['Arexvy', 'Abrysvo']);
    });

    it('drops the FDA suffix from a stated generic', () => {
      assert.equal(generics('Beyfortus (nirsevimab-alip) is an antibody.').Beyfortus, 'nirsevimab');
    });
  });

  describe('context cues and document-level learning', () => {
    it('learns a name from a cue and promotes its other mentions', () => {
      const text = 'Zentivor Gains Ground\n\nThe company said the drug Zentivor slowed decline.\n\nZentivor was well tolerated.';
      const facts = drugs(text);
      assert.deepEqual(facts.map((f) => f.text), ['Zentivor', 'Zentivor', 'Zentivor']);
      assert.ok(facts.every((f) => f.value === 'zentivor'));
    });

    it('reads "X, an antisense oligonucleotide" and "X is a gene therapy"', () => {
      assert.deepEqual(texts('Quorvaxa, an antisense oligonucleotide, lowers the protein.'), ['Quorvaxa']);
      assert.deepEqual(texts('They say Brivanta is a gene therapy.'), ['Brivanta']);
      assert.deepEqual(texts('Quorvaxa lowers the protein.'), []);
      assert.deepEqual(texts('However, a drug may help.'), []);
    });

    it('spreads a stated generic to every mention', () => {
      const text = 'Doctors used NeuroNata-R (lenzumestrocel) first.\n\nNeuroNata-R helped.';
      const facts = drugs(text).filter((f) => f.value === 'neuronata-r');
      assert.equal(facts.length, 2);
      assert.ok(facts.every((f) => f.generic === 'lenzumestrocel'));
    });

    it('does not take people, organizations, trials or classes from cues', () => {
      assert.deepEqual(texts('Yin Cao, an instructor in the Medicine unit, led it.'), []);
      assert.deepEqual(texts('Biogen, a biotech company, makes a drug.'), []);
      assert.deepEqual(texts('This study, called ALSummit, is enrolling.'), []);
      assert.deepEqual(texts('People taking GLP-1 drugs lost weight.'), []);
      assert.deepEqual(texts('Patients treated with CBT improved.'), []);
      assert.deepEqual(texts('Take a dose of Zorna Made Milk Thistle; the drug Zorblat XR helped.'), ['Zorblat']);
    });

    it('takes an abbreviation after the noun of one product, and its later mentions', () => {
      assert.deepEqual(texts('They gave a cancer vaccine called ZVAX with it. ZVAX was safe.'), ['ZVAX', 'ZVAX']);
      assert.deepEqual(texts('Users of the drug QDMA reported calm.'), ['QDMA']);
      assert.deepEqual(texts('Patients got a therapy called CBT, or drugs known as NSAIDs.'), []);
      assert.deepEqual(texts('Levels of this compound, called NAD, fell.'), []);
    });
  });

    it('asks the English model only where a person or company reading is open', () => {
      // A model that calls every word ordinary and notes what it was asked.
      const asked: string[] = [];
      const everyWordOrdinary = createDrugScanner(loadLexicon(), (_sentence, word) => {
        asked.push(word);
        return true;
      });
      const scan = (text: string) => everyWordOrdinary.scan(text).facts.map((f) => f.text);
      // A lone name right after a drug cue, in parentheses with a generic, or marked ™: a product name, no question.
      assert.deepEqual(scan('Patients treated with Zorbaline improved, and the drug Caldering helped.'), ['Zorbaline', 'Caldering']);
      assert.deepEqual(scan('They took naproxen (Velmora) daily, and Sorvexa™ eased pain in the drug study.'), ['naproxen', 'Velmora', 'Sorvexa']);
      assert.deepEqual(asked, []);
      // A lone name before a description reads as a product's too: the model would have only the word to go on.
      assert.deepEqual(scan('Trelwin, an experimental drug, helped.'), ['Trelwin']);
      assert.deepEqual(asked, []);
      // A capitalized word beside the name opens a person's or a company's reading: the model is asked,
      assert.deepEqual(scan('Westbrook Trelwin, a drug policy expert, said so.'), []);
      assert.deepEqual(scan('Patients treated with Corvan Beltis improved.'), []);
      assert.deepEqual(asked, ['Trelwin', 'Corvan']);
      // but not after a first name: the name is a surname.
      assert.deepEqual(scan('Paul Zelbrin, a drug policy expert, said so.'), []);
      assert.deepEqual(asked, ['Trelwin', 'Corvan']);
    });

  describe('the example article (own text in its style)', () => {
    const text = [
      'Phase 3 Trial of Stem Cell Therapy NeuroNata-R Enrolling in Korea',
      'A trial is testing NeuroNata-R (lenzumestrocel), a stem cell therapy made by Corestem.',
      'It was tested as an add-on to riluzole (marketed as Rilutek, Tiglutik, and Exservan).',
      'Patients received a placebo injection or Neuronata-R; all will also receive riluzole.',
    ].join('\n\n');

    it('finds every drug with its span and value, and nothing else', () => {
      const facts = drugs(text);
      assert.deepEqual(
        facts.map((f) => [f.text, f.value]),
        [
          ['NeuroNata-R', 'neuronata-r'], ['NeuroNata-R', 'neuronata-r'], ['lenzumestrocel', 'lenzumestrocel'],
          ['riluzole', 'riluzole'], ['Rilutek', 'rilutek'], ['Tiglutik', 'tiglutik'], ['Exservan', 'exservan'],
          ['Neuronata-R', 'neuronata-r'], ['riluzole', 'riluzole'],
        ],
      );
      for (const f of facts) assert.equal(f.kind, 'drug');
      const sorted = [...facts].sort((a, b) => a.start - b.start);
      assert.deepEqual(facts, sorted);
    });
  });

  describe('finishDrugs', () => {
    it('drops overlapping and duplicate mentions', () => {
      const f = (start: number, end: number, value: string): Fact => ({ kind: 'drug', text: value, start, end, value });
      const out = finishDrugs([
        { facts: [f(0, 10, 'a b'), f(0, 10, 'a b'), f(4, 8, 'b')], candidates: [f(20, 25, 'zed'), f(30, 33, 'unk')], learned: [], generics: [], notDrugs: [] },
        { facts: [], candidates: [], learned: ['zed'], generics: [['zed', 'zedamab']], notDrugs: [] },
      ]);
      assert.deepEqual(out.map((x) => [x.start, x.value, x.generic]), [[0, 'a b', undefined], [20, 'zed', 'zedamab']]);
    });

    it('drops names another paragraph showed to be devices, unless the text pairs them with a drug', () => {
      const f = (start: number, value: string): Fact => ({ kind: 'drug', text: value, start, end: start + value.length, value });
      const out = finishDrugs([
        { facts: [f(0, 'zapsys'), f(10, 'rif')], candidates: [], learned: [], generics: [['rif', 'rifampin']], notDrugs: [] },
        { facts: [], candidates: [], learned: [], generics: [], notDrugs: ['zapsys', 'rif'] },
      ]);
      assert.deepEqual(out.map((x) => x.value), ['rif']);
    });
  });

  describe('a brand and its generic with a strength', () => {
    it('pairs "Brand™ (generic, 0.09% solution)" and ends the list at the strength', () => {
      assert.deepEqual(generics('Cequa™ (cyclosporine, 0.09% ophthalmic solution) is approved.'), { Cequa: 'cyclosporine', cyclosporine: undefined });
      assert.deepEqual(texts('Foo (Bar, 3 patients) was seen.'), []);
    });
  });

  describe('generics of development codes stated beside them', () => {
    it('takes the generic from an appositive or a route-led parenthesis', () => {
      assert.deepEqual(generics('CAM2038, a weekly buprenorphine depot, was approved.'), { CAM2038: 'buprenorphine', buprenorphine: undefined });
      assert.deepEqual(generics('ORMD-0901 (oral exenatide) failed.'), { 'ORMD-0901': 'exenatide', exenatide: undefined });
    });

    it('does not cross into an organization or another clause', () => {
      assert.equal(generics('AMG133, a company in Boston with riluzole.').AMG133, undefined);
    });

    it('takes "generic, or ABBR," as another name of the generic, in the other paragraphs too', () => {
      const facts = drugs('Naltrexone, or NTX, blocks opioid receptors.\n\nPatients on NTX drank less.');
      assert.deepEqual(facts.map((f) => [f.text, f.generic]), [['Naltrexone', undefined], ['NTX', 'naltrexone'], ['NTX', 'naltrexone']]);
      // A class, another drug, or an abbreviation with no comma after it is no alias.
      assert.deepEqual(texts('Take aspirin, or NSAIDs, for pain; or naproxen, or ibuprofen; or aspirin, or ASA therapy.'), ['aspirin', 'naproxen', 'ibuprofen', 'aspirin']);
      // A hyphenated abbreviation, and a dash after it.
      const tvec = drugs('Amgen bought the rights to talimogene laherparepvec, or T-VEC — in a deal worth $1 billion.');
      assert.deepEqual(tvec.map((f) => [f.text, f.generic]), [['talimogene laherparepvec', undefined], ['T-VEC', 'talimogene laherparepvec']]);
    });

    it('takes "generic or ABBR," without the comma only when the abbreviation spells the generic', () => {
      const facts = drugs('They found a drug, pentoxifylline or PTX, that helps.\n\nPTX worked.');
      assert.deepEqual(facts.map((f) => [f.text, f.generic]), [['pentoxifylline', undefined], ['PTX', 'pentoxifylline'], ['PTX', 'pentoxifylline']]);
      assert.deepEqual(texts('Patients took aspirin or NSAID, as told.'), ['aspirin']);
    });

    it('takes a name after a kind of drug, or described as one', () => {
      assert.deepEqual(texts('Zorbactin is a new antibiotic; the antidepressant Quelvane helped.'), ['Zorbactin', 'Quelvane']);
    });

    it('takes a name a drug is marketed under, not a test\'s', () => {
      const text = 'Spironolactone, marketed under the name aldactone, is approved to treat heart failure.';
      assert.deepEqual(texts(text), ['Spironolactone', 'aldactone']);
      assert.equal(generics(text).aldactone, 'spironolactone');
      assert.deepEqual(texts('The tests are marketed under the name Zorbcheck and are made by a lab.'), []);
    });

    it('reads no drug before "-class"', () => {
      assert.deepEqual(texts('Tetracycline-class antibiotics and doxycycline-treated mice.'), ['doxycycline']);
    });

    it('takes a name its maker is said to make, not the last word of a longer name', () => {
      assert.deepEqual(texts('A panel will review Zorblat, made by Vivus, next week.'), ['Zorblat']);
      assert.deepEqual(texts('The Fracture Risk Assessment Zorgtool, developed by the WHO, helps.'), []);
    });

    it('takes a code that a blocker is called', () => {
      assert.deepEqual(texts('Rats got an orexin blocker called QRA-17, and those given QRA-17 slept.'), ['QRA-17', 'QRA-17']);
    });

    it('reads two generics joined by a hyphen as two drugs', () => {
      assert.deepEqual(texts('Pain fell with naproxen-acetaminophen and with dextromethorphan-quinidine.'), ['naproxen', 'acetaminophen', 'dextromethorphan', 'quinidine']);
      assert.deepEqual(texts('Riluzole-treated mice and naproxen-resistant pain.'), ['Riluzole', 'naproxen']);
      // After a class the stop list names, the generic alone; another first part may be the name's own.
      assert.deepEqual(texts('Opioid-acetaminophen pills did no better; nab-paclitaxel was given.'), ['acetaminophen', 'nab-paclitaxel']);
    });

    it('reads no drug in a chemical name whose first part is a generic before a locant ("acetyl-L-carnitine")', () => {
      assert.deepEqual(texts('Levels of acetyl-L-carnitine were low; riluzole-treated mice did better.'), ['riluzole']);
    });

    it('gives a lexicon brand named after its generic the text\'s form of it, salt word included', () => {
      assert.equal(generics('Patients took lisdexamfetamine dimesylate, sold under the brand name Vyvanse.').Vyvanse, 'lisdexamfetamine dimesylate');
      assert.equal(generics('Unlike aspirin, the new drug is sold under the brand name Xarelto.').Xarelto, 'rivaroxaban');
    });

    it('takes a brand before a hyphen and a lower-case word ("Tamiflu-resistant"), written as the lexicon writes it', () => {
      const text = 'It works on Tamiflu-resistant strains and in Lucentis-treated eyes, not in tamiflu-resistant ones.';
      assert.deepEqual(texts(text), ['Tamiflu', 'Lucentis']);
      assert.equal(generics(text).Tamiflu, 'oseltamivir');
    });

    it('takes a name after a kind of drug and "such as" ("decongestants, such as Zorvex"), not after other nouns', () => {
      assert.deepEqual(texts('Decongestants, such as Zorvex, and pain relievers such as Kalmin raise blood pressure.'), ['Zorvex', 'Kalmin']);
      assert.deepEqual(texts('Companies such as Zorvex and cities such as Kalmin grew.'), []);
    });

    it('takes a name the text spells out as a generic ("X stands for Y", "X, short for Y"), in the whole document', () => {
      const text = 'The trial tested QRX against placebo.\n\nQRX stands for quetiapine, an antipsychotic. MTX, short for methotrexate, was not used.';
      assert.deepEqual(texts(text), ['QRX', 'QRX', 'quetiapine', 'MTX', 'methotrexate']);
      assert.equal(generics(text).QRX, 'quetiapine');
      assert.equal(generics(text).MTX, 'methotrexate');
      assert.deepEqual(texts('FDA stands for Food and Drug Administration.'), []);
    });

    it('takes the generics a formulation or combination is made of, for a code or an unknown name', () => {
      assert.equal(generics('ZX-123, a liposomal formulation of irinotecan, was safe.')['ZX-123'], 'irinotecan');
      const text = 'Zorbimix, its fixed-dose combination of the amylin analog cagrilintide and the GLP-1 agonist semaglutide, helped.';
      assert.deepEqual(texts(text), ['Zorbimix', 'cagrilintide', 'semaglutide']);
      assert.equal(generics(text).Zorbimix, 'cagrilintide+semaglutide');
    });

    it('takes no generic from another molecule or from a list that is not all generics', () => {
      assert.equal(generics('ZX-801, an oral prodrug of tramiprosate, was safe.')['ZX-801'], undefined);
      assert.equal(generics('QX-5, a combination of cagrilintide and insulin, was safe.')['QX-5'], undefined);
      assert.equal(generics('Zorbimix, a novel combination of four drugs, was safe.').Zorbimix, undefined);
    });
  });

  describe('near misses that are not drugs', () => {
    it('reads a new word for its stem or FDA suffix, but not an English word that ends like one', () => {
      assert.deepEqual(texts('A routine online test will determine whether long-term, low-dose zorbitamab-xqvh works.'), ['zorbitamab-xqvh']);
    });

    it('leaves a misspelled stem word to the spelling check, keeps a new one', () => {
      assert.deepEqual(texts('Patients got ipilumumab and later ipilimumab.'), ['ipilimumab']);
      assert.deepEqual(texts('Men got trptorelin, then rivaroxiban.'), []);
      assert.deepEqual(texts('Patients got zorbitamab.'), ['zorbitamab']);
    });

    it('takes no everyday English word for a name to settle, though compromise does not know it', () => {
      const scan = scanner.scan('Currently, the Department of Medicine at Harvard University tests Zorblat.');
      assert.deepEqual(
        scan.candidates.map((f) => f.text).filter((t) => ['Currently', 'Department', 'Medicine', 'University', 'Zorblat'].includes(t)),
        ['Zorblat'],
      );
    });

    it("does not take a drug's target or a laboratory toxin for a drug", () => {
      assert.deepEqual(texts('Pradaxa inhibits thrombin, an enzyme in clot formation.'), ['Pradaxa']);
      assert.deepEqual(texts('Surgeons applied thrombin to the wound.'), ['thrombin']);
      assert.deepEqual(texts('They induced seizures in rats by injecting kainic acid.'), []);
    });

    it('does not take a conference abstract number for a code', () => {
      assert.deepEqual(texts('Data were shown in abstract CT017 and (Abstract LBA10), beside AMG133.'), ['AMG133']);
      assert.deepEqual(texts('Abstract Number: SAT0150. The drug AMG133 was safe.'), ['AMG133']);
    });
  });

  describe('integer pre-tests (they may let a word through, never hold a name back)', () => {
    it('tokenizes into offsets, shapes and hashes of the lower-case word', () => {
      const text = 'Ozempic, mRNA-1273 and 13.2mg of NeuroNata-R.';
      const toks = new Tokens();
      toks.read(text);
      const words = Array.from({ length: toks.count }, (_, i) => text.slice(toks.start[i], toks.end[i]));
      assert.deepEqual(words, ['Ozempic', 'mRNA-1273', 'and', '13.2', 'mg', 'of', 'NeuroNata-R']);
      assert.deepEqual(Array.from(toks.shape.subarray(0, toks.count)), [
        FIRST_UPPER, INNER_UPPER | HYPHEN | DIGIT, 0, FIRST_DIGIT | DIGIT, 0, 0, FIRST_UPPER | INNER_UPPER | HYPHEN,
      ]);
      words.forEach((w, i) => assert.equal(toks.hash[i], hashWord(w.toLowerCase()), w));
      assert.equal(hashRange(text, 19, 22), hashWord('and'), 'a range of the text hashes as its word');
      // A dot joins digits only: a footnote number after a name is a word of its own.
      toks.read('Entresto.1 and ACI-24.060');
      assert.deepEqual(Array.from({ length: toks.count }, (_, i) => 'Entresto.1 and ACI-24.060'.slice(toks.start[i], toks.end[i])), ['Entresto', '1', 'and', 'ACI-24.060']);
    });

    it('gives UTF-16 offsets after non-ASCII characters of every UTF-8 length', () => {
      // 2-, 3- and 4-byte characters, a lone surrogate (encoded as U+FFFD) and a non-breaking space.
      const text = 'Café “Rilutek” — 😀 riluzole\ud800 naïve\u00a0AMX0035 ✓ end';
      const toks = new Tokens();
      toks.read(text);
      const words = Array.from({ length: toks.count }, (_, i) => text.slice(toks.start[i], toks.end[i]));
      assert.deepEqual(words, ['Caf', 'Rilutek', 'riluzole', 'na', 've', 'AMX0035', 'end']);
      words.forEach((w, i) => assert.equal(toks.hash[i], hashWord(w.toLowerCase()), w));
    });

    it('keeps every added word in a word filter and lets few others through', () => {
      const added = Array.from({ length: 2000 }, (_, n) => `name${n}x`);
      const filter = new WordFilter(added);
      for (const w of added) assert.ok(filter.has(hashWord(w)), w);
      const others = Array.from({ length: 20000 }, (_, n) => `other${n}`).filter((w) => filter.has(hashWord(w)));
      assert.ok(others.length < 200, `${others.length} false hits`);
    });

    it('lets every lexicon first word and every stem word through', () => {
      const endsInStem = (w: string) => bytesEndInStem(new TextEncoder().encode(w), w.length);
      const lexicon = loadLexicon();
      for (const name of ['riluzole', 'sodium', 'Keytruda', 'trastuzumab', 'insulin glargine']) {
        assert.ok(lexicon.mayStart(hashWord(name.toLowerCase().split(' ')[0])), name);
      }
      for (const w of ['tofersen', 'zilebesiran', 'lecanemab', 'Ulefnersen', 'obecabtagene', 'cilta-cel', 'tirzepatide']) {
        if (hasDrugStem(w.toLowerCase(), w.toLowerCase())) assert.ok(endsInStem(w), w);
      }
      assert.ok(!endsInStem('medicine') && !endsInStem('vaccine'), 'common -ine words stop');
    });

    it('marks every word that starts a lexicon name as it reads them, and a scanner reads again words read without its marks', () => {
      const lexicon = loadLexicon().withExtra({ Zorvexa: 'zorvemab' });
      const firstWords = ['riluzole', 'sodium', 'keytruda', 'insulin', 'zorvexa', ...lexicon.genericsEndingWith('mab').slice(0, 300)];
      const text = firstWords.join(' ');
      const toks = new Tokens(lexicon.firstWords).read(text);
      assert.equal(toks.count, firstWords.length);
      for (let i = 0; i < toks.count; i++) assert.ok((toks.shape[i] & MAY_START) !== 0, firstWords[i]);
      const unmarked = new Tokens().read('Zorvexa and Keytruda.');
      assert.equal(unmarked.shape[0] & MAY_START, 0);
      const scan = createDrugScanner(lexicon).scan('Zorvexa and Keytruda.', unmarked);
      assert.deepEqual(scan.facts.map((f) => f.text), ['Zorvexa', 'Keytruda']);
    });

    it('keeps an exact set of word hashes', () => {
      const words = Array.from({ length: 3000 }, (_, n) => `word${n}`);
      const set = new WordHashSet(words.map(hashWord));
      for (const w of words) assert.ok(set.has(hashWord(w)), w);
      assert.equal(Array.from({ length: 20000 }, (_, n) => `other${n}`).filter((w) => set.has(hashWord(w))).length, 0);
    });

    it('remembers answers per word in any case, and a colliding word gets its own answer', () => {
      let calls = 0;
      const memo = new WordMemo((lower) => (calls++, lower.startsWith('s')));
      const text = 'Smith SMITH Jones smith';
      const bytes = new TextEncoder().encode(text);
      const at = (from: number, to: number, hash = hashWord(text.slice(from, to).toLowerCase())) => memo.get(bytes, from, to - from, hash, text, from);
      assert.equal(at(0, 5), true);
      assert.equal(at(6, 11), true);
      assert.equal(at(18, 23), true);
      assert.equal(calls, 1, 'decided once for all spellings');
      // Same hash slot, different word: the memo checks the letters, not only the hash.
      assert.equal(at(12, 17, hashWord('smith')), false);
      assert.equal(calls, 2);
      // A word too long to keep is decided each time, and still right.
      const long = 'S'.repeat(40);
      const longBytes = new TextEncoder().encode(long);
      assert.equal(memo.get(longBytes, 0, 40, hashWord(long.toLowerCase()), long, 0), true);
      assert.equal(memo.get(longBytes, 0, 40, hashWord(long.toLowerCase()), long, 0), true);
      assert.equal(calls, 4);
    });
  });
});

