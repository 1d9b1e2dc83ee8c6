/**
 * X-KB-Bookmarks: the bookmarks a read asks for (a mutation's `bookmarks`), so its statements wait for those writes.
 * Apart from write-broadcast.ts so that the request context can read it without importing the server's plugins.
 */
/** A read's own bookmarks, comma-separated, as a mutation's `bookmarks` gave them. */
export const BOOKMARKS_HEADER = 'x-kb-bookmarks';
const BOOKMARK = /^[A-Za-z0-9:_+/=.-]{1,512}$/;
export const MAX_BOOKMARKS = 16;

/** The bookmarks of an X-KB-Bookmarks header, or null when it is malformed. */
export function parseBookmarks(header: string | null): string[] | null {
  if (header === null) return [];
  const bookmarks = header.split(',').map((bookmark) => bookmark.trim()).filter(Boolean);
  return bookmarks.length <= MAX_BOOKMARKS && bookmarks.every((bookmark) => BOOKMARK.test(bookmark)) ? bookmarks : null;
}

