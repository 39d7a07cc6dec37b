/** Addresses on ClinicalTrials.gov; only NCT IDs and drug names the user asks about leave the machine. */

export function studyUrl(nct: string): string {
  return `https://clinicaltrials.gov/study/${encodeURIComponent(nct.toUpperCase())}`;
}

export function drugSearchUrl(name: string): string {
  return `https://clinicaltrials.gov/search?intr=${encodeURIComponent(name)}`;
}

/** A markdown link that runs a command with JSON arguments (the hover must trust that command). */
export function commandLink(label: string, command: string, args: unknown[]): string {
  return `[${label}](command:${command}?${encodeURIComponent(JSON.stringify(args))})`;
}
