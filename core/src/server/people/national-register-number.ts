import { isCalendarDate, todayInBrussels } from '../../common/dates.js';

/**
 * `national`: a rijksregisternummer. `bis`: a BIS number (month +20 when the sex was unknown at
 * registration, +40 when known), given to people who are not in the national register.
 */
export type NationalNumberKind = 'national' | 'bis';

/** A valid national register number and what it says about the birth date. */
export interface NationalNumber {
  /** The eleven digits, without separators. */
  digits: string;
  kind: NationalNumberKind;
  birthYear: number;
  /** Undefined when the number does not encode it (month or day `00`). */
  birthMonth?: number;
  birthDay?: number;
}

export type NationalNumberCheck =
  | { valid: true; number: NationalNumber }
  | { valid: false; reason: string };

const SEPARATED = /^[0-9.\-\s]+$/;

/**
 * Checks a rijksregisternummer or BIS number, written with or without separators
 * ("90.04.03-073.09" or "90040307309"). The check digits are 97 minus the first nine digits
 * modulo 97; for births from 2000 a "2" goes in front of the nine digits first. They are compared
 * as numbers, because check "09" written as text is not "9" (case C12). The check digits also
 * decide the century, so a 2000+ number cannot name a year still to come.
 */
export function checkNationalNumber(
  input: string,
  today: string = todayInBrussels(),
): NationalNumberCheck {
  const digits = input.replace(/[.\-\s]/g, '');
  if (!SEPARATED.test(input) || !/^\d{11}$/.test(digits)) {
    return invalid('must be 11 digits, with or without the dots and dash (90.04.03-073.09)');
  }

  const [yy, mm, dd, sequence, check] = [
    Number(digits.slice(0, 2)), Number(digits.slice(2, 4)), Number(digits.slice(4, 6)),
    digits.slice(6, 9), Number(digits.slice(9, 11)),
  ];
  if (sequence === '000' || sequence === '999') {
    return invalid('is not valid: the sequence number 000 or 999 is never given');
  }

  const century = centuryOf(Number(digits.slice(0, 9)), check);
  const birthYear = century === undefined ? undefined : century + yy;
  if (birthYear === undefined || birthYear > Number(today.slice(0, 4))) {
    return invalid('is not valid: the check digits do not match');
  }

  const { kind, month } = decodeMonth(mm);
  if (month === undefined || dd > 31) {
    return invalid('is not valid: it does not encode a possible birth date');
  }
  const number: NationalNumber = {
    digits, kind, birthYear, birthMonth: month || undefined, birthDay: dd || undefined,
  };
  if (number.birthMonth && number.birthDay && !isRealPastDate(number, today)) {
    return invalid('is not valid: the birth date it encodes does not exist or is still to come');
  }
  return { valid: true, number };
}

/** The century whose rule the check digits fit: 1900 (plain) or 2000 (a "2" in front). */
function centuryOf(firstNine: number, check: number): number | undefined {
  if (97 - (firstNine % 97) === check) return 1900;
  if (97 - ((2_000_000_000 + firstNine) % 97) === check) return 2000;
  return undefined;
}

/** Month `00` means unknown; BIS numbers add 20 or 40 to it. */
function decodeMonth(mm: number): { kind: NationalNumberKind; month?: number } {
  const kind: NationalNumberKind = mm >= 20 ? 'bis' : 'national';
  const month = mm >= 40 ? mm - 40 : mm >= 20 ? mm - 20 : mm;
  return { kind, month: month <= 12 ? month : undefined };
}

function isRealPastDate(number: NationalNumber, today: string): boolean {
  const date = calendarDateOf(number);
  return isCalendarDate(date) && date <= today;
}

function calendarDateOf(number: NationalNumber): string {
  const pad = (value: number | undefined) => String(value ?? 0).padStart(2, '0');
  return `${number.birthYear}-${pad(number.birthMonth)}-${pad(number.birthDay)}`;
}

/**
 * Whether a number and a birth date disagree. Only what the number encodes counts: a number with
 * day `00` agrees with any day of its month.
 */
export function contradictsBirthDate(number: NationalNumber, birthDate: string): boolean {
  const [year, month, day] = birthDate.split('-').map(Number);
  if (year !== number.birthYear) return true;
  if (number.birthMonth !== undefined && month !== number.birthMonth) return true;
  return number.birthDay !== undefined && day !== number.birthDay;
}

/** The usual way of writing it: `90.04.03-073.09`. */
export function formatNationalNumber(digits: string): string {
  const d = digits;
  return `${d.slice(0, 2)}.${d.slice(2, 4)}.${d.slice(4, 6)}-${d.slice(6, 9)}.${d.slice(9, 11)}`;
}

/** All but the check digits hidden: `••.••.••-•••.09`. */
export function maskNationalNumber(checkDigits: string): string {
  return `••.••.••-•••.${checkDigits}`;
}

function invalid(reason: string): NationalNumberCheck {
  return { valid: false, reason };
}
