// Ask the browser not to evict this site's storage (the outbox holds unsynced sales) under
// storage pressure. Call it from the POS once it opens: some browsers decide by engagement
// (Chrome: installed app, bookmarks), Firefox asks the user. Resolves true when granted.
export async function requestPersistentStorage(): Promise<boolean> {
  if (typeof navigator === "undefined" || !navigator.storage?.persist) return false;
  try {
    if (await navigator.storage.persisted()) return true;
    return await navigator.storage.persist();
  } catch {
    return false;
  }
}
