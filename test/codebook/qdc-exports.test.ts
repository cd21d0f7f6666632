// REFI-QDA codebooks as the tools export them: MAXQDA (with a BOM, empty descriptions, sub-codes of
// different parents sharing a name), NVivo codes with no descriptions named with punctuation and
// outline numbers, and ATLAS.ti's 'GROUP: name' convention with code groups as <Sets>.
import { describe, expect, it } from 'vitest';
import path from 'node:path';
import { writeFileSync } from 'node:fs';
import { reflect, tempDir } from '../cli/helpers.js';
import { loadCodebook } from '../../src/codebook/load.js';
import { compileCodebook } from '../../src/codebook/compile.js';
import { tagText } from '../../src/analyses/tagging.js';
import type { Codebook } from '../../src/model.js';
import { ConfigError, problemsOf } from '../../src/util/errors.js';

const dir = path.resolve(import.meta.dirname, '../../fixtures/codebook/qdc-exports');

const summary = (book: Codebook) => book.themes.map((t) => [t.id, t.label, t.parent ?? '', t.patterns.map((p) => `${p.kind}:${p.value}`).join(' | ')]);

function themesOf(book: Codebook, texts: string[]): string[][] {
  const compiled = compileCodebook(book, { expansions: false, matcher: 'lemma' });
  return texts.map((text) => tagText(text, compiled).map((c) => c.themeId));
}

describe('REFI-QDA codebooks from QDA tools', () => {
  it('MAXQDA: same-named sub-codes of different parents become distinct themes', async () => {
    const book = await loadCodebook(path.join(dir, 'maxqda.qdc'));
    expect(summary(book)).toEqual([
      ['teachers', 'Teachers', '', ''],
      ['teachers-positive', 'Positive (Teachers)', 'teachers', 'word:caring | word:helpful | phrase:know us'],
      ['teachers-negative', 'Negative (Teachers)', 'teachers', 'word:unfair | word:strict'],
      ['peers', 'Peers', '', ''],
      ['peers-positive', 'Positive (Peers)', 'peers', 'word:friends | word:kind'],
      ['peers-negative', 'Negative (Peers)', 'peers', 'word:bully | word:mean | phrase:left out'],
    ]);
    expect(themesOf(book, ['my teachers know us well', 'I was left out at lunch'])).toEqual([
      ['teachers', 'teachers-positive'],
      ['peers', 'peers-negative'],
    ]);
  });

  it("NVivo: a code named 'Stress and anxiety' is matched by stress and by anxiety, not by the phrase", async () => {
    const book = await loadCodebook(path.join(dir, 'nvivo-names-with-and.qdc'));
    expect(summary(book)).toEqual([
      ['stress-and-anxiety', 'Stress and anxiety', '', 'phrase:Stress | phrase:anxiety'],
      ['peers-and-or-friends', 'Peers and/or friends', '', 'phrase:Peers | phrase:friends'],
      ['health-and-safety', 'Health and safety', '', 'phrase:Health | phrase:safety'],
      ['timetables-scheduling', 'Timetables/scheduling', '', 'phrase:Timetables | phrase:scheduling'],
      ['funding-resources', 'Funding & resources', '', 'phrase:Funding | phrase:resources'],
    ]);
    // before, 'I have anxiety' and 'the stress is a lot' carried no theme: the name was one phrase
    expect(themesOf(book, ['I have anxiety', 'the stress is a lot', 'our timetable is bad', 'we need more funding', 'my friends help'])).toEqual([
      ['stress-and-anxiety'],
      ['stress-and-anxiety'],
      ['timetables-scheduling'],
      ['funding-resources'],
      ['peers-and-or-friends'],
    ]);
  });

  it('NVivo: a code without description is matched by the things its name lists', async () => {
    const book = await loadCodebook(path.join(dir, 'nvivo-no-descriptions.qdc'));
    expect(summary(book)).toEqual([
      ['mental-health-stress-anxiety', 'Mental health (stress, anxiety)', '', 'phrase:Mental health | phrase:stress | phrase:anxiety'],
      ['funding-resources', 'Funding / resources', '', 'phrase:Funding | phrase:resources'],
      // the outline number, which changes when the codes are reordered, is no part of the id; the label keeps it
      ['timetables', '1.3 Timetables', '', 'phrase:Timetables'],
    ]);
    expect(themesOf(book, ['exam anxiety is real', 'we need more resources', 'the new timetable'])).toEqual([
      ['mental-health-stress-anxiety'],
      ['funding-resources'],
      ['timetables'],
    ]);
  });

  it("ATLAS.ti: a 'GROUP: name' code is matched by its name, not by the group prefix", async () => {
    const book = await loadCodebook(path.join(dir, 'atlas.qdc'));
    expect(summary(book)).toEqual([
      ['emo-anxiety', 'EMO: Anxiety', '', 'phrase:Anxiety'],
      ['emo-belonging', 'EMO: Belonging', '', 'phrase:Belonging'],
      ['learn-hands-on-projects', 'LEARN: Hands-on projects', '', 'phrase:hands-on | glob:project* | word:build'],
    ]);
    expect(themesOf(book, ['my emotions and my anxiety', 'a sense of belonging', 'we build things'])).toEqual([['emo-anxiety'], ['emo-belonging'], ['learn-hands-on-projects']]);
  });

  it('NVivo: two codes of one name (in different folders) are two themes, the second with -2 and a warning naming both', async () => {
    const dir = tempDir('reflect-qdc-twice-');
    const file = path.join(dir, 'nvivo-folders.qdc');
    writeFileSync(
      file,
      `<?xml version="1.0" encoding="utf-8"?>
<CodeBook origin="NVivo 14" xmlns="urn:QDA-XML:codebook:1.0">
  <Codes>
    <Code guid="a1" name="Support" isCodable="true">
      <Description>Help from adults.
 Keywords: tutor, counsellor</Description>
    </Code>
    <Code guid="a2" name="Workload" isCodable="true" />
    <Code guid="a3" name="Support" isCodable="true">
      <Description>Help from friends.
 Keywords: friends, study group</Description>
    </Code>
    <Code guid="a4" name="Peers" isCodable="true">
      <Code guid="a5" name="Conflict" isCodable="true" />
      <Code guid="a6" name="Conflict" isCodable="true" />
    </Code>
  </Codes>
  <Sets>
    <Set guid="s1" name="Adults"><MemberCode targetGUID="a1"/></Set>
    <Set guid="s2" name="Students"><MemberCode targetGUID="a3"/></Set>
  </Sets>
</CodeBook>
`,
    );
    const book = await loadCodebook(file);
    expect(summary(book)).toEqual([
      ['support', 'Support', '', 'word:tutor | word:counsellor'],
      ['workload', 'Workload', '', 'phrase:Workload'],
      ['support-2', 'Support (2)', '', 'word:friends | phrase:study group'],
      ['peers', 'Peers', '', ''],
      ['peers-conflict', 'Conflict (Peers)', 'peers', 'phrase:Conflict'],
      ['peers-conflict-2', 'Conflict (Peers) (2)', 'peers', 'phrase:Conflict'],
    ]);
    expect(book.warnings).toEqual([
      { file, line: 9, message: "code 'Support' makes the same theme id as code 'Support' at line 4, 'support': it is read as theme 'support-2', labelled 'Support (2)'" },
      { file, line: 15, message: "code 'Conflict' makes the same theme id as code 'Conflict' at line 14, 'peers-conflict': it is read as theme 'peers-conflict-2', labelled 'Conflict (Peers) (2)'" },
    ]);
    expect(themesOf(book, ['my tutor helped', 'my study group helped'])).toEqual([['support'], ['support-2']]);
    // the command keeps going, the warning on stderr and the codebook checked
    const run = reflect(['codebook', 'check', '--codebook', file]);
    expect(run.code).toBe(0);
    expect(run.stderr).toContain("nvivo-folders.qdc:9: code 'Support' makes the same theme id as code 'Support' at line 4, 'support': it is read as theme 'support-2'");
    expect(run.stdout).toContain('support-2');
  });
});

describe('REFI-QDA: codes nested three deep', () => {
  it('are nested themes whose matches roll up to every ancestor, a shared name labelled by the path of codes above it', async () => {
    const dir = tempDir('reflect-qdc-nested-');
    const file = path.join(dir, 'nvivo-nested.qdc');
    writeFileSync(
      file,
      `<?xml version="1.0" encoding="utf-8"?>
<CodeBook origin="NVivo 14" xmlns="urn:QDA-XML:codebook:1.0">
  <Codes>
    <Code guid="a1" name="School climate" isCodable="true">
      <Code guid="a2" name="Belonging" isCodable="true">
        <Description>Feeling part of the school.
Keywords: belong, fit in</Description>
        <Code guid="a3" name="Left out" isCodable="true" />
      </Code>
    </Code>
    <Code guid="b1" name="Teachers" isCodable="true">
      <Code guid="b2" name="Positive" isCodable="true">
        <Code guid="b3" name="Caring" isCodable="true"><Description>Keywords: caring, cares about</Description></Code>
      </Code>
    </Code>
    <Code guid="c1" name="Peers" isCodable="true">
      <Code guid="c2" name="Positive" isCodable="true">
        <Code guid="c3" name="Caring" isCodable="true"><Description>Keywords: look out for</Description></Code>
      </Code>
    </Code>
  </Codes>
</CodeBook>
`,
    );
    const book = await loadCodebook(file);
    expect(summary(book)).toEqual([
      ['school-climate', 'School climate', '', ''],
      ['belonging', 'Belonging', 'school-climate', 'word:belong | phrase:fit in'],
      ['left-out', 'Left out', 'belonging', 'phrase:Left out'],
      ['teachers', 'Teachers', '', ''],
      ['teachers-positive', 'Positive (Teachers)', 'teachers', ''],
      // the path of codes above it, as the QDA tool shows it, not a label inside a label
      ['teachers-positive-caring', 'Caring (Teachers › Positive)', 'teachers-positive', 'word:caring | phrase:cares about'],
      ['peers', 'Peers', '', ''],
      ['peers-positive', 'Positive (Peers)', 'peers', ''],
      ['peers-positive-caring', 'Caring (Peers › Positive)', 'peers-positive', 'phrase:look out for'],
    ]);
    expect(book.themes.find((t) => t.id === 'belonging')!.description).toBe('Feeling part of the school.');
    expect(themesOf(book, ['I was left out at lunch', 'my teacher cares about us', 'friends look out for me'])).toEqual([
      ['school-climate', 'belonging', 'left-out'],
      ['teachers', 'teachers-positive', 'teachers-positive-caring'],
      ['peers', 'peers-positive', 'peers-positive-caring'],
    ]);
  });
});

describe('REFI-QDA: keywords after a sentence of description', () => {
  it('a description that defines the code, then lists its keywords on the same line, gives both', async () => {
    const file = path.join(tempDir('reflect-qdc-keywords-'), 'nvivo.qdc');
    writeFileSync(
      file,
      [
        '<?xml version="1.0" encoding="utf-8"?>',
        '<CodeBook xmlns="urn:QDA-XML:codebook:1.0" origin="NVivo 14">',
        '  <Codes>',
        '    <Code guid="0a1b2c3d-0000-4000-8000-000000000001" name="1. Flexibility" isCodable="true">',
        '      <Description>Control over time and pace. Keywords: flex block, own pace; deadline</Description>',
        '      <Code guid="0a1b2c3d-0000-4000-8000-000000000002" name="1.1 Negotiable deadlines" isCodable="true"/>',
        '    </Code>',
        '    <Code guid="0a1b2c3d-0000-4000-8000-000000000003" name="Exams" isCodable="true">',
        '      <Description>Provincial exams and marks.&#10;Keywords: exam, report card</Description>',
        '    </Code>',
        '    <Code guid="0a1b2c3d-0000-4000-8000-000000000004" name="Choice" isCodable="true">',
        '      <Description>When students choose: keywords are not listed here.</Description>',
        '    </Code>',
        '  </Codes>',
        '</CodeBook>',
      ].join('\n'),
    );
    const book = await loadCodebook(file);
    expect(book.themes.map((t) => [t.id, t.description, t.patterns.map((p) => `${p.kind}:${p.value}`).join(' | ')])).toEqual([
      ['flexibility', 'Control over time and pace.', 'phrase:flex block | phrase:own pace | word:deadline'],
      ['negotiable-deadlines', undefined, 'phrase:Negotiable deadlines'],
      ['exams', 'Provincial exams and marks.', 'word:exam | phrase:report card'],
      ['choice', 'When students choose: keywords are not listed here.', 'phrase:Choice'],
    ]);
    expect(themesOf(book, ['our flex block helps'])).toEqual([['flexibility']]);
  });
});

describe('REFI-QDA: codes numbered in outline', () => {
  it('get ids without their numbers, unique where a number alone told two apart, and labels as written', async () => {
    const file = path.join(tempDir('reflect-qdc-outline-'), 'maxqda-numbered.qdc');
    writeFileSync(
      file,
      `<?xml version="1.0" encoding="utf-8"?>
<CodeBook origin="MAXQDA 2022" xmlns="urn:QDA-XML:codebook:1.0">
  <Codes>
    <Code guid="a1" name="1 Teachers" isCodable="true">
      <Code guid="a2" name="1.1 Positive" isCodable="true"><Description>Keywords: caring</Description></Code>
      <Code guid="a3" name="1.2 Negative" isCodable="true"><Description>Keywords: unfair</Description></Code>
    </Code>
    <Code guid="b1" name="2 Peers" isCodable="true">
      <Code guid="b2" name="2.1 Positive" isCodable="true"><Description>Keywords: friends</Description></Code>
    </Code>
    <Code guid="c1" name="3. Other" isCodable="true"><Description>Keywords: misc</Description></Code>
    <Code guid="c2" name="4. Other" isCodable="true"><Description>Keywords: else</Description></Code>
    <Code guid="d1" name="A) Workload" isCodable="true" />
    <Code guid="e1" name="3D printing" isCodable="true" />
  </Codes>
</CodeBook>
`,
    );
    const book = await loadCodebook(file);
    expect(summary(book)).toEqual([
      ['teachers', '1 Teachers', '', ''],
      ['teachers-positive', '1.1 Positive (1 Teachers)', 'teachers', 'word:caring'],
      ['negative', '1.2 Negative', 'teachers', 'word:unfair'],
      ['peers', '2 Peers', '', ''],
      ['peers-positive', '2.1 Positive (2 Peers)', 'peers', 'word:friends'],
      ['other', '3. Other', '', 'word:misc'],
      ['4-other', '4. Other', '', 'word:else'],
      ['workload', 'A) Workload', '', 'phrase:Workload'],
      ['3d-printing', '3D printing', '', 'phrase:3D printing'],
    ]);
    expect(book.warnings ?? []).toEqual([]);
    expect(themesOf(book, ['my teachers are caring', 'my friends help'])).toEqual([
      ['teachers', 'teachers-positive'],
      ['peers', 'peers-positive'],
    ]);
  });

  it("a catch-all code without keywords ('Other', 'Misc') is an error at its line, not a pattern coding every 'other'", async () => {
    const file = path.join(tempDir('reflect-qdc-other-'), 'nvivo.qdc');
    writeFileSync(
      file,
      `<?xml version="1.0" encoding="utf-8"?>
<CodeBook origin="NVivo 14" xmlns="urn:QDA-XML:codebook:1.0">
  <Codes>
    <Code guid="a1" name="Workload" isCodable="true" />
    <Code guid="b1" name="9. Other" isCodable="true" color="#999999" />
    <Code guid="c1" name="Other / Misc" isCodable="true"><Description>Anything that fits nowhere else.</Description></Code>
    <Code guid="d1" name="Other students" isCodable="true" />
    <Code guid="e1" name="Other" isCodable="true"><Description>Keywords: else</Description></Code>
  </Codes>
</CodeBook>
`,
    );
    const error = await loadCodebook(file).then(() => undefined, (e: unknown) => e);
    expect(error).toBeInstanceOf(ConfigError);
    expect(problemsOf(error as ConfigError).map((p) => p.describe())).toEqual(
      [
        `${file}:5: code '9. Other' has no keywords, and its name is no topic to look for: as a pattern, 'other' would code every response that says it, whatever it is about; list what the code stands for in its description as "Keywords: …", or leave the code out`,
        `${file}:6: code 'Other / Misc' has no keywords, and its name is no topic to look for: as a pattern, 'other' or 'misc' would code every response that says it, whatever it is about; list what the code stands for in its description as "Keywords: …", or leave the code out`,
      ],
    );
  });
});
