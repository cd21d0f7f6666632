// Reading the files found: every file comes back read, skipped or failed, with its reason.
import { gzipSync } from 'node:zlib';
import { copyFileSync, mkdirSync, promises as fs, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it, vi } from 'vitest';
import { listInputFiles } from '../../src/corpus/discover.js';
import { readFiles, type FileRead } from '../../src/corpus/read-files.js';
import type { Table, Transcript } from '../../src/model.js';
import { tempDir } from '../cli/helpers.js';

const workbook = (name: string): string => path.resolve(import.meta.dirname, '../../fixtures/readers/xlsx', name, 'input.xlsx');
const document = (name: string): string => path.resolve(import.meta.dirname, '../../fixtures/readers/docx', name, 'input.docx');

/** The start of an OLE compound file with a directory naming `streams`, as Office writes an encrypted or a 97–2003 file. */
function ole(...streams: string[]): Buffer {
  const header = Buffer.alloc(512);
  Buffer.from('d0cf11e0a1b11ae1', 'hex').copy(header);
  const directory = Buffer.alloc(512);
  ['Root Entry', ...streams].forEach((name, i) => Buffer.from(`${name}\0`, 'utf16le').copy(directory, i * 128));
  return Buffer.concat([header, directory]);
}

describe('readFiles', () => {
  it('gives a file found unreadable while listing as failed, and one found not an input as skipped', async () => {
    const reads = await readFiles(
      [
        { id: 'groups/', absolute: '/nowhere/groups', size: 0, problem: 'a folder that cannot be read: permission denied (EACCES); its files are not read', failed: true },
        { id: 'broken.txt', absolute: '/nowhere/broken.txt', size: 0, problem: 'a symbolic link to nothing (ENOENT)' },
      ],
      { config: {} },
    );
    expect(reads.map((r) => [r.id, r.status, r.reason])).toEqual([
      ['groups/', 'failed', 'a folder that cannot be read: permission denied (EACCES); its files are not read'],
      ['broken.txt', 'skipped', 'a symbolic link to nothing (ENOENT)'],
    ]);
  });

  it('says in words why a file listed could not be opened: one Excel holds open on Windows, one the user may not read', async () => {
    const dir = tempDir('reflect-read-');
    writeFileSync(path.join(dir, 'open.csv'), 'id,What else could schools do?\nS1,More electives and flex time\n');
    writeFileSync(path.join(dir, 'private.csv'), 'id,What else could schools do?\nS2,Smaller classes so teachers know us\n');
    const files = await listInputFiles(dir);
    const refusal = (code: string) => Object.assign(new Error(`${code}: refused`), { code });
    // Neither refusal can be had from the file system as root, who runs CI: they are stood in for.
    const spy = vi.spyOn(fs, 'readFile').mockImplementation(((p: string) => Promise.reject(refusal(p.endsWith('open.csv') ? 'EBUSY' : 'EACCES'))) as never);
    try {
      const reads = await readFiles(files, { config: {} });
      expect(reads.map((r) => [r.id, r.status, r.reason])).toEqual([
        ['open.csv', 'failed', 'unreadable: in use by another program (EBUSY)'],
        ['private.csv', 'failed', 'unreadable: permission denied (EACCES)'],
      ]);
    } finally {
      spy.mockRestore();
    }
  });

  it('reads a file that is byte for byte another once, the one with the shorter name', async () => {
    const dir = tempDir('reflect-read-');
    const survey = 'id,What else could schools do?\nS1,More electives and flex time\n';
    writeFileSync(path.join(dir, 'survey (1).csv'), survey);
    writeFileSync(path.join(dir, 'survey.csv'), survey);
    // The same size, other bytes: both read.
    writeFileSync(path.join(dir, 'other.csv'), survey.replace('S1', 'S2'));
    const reads = await readFiles(await listInputFiles(dir), { config: {} });
    expect(reads.map((r) => [r.id, r.status, r.reason ?? ''])).toEqual([
      ['other.csv', 'read', ''],
      ['survey (1).csv', 'skipped', 'the same file as survey.csv; not read twice'],
      ['survey.csv', 'read', ''],
    ]);
  });

  it('says what a copy is by its own reason where neither it nor its original is read', async () => {
    const dir = tempDir('reflect-read-');
    // Two lock files of one user's are the same bytes; so are a PDF downloaded twice, and a protected workbook.
    writeFileSync(path.join(dir, '~$port.docx'), '\nJohn Doe\0\0');
    writeFileSync(path.join(dir, '~$rvey.xlsx'), '\nJohn Doe\0\0');
    writeFileSync(path.join(dir, 'agenda.pdf'), '%PDF-1.4 agenda');
    writeFileSync(path.join(dir, 'agenda (1).pdf'), '%PDF-1.4 agenda');
    writeFileSync(path.join(dir, 'survey.xlsx'), ole('EncryptedPackage'));
    writeFileSync(path.join(dir, 'survey (1).xlsx'), ole('EncryptedPackage'));
    const reads = await readFiles(await listInputFiles(dir), { config: {} });
    const locked = 'an Office lock file (left while the document is open in Word or Excel); not an input';
    const pdf = 'unsupported file type (.pdf); copy its text into a .txt or .docx to have it read (a scan needs text recognition first)';
    const encrypted =
      'a password-protected workbook: remove the password in Excel (File › Info › Protect Workbook › Encrypt with Password, then clear it) and save it, to have it read';
    expect(reads.map((r) => [r.id, r.status, r.reason])).toEqual([
      ['agenda (1).pdf', 'skipped', pdf],
      ['agenda.pdf', 'skipped', pdf],
      ['survey (1).xlsx', 'failed', `the same file as survey.xlsx, not read either: ${encrypted}`],
      ['survey.xlsx', 'failed', encrypted],
      ['~$port.docx', 'skipped', locked],
      ['~$rvey.xlsx', 'skipped', locked],
    ]);
  });

  it('skips Office lock files, unsupported types and empty files, and reads the rest', async () => {
    const dir = tempDir('reflect-read-');
    writeFileSync(path.join(dir, 'answers.csv'), 'id,What else could schools do?\nS1,More electives and flex time\n');
    writeFileSync(path.join(dir, '~$answers.xlsx'), '\nJohn Doe\0\0');
    writeFileSync(path.join(dir, 'agenda.pdf'), '%PDF-1.4');
    writeFileSync(path.join(dir, 'empty.txt'), '');
    // A Zoom cloud recording's folder: the audio beside the transcript.
    writeFileSync(path.join(dir, 'GMT20231015-180102_Recording.m4a'), Buffer.from([0, 0, 0, 0x20, 0x66, 0x74, 0x79, 0x70]));
    const reads = await readFiles(await listInputFiles(dir), { config: {} });
    expect(reads.map((r) => [r.id, r.status, r.reason ?? ''])).toEqual([
      [
        'GMT20231015-180102_Recording.m4a',
        'skipped',
        'unsupported file type (.m4a); a recording: reflect reads its transcript (.vtt, .srt, .txt or .docx, as Zoom, Teams or Otter export it), not the audio',
      ],
      ['agenda.pdf', 'skipped', 'unsupported file type (.pdf); copy its text into a .txt or .docx to have it read (a scan needs text recognition first)'],
      ['answers.csv', 'read', ''],
      ['empty.txt', 'skipped', 'empty file'],
      ['~$answers.xlsx', 'skipped', 'an Office lock file (left while the document is open in Word or Excel); not an input'],
    ]);
  });

  it("says Office's temporary files are such, not files of an unsupported type", async () => {
    const dir = tempDir('reflect-read-');
    mkdirSync(path.join(dir, 'focus-groups'));
    mkdirSync(path.join(dir, 'exports'));
    writeFileSync(path.join(dir, 'focus-groups', 'Riverside focus group.docx'), '');
    // Word's scraps of a save, and Excel's (eight hex digits) beside the workbook it was saving.
    writeFileSync(path.join(dir, 'focus-groups', '~WRL0001.tmp'), Buffer.from('d0cf11e0a1b11ae1', 'hex'));
    writeFileSync(path.join(dir, 'focus-groups', '~$verside focus group.docx'), '\nJohn Doe\0\0');
    writeFileSync(path.join(dir, 'exports', 'survey.xlsx'), '');
    writeFileSync(path.join(dir, 'exports', '8A3F1B20.tmp'), Buffer.from('504b0304', 'hex'));
    // LibreOffice's lock file is hidden, as every dot file is: not listed at all.
    writeFileSync(path.join(dir, 'exports', '.~lock.survey.xlsx#'), ',Maya Lopez,laptop,12.03.2024 09:14,file:///home/maya;');
    // A .tmp with no Office document beside it is another program's: an unsupported type, as before.
    writeFileSync(path.join(dir, 'session.tmp'), 'autosave');
    const reads = await readFiles(await listInputFiles(dir), { config: {} });
    const temporary = 'an Office temporary file (Word or Excel writes one while saving, and leaves it behind when it closes unexpectedly); not an input';
    expect(reads.map((r) => [r.id, r.status, r.reason ?? ''])).toEqual([
      ['exports/8A3F1B20.tmp', 'skipped', temporary],
      ['exports/survey.xlsx', 'skipped', 'empty file'],
      ['focus-groups/Riverside focus group.docx', 'skipped', 'empty file'],
      ['focus-groups/~$verside focus group.docx', 'skipped', 'an Office lock file (left while the document is open in Word or Excel); not an input'],
      ['focus-groups/~WRL0001.tmp', 'skipped', temporary],
      ['session.tmp', 'skipped', 'unsupported file type (.tmp)'],
    ]);
  });

  it('skips a file of nothing but blanks or a byte-order mark as empty, as it does a file of no bytes', async () => {
    const dir = tempDir('reflect-read-');
    // Excel's "CSV UTF-8" of an empty sheet is its byte-order mark alone; a blank template, line breaks.
    writeFileSync(path.join(dir, 'bom.csv'), Buffer.from('efbbbf', 'hex'));
    writeFileSync(path.join(dir, 'blank.txt'), ' \r\n\t\r\n\n');
    writeFileSync(path.join(dir, 'utf-16.txt'), Buffer.from('fffe20000d000a00', 'hex'));
    writeFileSync(path.join(dir, 'none.csv'), '');
    const reads = await readFiles(await listInputFiles(dir), { config: {} });
    expect(reads.map((r) => [r.id, r.status, r.reason])).toEqual([
      ['blank.txt', 'skipped', 'empty file'],
      ['bom.csv', 'skipped', 'empty file'],
      ['none.csv', 'skipped', 'empty file'],
      ['utf-16.txt', 'skipped', 'empty file'],
    ]);
  });

  it('skips a workbook saved empty as an empty file, where it failed (and stopped --strict) with "no header row"', async () => {
    const dir = tempDir('reflect-read-');
    const { default: Excel } = await import('exceljs');
    const wb = new Excel.Workbook();
    wb.addWorksheet('Sheet1');
    wb.addWorksheet('Sheet2');
    writeFileSync(path.join(dir, 'Book1.xlsx'), Buffer.from(await wb.xlsx.writeBuffer()));
    const reads = await readFiles(await listInputFiles(dir), { config: {} });
    expect(reads.map((r) => [r.id, r.status, r.reason])).toEqual([['Book1.xlsx', 'skipped', 'empty file (no sheet of the workbook holds data)']]);
  });

  it('reads a file by what it holds where its name says otherwise, and says why it cannot read the rest', async () => {
    const dir = tempDir('reflect-read-');
    const survey = 'id,What else could schools do?\nS1,More electives and flex time\n';
    copyFileSync(workbook('merged-header'), path.join(dir, 'workbook-named.csv'));
    copyFileSync(workbook('named-sheet'), path.join(dir, 'macros.xlsm'));
    copyFileSync(workbook('first-sheet'), path.join(dir, 'template.xltx'));
    writeFileSync(path.join(dir, 'text-named.xlsx'), survey);
    // Excel saves a workbook with a password as an encrypted OLE container, not a zip.
    writeFileSync(path.join(dir, 'locked.xlsx'), Buffer.concat([Buffer.from('d0cf11e0a1b11ae1', 'hex'), Buffer.alloc(512)]));
    writeFileSync(path.join(dir, 'packed.csv'), gzipSync(survey));
    writeFileSync(path.join(dir, 'survey.csv.gz'), gzipSync(survey.replace('S1', 'S2')));
    writeFileSync(path.join(dir, 'survey.zip'), Buffer.from('504b0304', 'hex'));
    writeFileSync(path.join(dir, 'page.csv'), '<!DOCTYPE html>\n<html><body>Sign in, please</body></html>\n');
    // A shared drive's sign-in page, downloaded in place of the workbook.
    writeFileSync(path.join(dir, 'page.xlsx'), '<html><head><title>Sign in</title></head><body>Sign in to continue</body></html>\n');
    writeFileSync(path.join(dir, 'data.csv'), '[{"id": "S1", "answer": "More electives, flex time"}]\n');
    const reads = await readFiles(await listInputFiles(dir), { config: {} });
    expect(reads.map((r) => [r.id, r.status, r.format, r.reason ?? r.result!.warnings[0]?.message])).toEqual([
      ['data.csv', 'failed', 'csv', 'JSON, not a table: export the data as .csv or .xlsx to have it read'],
      [
        'locked.xlsx',
        'failed',
        'xlsx',
        'a password-protected workbook (or an old .xls named .xlsx): remove the password in Excel (File › Info › Protect Workbook) or save it as .xlsx, to have it read',
      ],
      ['macros.xlsm#Instructions', 'skipped', 'xlsx', 'a sheet of instructions (by its name, with no id or name column); not read as answers: rename the sheet to have it read'],
      ['macros.xlsm#Responses', 'read', 'xlsx', undefined],
      ['packed.csv', 'failed', 'csv', 'compressed with gzip, not a plain file; decompress it to have it read'],
      ['page.csv', 'failed', 'csv', 'a web page (HTML), not a table: a sign-in or error page saved in place of the export?'],
      ['page.xlsx', 'failed', 'xlsx', 'a web page (HTML), not a table: a sign-in or error page saved in place of the export?'],
      ['survey.csv.gz', 'skipped', 'gz', 'unsupported file type (.gz); decompress it into the folder to have it read'],
      ['survey.zip', 'skipped', 'zip', 'unsupported file type (.zip); unzip it into the folder to have its files read'],
      ['template.xltx#Reflections', 'read', 'xlsx', undefined],
      ['template.xltx#Roster', 'read', 'xlsx', undefined],
      ['text-named.xlsx', 'read', 'csv', 'named .xlsx but holds text; read as CSV'],
      ['workbook-named.csv', 'read', 'xlsx', 'named .csv but is an Excel workbook; read as one'],
    ]);
    const rows = (id: string) => (reads.find((r) => r.id === id)!.result!.content as Table).rows.length;
    expect(rows('workbook-named.csv')).toBe(6);
    expect(rows('macros.xlsm#Responses')).toBe(4);
    expect(rows('text-named.xlsx')).toBe(1);
  });

  it('never reads a web page, an RTF document or captions named .txt as a student\'s words', async () => {
    const dir = tempDir('reflect-read-');
    // Google Docs' "Download › Web page", renamed: read as text, the whole focus group was one student's
    // answer, tags and speakers' names included.
    writeFileSync(
      path.join(dir, 'focus-group.txt'),
      '<html><head><meta content="text/html; charset=UTF-8" http-equiv="content-type"></head><body><p class="c1"><span class="c0">Maya Lopez: I like the flex block.</span></p></body></html>',
    );
    // TextEdit saves RTF unless told otherwise.
    writeFileSync(path.join(dir, 'reflection.txt'), '{\\rtf1\\ansi\\cocoartf2639\n{\\fonttbl\\f0\\fswiss Helvetica;}\n\\f0\\fs24 I learned a lot about stress.\\\n}');
    // Zoom's transcript renamed to open in Notepad, and SRT captions alike: the timings were read as words.
    writeFileSync(path.join(dir, 'zoom.txt'), 'WEBVTT\n\n1\n00:00:01.000 --> 00:00:04.000\nMaya Lopez: I like the flex block.\n\n2\n00:00:05.000 --> 00:00:09.000\nJordan Okafor: Me too, it helps with math.\n');
    writeFileSync(path.join(dir, 'captions.txt'), '1\r\n00:00:01,000 --> 00:00:04,000\r\nMaya Lopez: Smaller classes.\r\n\r\n2\r\n00:00:05,000 --> 00:00:09,000\r\nJordan Okafor: More counsellors.\r\n');
    const reads = await readFiles(await listInputFiles(dir), { config: {} });
    expect(reads.map((r) => [r.id, r.status, r.format, r.reason ?? r.result!.warnings[0]?.message])).toEqual([
      ['captions.txt', 'read', 'srt', 'named .txt but is an SRT caption file; read as one'],
      [
        'focus-group.txt',
        'failed',
        'txt',
        'a web page (HTML) named .txt, not plain text; save it as .docx or plain text (.txt) to have it read (from Google Docs: File › Download › Microsoft Word or Plain text)',
      ],
      ['reflection.txt', 'failed', 'txt', 'an RTF document named .txt, not plain text; open it in Word or TextEdit and save it as .docx or plain text (.txt) to have it read'],
      ['zoom.txt', 'read', 'vtt', 'named .txt but is a WebVTT caption file; read as one'],
    ]);
    const turns = (id: string) => (reads.find((r) => r.id === id)!.result!.content as Transcript).turns.map((t) => [t.speaker, t.text]);
    expect(turns('zoom.txt')).toEqual([
      ['Maya Lopez', 'I like the flex block.'],
      ['Jordan Okafor', 'Me too, it helps with math.'],
    ]);
    expect(turns('captions.txt')).toEqual([
      ['Maya Lopez', 'Smaller classes.'],
      ['Jordan Okafor', 'More counsellors.'],
    ]);
  });

  it('says what an Office file is where it cannot be read, and reads a workbook or document by what it holds', async () => {
    const dir = tempDir('reflect-read-');
    // Word and Excel encrypt a file with a password into an OLE container holding an EncryptedPackage stream.
    writeFileSync(path.join(dir, 'locked.docx'), ole('EncryptionInfo', 'EncryptedPackage'));
    writeFileSync(path.join(dir, 'locked.xlsx'), ole('EncryptionInfo', 'EncryptedPackage', 'DataSpaces'));
    // Word 97–2003 and Excel 97–2003 files renamed to the new extensions.
    writeFileSync(path.join(dir, 'old.docx'), ole('WordDocument', '1Table'));
    writeFileSync(path.join(dir, 'old.xlsx'), ole('Workbook', 'SummaryInformation'));
    // A copy from a shared drive that did not finish.
    const whole = readFileSync(workbook('named-sheet'));
    writeFileSync(path.join(dir, 'cut.xlsx'), whole.subarray(0, Math.floor(whole.length / 2)));
    // A Word document with a workbook's name, and the other way round; a plain text named .docx, which
    // may as well be an error page saved in place of a download.
    copyFileSync(document('bold-names'), path.join(dir, 'transcript.xlsx'));
    copyFileSync(workbook('first-sheet'), path.join(dir, 'reflections.docx'));
    writeFileSync(path.join(dir, 'notes.docx'), 'Facilitator: What helps?\nMaya Lopez: The flex block.\n');
    const reads = await readFiles(await listInputFiles(dir), { config: {} });
    expect(reads.map((r) => [r.id, r.status, r.format, r.reason ?? r.result!.warnings[0]?.message])).toEqual([
      ['cut.xlsx', 'failed', 'xlsx', 'cut short: the file ends before its zip directory (a download or copy that did not finish?); copy or download it again to have it read'],
      ['locked.docx', 'failed', 'docx', 'a password-protected document: remove the password in Word (File › Info › Protect Document › Encrypt with Password, then clear it) and save it, to have it read'],
      ['locked.xlsx', 'failed', 'xlsx', 'a password-protected workbook: remove the password in Excel (File › Info › Protect Workbook › Encrypt with Password, then clear it) and save it, to have it read'],
      ['notes.docx', 'failed', 'docx', 'not a valid DOCX file: it holds plain text (a text file renamed?); rename it .txt to have it read'],
      ['old.docx', 'failed', 'docx', 'a Word 97–2003 document (.doc) named .docx, not a Word document; open it in Word and save it as .docx to have it read'],
      ['old.xlsx', 'failed', 'xlsx', 'an Excel 97–2003 workbook (.xls) named .xlsx, not a workbook; open it in Excel and save it as .xlsx to have it read'],
      ['reflections.docx#Reflections', 'read', 'xlsx', 'named .docx but is an Excel workbook; read as one'],
      ['reflections.docx#Roster', 'read', 'xlsx', 'named .docx but is an Excel workbook; read as one'],
      ['transcript.xlsx', 'read', 'docx', 'named .xlsx but is a Word document; read as one'],
    ]);
  });

  it('reads a .xls or .doc that is a workbook, a Word document or a text table, and Word\'s macro documents and templates', async () => {
    const dir = tempDir('reflect-read-');
    // A workbook and a document renamed to the old extensions, as people do to open them on an old Office.
    copyFileSync(workbook('named-sheet'), path.join(dir, 'survey.xls'));
    copyFileSync(document('otter'), path.join(dir, 'focus-group.doc'));
    // A school system's "Export to Excel": a tab-separated text table named .xls.
    writeFileSync(path.join(dir, 'export.xls'), 'Student ID\tGrade\tWhat else could schools do?\r\nS1\t10\tMore electives and flex time\r\n');
    copyFileSync(document('bold-names'), path.join(dir, 'macros.docm'));
    copyFileSync(document('reflection'), path.join(dir, 'template.dotx'));
    // A real Excel 97–2003 workbook and a Google Docs web page are still not read, and say what to do.
    writeFileSync(path.join(dir, 'old.xls'), ole('Workbook'));
    writeFileSync(path.join(dir, 'notes.html'), '<html><body><p>Maya: I like the flex block.</p></body></html>');
    const reads = await readFiles(await listInputFiles(dir), { config: {} });
    const note = (r: FileRead) => r.result!.warnings.find((w) => w.message.startsWith('named '))?.message;
    expect(reads.map((r) => [r.id, r.status, r.format, r.reason ?? note(r)])).toEqual([
      ['export.xls', 'read', 'csv', 'named .xls but holds text (a text table, as some school systems export to Excel); read as CSV'],
      ['focus-group.doc', 'read', 'docx', 'named .doc but is a Word document; read as one'],
      ['macros.docm', 'read', 'docx', undefined],
      [
        'notes.html',
        'skipped',
        'html',
        'unsupported file type (.html); a web page: save it as .docx or plain text (.txt) to have it read (from Google Docs: File › Download › Microsoft Word or Plain text)',
      ],
      ['old.xls', 'skipped', 'xls', 'unsupported file type (.xls); save it as .xlsx or .csv to have it read'],
      ['survey.xls#Instructions', 'skipped', 'xlsx', 'a sheet of instructions (by its name, with no id or name column); not read as answers: rename the sheet to have it read'],
      ['survey.xls#Responses', 'read', 'xlsx', 'named .xls but is an Excel workbook; read as one'],
      ['template.dotx', 'read', 'docx', undefined],
    ]);
    expect((reads.find((r) => r.id === 'export.xls')!.result!.content as Table).rows.map((r) => r.cells)).toEqual([['S1', '10', 'More electives and flex time']]);
  });

  it('reads no hidden sheet as answers, and still reads a hidden roster', async () => {
    const dir = tempDir('reflect-read-');
    const { default: Excel } = await import('exceljs');
    const book = new Excel.Workbook();
    book.addWorksheet('Responses').addRows([
      ['Student ID', 'What did you learn today?'],
      ['S1', 'That other schools run flex blocks at lunch'],
      ['S2', 'The trustees listened to us about mental health'],
    ]);
    // The options of a drop-down list, kept out of sight: read, each option was a student's answer.
    book.addWorksheet('Lists', { state: 'hidden' }).addRows([
      ['Which workshop did you attend?'],
      ['Mental health and wellbeing for students'],
      ['Flexible timetables and flex blocks in action'],
      ['Student voice on school boards and trustees'],
    ]);
    // Last term's answers, hidden by a macro: read, every student answered twice.
    book.addWorksheet('Term 1', { state: 'veryHidden' }).addRows([
      ['Student ID', 'What did you learn today?'],
      ['S1', 'How the school board sets the budget'],
    ]);
    // The roster, hidden so that names are not on screen: its names are still redacted, its details used.
    book.addWorksheet('Roster', { state: 'hidden' }).addRows([
      ['Student ID', 'First Name', 'Last Name', 'Grade'],
      ['S1', 'Maya', 'Lopez', '10'],
      ['S2', 'Jordan', 'Okafor', '11'],
    ]);
    writeFileSync(path.join(dir, 'reflections.xlsx'), Buffer.from(await book.xlsx.writeBuffer()));
    const reads = await readFiles(await listInputFiles(dir), { config: {} });
    const hidden = 'a hidden sheet (where a workbook keeps drop-down lists, lookups or an old copy of the answers); not read: unhide it in Excel (right-click a sheet tab › Unhide) to have it read';
    expect(reads.map((r) => [r.id, r.status, r.reason ?? ''])).toEqual([
      ['reflections.xlsx#Responses', 'read', ''],
      ['reflections.xlsx#Lists', 'skipped', hidden],
      ['reflections.xlsx#Term 1', 'skipped', hidden],
      ['reflections.xlsx#Roster', 'read', ''],
    ]);
    expect((reads[3]!.result!.content as Table).isRoster).toBe(true);
  });

  it('reads no template\'s sheet of instructions as answers', async () => {
    const dir = tempDir('reflect-read-');
    const { default: Excel } = await import('exceljs');
    const book = new Excel.Workbook();
    // Read as a sheet, its title was a question and each line a student's answer: four students who never were.
    book.addWorksheet('Instructions').addRows([
      ['How to fill in this workbook'],
      ['Type one row per student on the Responses sheet and do not change the headers.'],
      ['Use the student number from MyEducation BC, not the student name, in the first column.'],
      ['Write the answers in the students own words, even where the spelling is wrong.'],
      ['Save the workbook to the shared drive by Friday so the district team can read it.'],
    ]);
    book.addWorksheet('Responses').addRows([
      ['Student ID', 'What did you learn today?'],
      ['S1', 'That other schools run flex blocks at lunch'],
    ]);
    // A sheet so named that holds a roster or answers, by its ids, is still read.
    book.addWorksheet('Read me').addRows([
      ['Student ID', 'Grade'],
      ['S1', '10'],
    ]);
    writeFileSync(path.join(dir, 'template.xlsx'), Buffer.from(await book.xlsx.writeBuffer()));
    const reads = await readFiles(await listInputFiles(dir), { config: {} });
    expect(reads.map((r) => [r.id, r.status, r.reason ?? ''])).toEqual([
      ['template.xlsx#Instructions', 'skipped', 'a sheet of instructions (by its name, with no id or name column); not read as answers: rename the sheet to have it read'],
      ['template.xlsx#Responses', 'read', ''],
      ['template.xlsx#Read me', 'read', ''],
    ]);
  });

  it('counts rows the reader could not read among the skipped, so every row is accounted for', async () => {
    const dir = tempDir('reflect-read-');
    // Row 2 has too many fields; row 3 opens a quote it never closes.
    writeFileSync(path.join(dir, 's.csv'), 'id,What helps?\nS1,Flex time\nS2,Smaller classes, more teachers, fewer tests\nS3,"Choice in projects\n');
    const { readCorpus } = await import('../../src/index.js');
    const corpus = await readCorpus(dir);
    expect(corpus.sources.map((s) => [s.id, s.sheets, s.rowsSkipped, s.responses])).toEqual([['s.csv', 1, 2, 1]]);
    expect(corpus.warnings.filter((w) => w.message.endsWith('the row was skipped')).map((w) => w.row)).toEqual([2, 3]);
  });

  it('says so when a sheet has a header and no rows under it (an export made before anyone answered)', async () => {
    const dir = tempDir('reflect-read-');
    writeFileSync(path.join(dir, 'survey.csv'), 'id,What helps?\n');
    const [read] = await readFiles(await listInputFiles(dir), { config: {} });
    expect([read!.status, read!.result!.warnings]).toEqual(['read', [{ file: 'survey.csv', line: 1, message: 'no data rows under the header; nothing to read' }]]);
  });
});
