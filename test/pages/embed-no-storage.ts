// Loaded first by embed-scorm-no-storage.html: IndexedDB refused, as some browsers do for a frame from another site.
Object.defineProperty(window, 'indexedDB', {
  configurable: true,
  get() {
    throw new DOMException('The operation is insecure.', 'SecurityError');
  },
});
