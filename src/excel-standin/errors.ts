/** Thrown like OfficeExtension.Error: a `code` Office uses ("PropertyNotLoaded", "ItemNotFound", ...) and a message. */
export class StandinError extends Error {
  readonly debugInfo: { code: string; message: string };
  constructor(readonly code: string, message: string) {
    super(message);
    this.name = "RichApi.Error";
    this.debugInfo = { code, message };
  }
}
