// A workbook whose zip holds Excel's parts ([Content_Types].xml and xl/ parts) but not the part listing
// its sheets (xl/workbook.xml, or the one its relationships name): a save, copy or zip that did not
// finish. exceljs reads such a zip as a workbook of no sheets, which was said "not a valid XLSX file: the
// workbook has no worksheets", and detectContent had called it a zip archive. One check for every place
// a workbook is read (a survey export, a codebook, a coder's codings), as the DOCX reader has for Word.
import { MAIN_PART } from './docx-damage.js';

/**
 * The workbook part a package lacks ("xl/workbook.xml", "xl/main.xml, named by _rels/.rels"), where the
 * zip is an Excel package (its content types and xl/ parts); undefined where the zip does not open, is
 * no Excel package (a zip of photos), or has the part.
 */
export async function missingWorkbookPart(bytes: Uint8Array): Promise<string | undefined> {
  const { default: JSZip } = await import('jszip');
  try {
    const zip = await JSZip.loadAsync(bytes);
    if (zip.file('[Content_Types].xml') === null || !Object.keys(zip.files).some((n) => n.startsWith('xl/') && !zip.files[n]!.dir)) return undefined;
    const rels = await zip.file('_rels/.rels')?.async('string');
    const main = rels === undefined ? undefined : MAIN_PART.exec(rels);
    const named = main?.[1] ?? main?.[2];
    const part = named ?? 'xl/workbook.xml';
    if (zip.file(part) !== null) return undefined;
    return named !== undefined && named !== 'xl/workbook.xml' ? `${part}, named by _rels/.rels` : part;
  } catch {
    return undefined;
  }
}

/** The message for a workbook missing its workbook part (see {@link missingWorkbookPart}). */
export function missingWorkbookMessage(part: string): string {
  return `a workbook missing its workbook part (${part}): it holds Excel's other parts but not the one that lists its sheets (a save, copy or zip that did not finish?); copy the original .xlsx again, or save it again from the program that made it, to have it read`;
}
