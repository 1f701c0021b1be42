// Loaded first by embed-scorm-launch.html: the faults and language its query asks for, before
// the elements and the launch script run.
//   ?storage=refused  IndexedDB refused, as some browsers do for a frame from another site;
//   ?storage=fails    IndexedDB there but will not open, as in a partitioned frame or a private
//                     window that keeps nothing (replaced on the prototype: WebKit drops
//                     properties set on `indexedDB` itself when it collects that object's wrapper);
//   ?lang=cy          a Welsh launch page.
const query = new URLSearchParams(location.search);
if (query.get('storage') === 'refused') {
  Object.defineProperty(window, 'indexedDB', {
    configurable: true,
    get() {
      throw new DOMException('The operation is insecure.', 'SecurityError');
    },
  });
} else if (query.get('storage') === 'fails') {
  IDBFactory.prototype.open = () => {
    throw new DOMException('A mutation operation was attempted on a database that did not allow mutations.', 'InvalidStateError');
  };
}
const lang = query.get('lang');
if (lang) document.documentElement.lang = lang;
