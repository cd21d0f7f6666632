// The Markdown report: a write-up an organiser can send as it is, in the voice of a conference summary,
// with the numbers, charts, quotes and appendix tables behind it. A pure function of the Analysis.
// Each section is a module of its own in this folder, over the shared Context.
import type { Analysis } from '../../model.js';
import { escapeMarkdown } from '../markdown-escape.js';
import { appendix } from './appendix.js';
import { background } from './background.js';
import { contextOf } from './context.js';
import { findingsSection } from './findings.js';
import { groupSection } from './groups.js';
import { methodSection } from './method.js';
import { themesSection } from './themes.js';
import { whatStudentsSaid } from './what-students-said.js';

export { leadingWithTies } from './ranking.js';

/**
 * The Markdown report for an analysis: title, Background, What students said (per question and the
 * focus groups, with quotes), Themes (ranked, with a Mermaid chart and quotes), Interesting findings
 * (with group comparison charts), one section per `--by` attribute, Method and an Appendix of tables.
 *
 * Pure and deterministic: the same analysis always gives the same text, with no dates or paths. It
 * never prints a participant's name or speaker label, nor a count the small-cell rule hides. `alone`:
 * the report is printed on its own (`--format md`), with no analysis.json beside it to list the warnings.
 */
export function writeMarkdownReport(analysis: Analysis, alone = false): string {
  const ctx = { ...contextOf(analysis), alone };
  const sections = [
    `# ${escapeMarkdown(analysis.title)}`,
    background(ctx),
    whatStudentsSaid(ctx),
    themesSection(ctx),
    findingsSection(ctx),
    ...analysis.settings.by.map((a) => groupSection(ctx, a)),
    methodSection(ctx),
    appendix(ctx),
  ];
  return `${sections.filter((s) => s !== '').join('\n\n')}\n`;
}
