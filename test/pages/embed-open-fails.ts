// Loaded first by embed-scorm-open-fails.html: IndexedDB is there but will not open, as in
// a partitioned frame or a private window that keeps nothing. Replaced on the prototype:
// WebKit drops properties set on `indexedDB` itself when it collects that object's wrapper.
IDBFactory.prototype.open = () => {
  throw new DOMException('A mutation operation was attempted on a database that did not allow mutations.', 'InvalidStateError');
};
