// Loaded first by the csp-* pages: records every policy violation the page reports.
const seen: string[] = [];
(window as unknown as { cspViolations: string[] }).cspViolations = seen;
document.addEventListener('securitypolicyviolation', (e) => seen.push(`${e.effectiveDirective} ${e.blockedURI} ${e.sourceFile}:${e.lineNumber}`));
