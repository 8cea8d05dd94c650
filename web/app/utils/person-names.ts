interface Named {
  givenNames: string;
  familyName: string;
  preferredName?: string | null;
}

/** "Jan Van den Broeck", or the name the person goes by in front of the family name. */
export function displayNameOf(person: Named): string {
  return `${person.preferredName || person.givenNames} ${person.familyName}`.trim();
}

/** "Van den Broeck, Jan": how lists sorted by family name show a person. */
export function listNameOf(person: Named): string {
  return `${person.familyName}, ${person.givenNames}`;
}

/**
 * Two letters for the photo placeholder: the first given name and the main part of the family
 * name ("Jan Van den Broeck" → "JB", "Aïcha El Idrissi" → "AI").
 */
export function initialsOf(person: Named): string {
  const first = (person.preferredName || person.givenNames).trim().charAt(0);
  const words = person.familyName.trim().split(/\s+/);
  const last = (words[words.length - 1] ?? '').charAt(0);
  return `${first}${last}`.toLocaleUpperCase('nl-BE');
}
