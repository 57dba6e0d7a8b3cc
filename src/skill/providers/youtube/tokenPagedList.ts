/** One page of a YouTube list, as its parser returns it. */
export interface TokenPage {
  readonly nextPageToken?: string;
}

/**
 * One YouTube list (a library, or one playlist's items), read page after page: page `n`
 * needs page `n - 1`'s `nextPageToken`. Pages are kept for the life of the client, which is
 * one Alexa request, so a second look at the same list asks YouTube nothing new.
 */
export class TokenPagedList<P extends TokenPage> {
  private readonly pages = new Map<number, Promise<P | undefined>>();

  constructor(
    private readonly fetchPage: (pageToken: string | undefined) => Promise<P>,
    /** Past this many pages the list reads no further. */
    readonly maxPages: number,
  ) {}

  /** Page `index`, or `undefined` when the list ends before it or it lies past the cap. */
  pageAt(index: number): Promise<P | undefined> {
    if (index >= this.maxPages) return Promise.resolve(undefined);
    let page = this.pages.get(index);
    if (!page) {
      page = this.fetchAt(index).catch((error: unknown) => {
        // A failed page is not remembered, so a later call in the same request may try again.
        this.pages.delete(index);
        throw error;
      });
      this.pages.set(index, page);
    }
    return page;
  }

  /** Every page from the first, up to the end of the list or the cap. */
  async allPages(): Promise<P[]> {
    const pages: P[] = [];
    for (let index = 0; index < this.maxPages; index++) {
      const page = await this.pageAt(index);
      if (!page) break;
      pages.push(page);
      if (!page.nextPageToken) break;
    }
    return pages;
  }

  private async fetchAt(index: number): Promise<P | undefined> {
    if (index === 0) return this.fetchPage(undefined);
    const previous = await this.pageAt(index - 1);
    if (!previous?.nextPageToken) return undefined;
    return this.fetchPage(previous.nextPageToken);
  }
}
