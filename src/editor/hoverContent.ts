import type { Analysis, Fact } from '../core/facts';
import { ageBetween } from './dateAge';
import { distinct, mentionsOf, phasesOfTrial, trialsOfPhase } from './factQueries';
import { describePhase } from './phaseWords';
import { commandLink, studyUrl } from './registryUrls';

/** What a hover needs besides the fact: the document's text, its analysis and line numbers. */
export interface HoverContext {
  text: string;
  analysis: Analysis;
  /** 1-based line number of an offset. */
  lineOf(offset: number): number;
  /** Today, ISO; the reference for date ages when the article has no date of its own. */
  today: string;
}

export const SEARCH_TRIALS_COMMAND = 'medfacts.searchTrials';

const KIND_LABEL: Record<Fact['kind'], string> = { drug: 'Drug', nct: 'Trial ID', phase: 'Trial phase', date: 'Date' };

/** Markdown for a hover on one fact. Pure: no vscode. */
export function hoverMarkdown(fact: Fact, ctx: HoverContext): string {
  const head = `**MedFacts · ${KIND_LABEL[fact.kind]}** \`${escapeCode(fact.value)}\``;
  const body = BODY[fact.kind](fact, ctx);
  return [head, ...body].join('\n\n');
}

const BODY: Record<Fact['kind'], (fact: Fact, ctx: HoverContext) => string[]> = {
  drug(fact, ctx) {
    const out: string[] = [];
    const { facts } = ctx.analysis;
    if (fact.generic && fact.generic !== fact.value) out.push(`Brand or code name of **${fact.generic}**`);
    const brands = distinct(facts.filter((f) => f.kind === 'drug' && f.generic === fact.value && f.value !== fact.value).map((f) => f.text));
    if (brands.length) out.push(`Generic name; also written here as ${brands.map((b) => `**${b}**`).join(', ')}`);
    out.push(mentionLine(mentionsOf(facts, fact), ctx));
    out.push(commandLink(`Search ClinicalTrials.gov for trials of ${fact.generic ?? fact.text}`, SEARCH_TRIALS_COMMAND, [fact.generic ?? fact.value]));
    return out;
  },
  nct(fact, ctx) {
    const out = [`[Open ${fact.value} on ClinicalTrials.gov](${studyUrl(fact.value)})`];
    const mentions = mentionsOf(ctx.analysis.facts, fact);
    out.push(mentionLine(mentions, ctx));
    const phases = phasesOfTrial(ctx.text, ctx.analysis.facts, fact.value);
    const values = distinct(phases.map((p) => p.phase.value));
    if (values.length === 1) out.push(`The article gives it **Phase ${values[0]}** (line ${lines(phases.map((p) => p.phase), ctx)})`);
    else if (values.length > 1)
      out.push(`⚠ The article gives it different phases: ${values.map((v) => `**Phase ${v}** (line ${lines(phases.filter((p) => p.phase.value === v).map((p) => p.phase), ctx)})`).join(', ')}`);
    else out.push('The article gives no phase for it.');
    return out;
  },
  phase(fact, ctx) {
    const out = [describePhase(fact.value) ?? `Phase ${fact.value}`];
    for (const id of trialsOfPhase(ctx.text, ctx.analysis.facts, fact)) {
      const others = phasesOfTrial(ctx.text, ctx.analysis.facts, id).filter((p) => p.phase.value !== fact.value);
      if (others.length)
        out.push(`⚠ ${id} is also given ${distinct(others.map((o) => `**Phase ${o.phase.value}**`)).join(', ')} (line ${lines(others.map((o) => o.phase), ctx)})`);
      else out.push(`For trial ${id}`);
    }
    return out;
  },
  date(fact, ctx) {
    const out: string[] = [];
    const resolved = fact.resolved && fact.resolved !== fact.value ? fact.resolved : undefined;
    if (resolved) out.push(`Stands for **${resolved}**`);
    const own = ctx.analysis.documentDate;
    const reference = own?.value ?? ctx.today;
    const age = ageBetween(resolved ?? fact.value, reference);
    if (age) out.push(`${capitalize(age)} ${own ? "this article's date" : 'today'} (${reference})`);
    else if (!resolved && !/^\d/.test(fact.value)) out.push('Cannot be placed on the calendar: the article has no date of its own.');
    return out;
  },
};

function mentionLine(mentions: readonly Fact[], ctx: HoverContext): string {
  const n = mentions.length;
  return `${n} mention${n === 1 ? '' : 's'} in this document (line ${lines(mentions, ctx)})`;
}

function lines(facts: readonly Fact[], ctx: HoverContext): string {
  const nums = distinct(facts.map((f) => String(ctx.lineOf(f.start))));
  const shown = nums.slice(0, 12).join(', ');
  return nums.length > 12 ? `${shown}, …` : shown;
}

function capitalize(s: string): string {
  return s.charAt(0).toUpperCase() + s.slice(1);
}

function escapeCode(s: string): string {
  return s.replace(/`/g, "'");
}
