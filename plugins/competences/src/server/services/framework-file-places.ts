/**
 * Where each field of a framework read from a sheet came from ("Indicatoren, cel D7"), so a
 * refusal of the shared validation names the cell or row instead of `content.groups.0...`.
 */
export class FilePlaces {
  private readonly places = new Map<string, string>();

  constructor(private readonly fallback: string) {}

  set(field: string, place: string): void {
    this.places.set(field, place);
  }

  /** The place of a field, or of the nearest field that holds it. */
  of(field: string): string {
    for (let path = field.split('.'); path.length > 0; path = path.slice(0, -1)) {
      const place = this.places.get(path.join('.'));
      if (place) return place;
    }
    return this.fallback;
  }
}
