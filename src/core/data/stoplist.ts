/**
 * Names that are never drug facts, lower case, comma-separated, in one list: lexicon entries that
 * are ordinary words or non-drug substances, classes and modalities, companies, microbes,
 * gene/protein and other letter+digit names that look like development codes, and brands that are
 * person names.
 * The lexicon drops these names and the scanner never accepts them by a rule.
 */
const NAMES = `
today, amen, dial, muse, thrive, triad, sonata, heather, nikki, nikita, ella, tao, sulla, allay, emend, versed, petersen, andersen,
plan b, vitamin d, balanced salt, broncho saline, cambia, cold capsule iv, cold capsule v, her style, intermezzo,
ivy block, nix, rid mousse, sojourn, quartette, hms, acth, adrenalin, irrigating solution g, focus,
oxygen, nitrogen, helium, kainic acid, water, sterile water, purified water, medical air, alcohol, dextrose, caffeine,
sugar, invert sugar, glucose, fructose, sucrose, salt, sodium, potassium, calcium, magnesium, iron, zinc, copper,
selenium, manganese, gallium, sulfur, talc, urea, cellulose, glycerin, menthol, carbon dioxide, hydrogen peroxide,
citric acid, lactic acid, phosphoric acid, amino acids, fish oil, olive oil, safflower oil, soybean oil,
sodium chloride, potassium chloride, calcium carbonate, titanium dioxide, zinc oxide, albumin, albumin human,
histamine, cholesterol, niacin, riboflavin, thiamine, vitamin a, vitamin e, vitamin k, vitamin c, protein,
barium sulfate, white petrolatum, medium chain triglycerides, cortisol, serotonin, insulin, homocysteine, creatinine,
calcitonin gene-related peptide, igg, iga, igm, ige, igd, tyrosine, glutamine, glycine, arginine, lysine, leucine, isoleucine, valine, serine, cysteine, tryptophan,
methionine, alanine, proline, histidine, threonine, phenylalanine, asparagine, glutamate, kinase,
placebo, chemotherapy, immunotherapy, nasa, reiki, tai chi, chi, factor, fibronectin, radiotherapy, statin, statins, antibiotic, antibiotics, vaccine, vaccines,
opioid, opioids, steroid, steroids, antidepressant, antidepressants, antiviral, antivirals, biologic, biologics,
biosimilar, biosimilars, insulins,
pfizer, moderna, biogen, novartis, roche, genentech, merck, amgen, gilead, abbvie, sanofi, astrazeneca, bayer,
lilly, eisai, takeda, novavax, janssen, regeneron, vertex, alnylam, ionis, sarepta, amylyx, corestem, brainstorm,
bristol squibb, bristol-myers, glaxosmithkline, gsk, novo nordisk, teva, mylan, viatris, allergan, celgene, alexion, biontech,
cytokinetics, neuralstem, clene, medicinova, ferrer, mitsubishi tanabe, otsuka, daiichi sankyo, astellas,
boehringer ingelheim, ipsen, servier, lundbeck, ucb, grifols, csl, seqirus, valneva, bavarian nordic, abbott,
medtronic, johnson, baxter, stryker, illumina, incyte, seagen, biomarin, jazz, horizon, neurocrine, acadia,
intercept, ultragenyx, bluebird, samsung, celltrion, sandoz, hikma, cipla, lupin, sun, dr reddy's,
escherichia coli, bacillus subtilis, pseudomonas aeruginosa, clostridium botulinum, candida albicans,
listeria monocytogenes, aspergillus fumigatus, cystic fibrosis transmembrane conductance regulator,
sod1, tdp-43, c9orf72, apoe4, apoe, her2, brca1, brca2, kras, tp53, egfr, alk, ros1, met, ret, ntrk, pd-1, pd-l1, ctla-4,
il-6, il-17, il-23, cd19, cd20, cd38, bcma, hla-b27, cyp3a4, cyp2d6, tmem106b, ace2, fus, tau,
nitric oxide, fecal microbiota, acetylcholine, corticosterone, angiotensin, angiotensin ii, prothrombin,
parathyroid hormone, inulin, polydextrose, xylitol, sorbitol, propylene glycol, dextran, cerium, gadolinium,
choline, uridine, epicatechin, epigallocatechin, isoflavone, quercetin, capsicum, lactoferrin, pseudomonas,
lactobacillus, bifidobacterium, thimerosal, cinnamaldehyde, ursolic acid, alpha-linolenic acid,
omega-3 fatty acids, ascorbic acid, folic acid, nicotinamide, hyaluronic acid,
injection, auto-injector, x-ray, x-rays, ghrelin, leptin, hypnosis, british, american, therapeutics, pharmaceuticals, pharma, sciences, biosciences, health, surgery,
neurology, urology, institute, society, congress, program, radiation, cancer, fda, fda-approved,
glp-1, glp1, gip, sglt2, sglt-2, dpp-4, pcsk9, gprc5d, ttr, trop2, her3, cd3, il-4, il-13, jak, tnf, ctla4, lrrk2, gba,
rsv, car-t, adc, adcs, mrna, sirna, aso, asos,
covid-19, covid, sars-cov-2, h1n1, h5n1, h3n2, hiv-1, hiv-2, hpv, t2d, a1c, hba1c, n95, kn95, b12, 5g, 4g, pm2, ps5
`;

/** Lower-case names (single words or phrases) that are never drugs. */
export const STOPLIST: ReadonlySet<string> = new Set(
  NAMES.split(',')
    .map((n) => n.trim())
    .filter((n) => n !== ''),
);
