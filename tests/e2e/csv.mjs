// Reading back what the app hands to the browser, with the tests' own code (not the app's): a
// downloaded file, RFC 4180 records, and amounts as whole cents.
import assert from 'node:assert/strict';
import { readFile } from 'node:fs/promises';

/** RFC 4180 records of `text`, fields split on `separator`, quoted fields unescaped. */
export function parseCsv(text, separator) {
  const records = [];
  let record = [];
  let field = '';
  let quoted = false;
  for (let i = 0; i < text.length; i++) {
    const c = text[i];
    if (quoted) {
      if (c === '"' && text[i + 1] === '"') {
        field += '"';
        i++;
      } else if (c === '"') {
        quoted = false;
      } else {
        field += c;
      }
    } else if (c === '"') {
      quoted = true;
    } else if (c === separator) {
      record.push(field);
      field = '';
    } else if (c === '\r' && text[i + 1] === '\n') {
      record.push(field);
      records.push(record);
      record = [];
      field = '';
      i++;
    } else {
      field += c;
    }
  }
  assert.equal(field + record.join(''), '', 'the file ends with a line break');
  return records;
}

/** "1,234.50" or "-30.00" (the page) and "1234.50" / "-1234,50" (the files) as whole cents. */
export function cents(text, decimal) {
  const [whole, fraction] = text.replace(decimal === ',' ? /\./g : /,/g, '').split(decimal);
  assert.match(fraction, /^\d\d$/, `two decimals in ${text}`);
  const sign = whole.startsWith('-') ? -1 : 1;
  return sign * (Math.abs(Number(whole)) * 100 + Number(fraction));
}

export async function download(page, buttonName) {
  const [file] = await Promise.all([
    page.waitForEvent('download'),
    page.getByRole('button', { name: buttonName, exact: true }).click(),
  ]);
  return { name: file.suggestedFilename(), bytes: await readFile(await file.path()) };
}
