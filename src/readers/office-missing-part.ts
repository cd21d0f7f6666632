// An Office package whose zip holds its program's parts ([Content_Types].xml and word/ or xl/ parts) but
// not its main part (word/document.xml, xl/workbook.xml, or the part its relationships name): a save,
// copy or zip that did not finish. mammoth fails on such a .docx and exceljs reads such an .xlsx as a
// workbook of no sheets, and detectContent had called either a zip archive. One check for every place a
// document or a workbook is read (a survey export, a transcript, a codebook, a coder's codings).
// The package's main part, as its relationships (_rels/.rels) name it: Word's text, Excel's workbook.
export const MAIN_PART = /<Relationship\b[^>]*\bType="[^"]*\/officeDocument"[^>]*\bTarget="\/?([^"]+)"|<Relationship\b[^>]*\bTarget="\/?([^"]+)"[^>]*\bType="[^"]*\/officeDocument"/;

/**
 * The main part a package lacks ("xl/workbook.xml", "word/main.xml, named by _rels/.rels"), where the zip
 * is a package of the program whose parts are under `folder` (its content types and such parts); the
 * part the package's relationships name, or `usual` where they name none. Undefined where the zip does
 * not open, is no such package (a zip of photos), or has the part.
 */
async function missingMainPart(bytes: Uint8Array, folder: 'word/' | 'xl/', usual: string): Promise<string | undefined> {
  const { default: JSZip } = await import('jszip');
  try {
    const zip = await JSZip.loadAsync(bytes);
    if (zip.file('[Content_Types].xml') === null || !Object.keys(zip.files).some((n) => n.startsWith(folder) && !zip.files[n]!.dir)) return undefined;
    const rels = await zip.file('_rels/.rels')?.async('string');
    const main = rels === undefined ? undefined : MAIN_PART.exec(rels);
    const named = main?.[1] ?? main?.[2];
    const part = named ?? usual;
    if (zip.file(part) !== null) return undefined;
    return named !== undefined && named !== usual ? `${part}, named by _rels/.rels` : part;
  } catch {
    return undefined;
  }
}

/** The text part a Word package lacks ("word/document.xml"), if it is one that lacks it: see missingMainPart. */
export function missingTextPart(bytes: Uint8Array): Promise<string | undefined> {
  return missingMainPart(bytes, 'word/', 'word/document.xml');
}

/** The workbook part an Excel package lacks ("xl/workbook.xml"), if it is one that lacks it: see missingMainPart. */
export function missingWorkbookPart(bytes: Uint8Array): Promise<string | undefined> {
  return missingMainPart(bytes, 'xl/', 'xl/workbook.xml');
}

/** The message for a Word document missing its text part (see {@link missingTextPart}). */
export function missingTextMessage(part: string): string {
  return `a Word document missing its text part (${part}): it holds Word's other parts but not the one with the document's text (a save, copy or zip that did not finish?); copy the original .docx again, or save it again from the program that made it, to have it read`;
}

/** The message for a workbook missing its workbook part (see {@link missingWorkbookPart}). */
export function missingWorkbookMessage(part: string): string {
  return `a workbook missing its workbook part (${part}): it holds Excel's other parts but not the one that lists its sheets (a save, copy or zip that did not finish?); copy the original .xlsx again, or save it again from the program that made it, to have it read`;
}
